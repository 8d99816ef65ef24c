// Q&A only from confident parses, and clozes only of whole statements:
// - a definition whose back runs into a second clause ("the cup, the keeper is …") or whose term is
//   a common word capitalised ("What was Brave?") came from a broken parse;
// - a cause whose reason is a few words or a dash-broken fragment is no reason;
// - a question whose subject is a bare possessive ("What does Keepers' walk …?") is broken;
// - a sentence that opens on "Because" answers a question asked in the sentence before;
// - a one-word "name" the toolkit could not type that is an ordinary English word ("the Harbour",
//   "the Tide") is a capitalised common noun, not a name worth a blank.
import { UPPER_INITIAL, IS_CAPITALISED_WORD } from "@/lib/cards/letters";
import type { Gate } from "./types";
import { shown } from "./types";
import { rarity } from "../rank/frequency";
import { brokenQuestion } from "./question-parse";
import { cutClause } from "./cut-clause";
import { isChosenPoint, isPointBlank } from "../spans/point";
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { tokensInSpan } from "../text";
import type { Token } from "../analyse";

const KINSHIP = /^(?:the|a|an|one)\s+(?:\p{L}+\s+)?(?:son|daughter|wife|husband|widow|brother|sister|father|mother|child|nephew|niece|cousin|grandson|granddaughter|friend|descendant)s?\s+of\b/u;
const SECOND_CLAUSE = /,\s+(?:the |a |an )?[\p{L}'’ -]{1,30}\s(?:is|are|was|were)\s/u;

/** The cloze's blank is the point of the sentence (spans/point) and ends a quotation: the quoted idea. */
function quotedPoint(c: Candidate, a: Analysis): boolean {
  if (c.kind !== "cloze" || !c.answer) return false;
  const text = a.sentences[c.sentence].text;
  const before = text.slice(0, c.answer.start), after = text.slice(c.answer.end);
  return /^[,.;:!?]?['’"”]/.test(after) && /['‘"“][^'‘’"“”]*$/.test(before) && isPointBlank(c, a);
}

/**
 * A quotation cut open by the question ("What is a 'guild? → a trained hand'"):
 * more opening than closing quote marks, or a closing one with no opening one (a plural possessive,
 * "the keepers' walk", is not a quote).
 */
export function unbalancedQuote(text: string): boolean {
  const opens = (text.match(/(?:^|[\s(—–])['‘"“](?=\p{L})/gu) ?? []).length;
  const closes = [...text.matchAll(/(?<=[\p{L}.,!?])['’"”](?=[\s,.;:?!)—–]|$)/gu)];
  if (opens > closes.length) return true;
  return closes.length > opens && closes.some((m) => text[m.index - 1] !== "s");
}

/**
 * A participle between a noun's determiner (or possessive, adjective, number; adverbs in between)
 * and the noun itself modifies that noun: "a widely {{spread}} deposit", "their {{continued}}
 * trade" are one phrase, not a verb and its object ("the tower containing the lamp" is a verb).
 */
export function attributiveParticiple(ts: Token[], k: number): boolean {
  if (k < 0 || ts[k + 1]?.pos !== "NOUN") return false;
  let j = k - 1;
  while (j >= 0 && ts[j].pos === "ADV") j--;
  return j >= 0 && /^(?:DET|PRON|ADJ|NUM)$/.test(ts[j].pos) && !/^(?:that|which|who|it|they|he|she|we|you|i)$/.test(ts[j].lower);
}

/**
 * A common word the author sets in capitals inside a sentence that is not itself in capitals ("The
 * POWER of a guild cannot be broken"): the word the sentence stresses, not a name misread.
 */
export const emphasised = (word: string, sentence: string): boolean => /^\p{Lu}{3,}$/u.test(word) && /\p{Ll}{3,}/u.test(sentence);

export const parse: Gate = (c, a) => {
  const s = a.sentences[c.sentence];
  if (c.kind === "qa") {
    if (c.type !== "gist" && (unbalancedQuote(c.front) || unbalancedQuote(c.back))) return "a quotation cut open";
    const broken = c.type === "gist" ? null : brokenQuestion(c.front, c.back, s);
    if (broken) return broken;
    if (c.type === "definition") {
      if (SECOND_CLAUSE.test(c.back)) return "definition runs into another clause";
      const term = c.front.match(/^(?:What|Who) (?:is|are|was|were) (.+)\?$/)?.[1];
      if (term && IS_CAPITALISED_WORD.test(term) && rarity(term) < 0.6 && !s.entities.some((e) => e.text === term && e.kind !== "name") && !a.defined.has(term.toLowerCase())) return "common word taken for a term";
      // The tail of a longer name ("What was Vance Trust?" of "Orlen Vance Trust").
      const at = term ? s.text.indexOf(term) : -1;
      if (at > 0 && /\p{Lu}\p{L}*[\s-]$/u.test(s.text.slice(Math.max(0, at - 20), at)) && UPPER_INITIAL.test(term!)) return "part of a longer name";
    }
    // "What did the rule which give rise to?" of "the rule which gave rise to it": the verb of a
    // relative clause was put back to its base form as if it were the question's.
    const rel = [...c.front.matchAll(/\b(?:which|who|that)\s+(\p{Ll}+)/gu)];
    if (rel.some((m) => s.tokens.some((t, i) => t.lemma === m[1] && t.lower !== m[1] && t.pos === "VERB" && /^(?:which|who|that)$/.test(s.tokens[i - 1]?.lower ?? "")))) return "a relative clause's verb taken for the question's";
    if ((c.type === "cause" || c.type === "consequence" || c.type === "mechanism") && (/[—–]/.test(c.back) || (c.back.match(/\p{L}+/gu) ?? []).length < 4)) return "reason too short or broken";
    if (/^(?:What|How|Why|When|Where|Who) (?:do|does|did|is|are|was|were) \S+['’]s\s+(?!\p{L}+\s+\p{L})/u.test(c.front)) return "possessive with nothing after it";
    // "How did the light not break?": a negated how/why asks for what did not happen.
    if (c.type === "mechanism" && /\bnot\b/.test(c.front)) return "negated how-question";
    // "Who was X? → the nephew of a printer": a relation, not who X was (what X did or is known for).
    if (/^Who (?:is|are|was|were) /.test(c.front) && KINSHIP.test(c.back)) return "a relation, not an identity";
    // "What does X stand for? → courage": a what-question on a verb answered by one common noun.
    if (/^What (?:do|does|did) /.test(c.front) && /^(?:(?:the|a|an)\s+)?\p{Ll}+$/u.test(c.back.trim())) return "one common noun for a what-question";
    if (/^Who\b/.test(c.front) && c.answerKind !== "person" && !/\s/.test(c.back) && rarity(c.back) < 0.6) return "a capitalised common word";
    return null;
  }
  if (/^Because\b/.test(s.text)) return "a 'because' fragment";
  const cut = c.type === "gist" ? null : cutClause(s, shown(c));
  if (cut) return cut;
  if (c.answerKind === "name" && c.answer) {
    const words = c.back.split(/\s+/);
    if (words.length === 1 && c.answer.start > 0 && rarity(c.back) < 0.6 && !emphasised(c.back, s.text)) return "a capitalised common word";
  }
  // One adjective alone ("{{Brave}} was the keeper …") is no name or term.
  if (c.answer) {
    const inside = tokensInSpan(s.tokens, c.answer!);
    if (inside.length === 1 && inside[0].pos === "ADJ" && !isChosenPoint(c, a)) return "an adjective alone";
    // "{{June 1924 Place}}", "{{the mausoleum containing Name}}": a date glued to a name, or a verb
    // inside a phrase blank, means the span runs across two phrases.
    if (c.answerKind === "term" && s.entities.some((e) => e.kind === "date" && e.start >= c.answer!.start && e.end <= c.answer!.end)) return "a date glued to another phrase";
    // (Not the idea of a quotation that the point/report span chose, blanked up to its closing quote:
    // "'… is a {{thoroughly trained hand}}'" — the tagger reads "trained" as a verb.)
    if (c.answerKind === "term" && inside.length > 1 && inside.some((t) => t.pos === "VERB" && !attributiveParticiple(s.tokens, s.tokens.indexOf(t))) && !quotedPoint(c, a)) return "a verb inside a phrase blank";
    // "with existing {{ports keepers}} have …": a plural noun followed by another noun inside one
    // blank is the end of one phrase and the start of the next (compounds take the singular).
    if (c.answerKind === "term" && inside.some((t, i) => i < inside.length - 1 && t.pos === "NOUN" && t.lemma !== t.lower && /s$/.test(t.lower) && /^(?:NOUN|PROPN)$/.test(inside[i + 1].pos))) return "two phrases in one blank";
  }
  return null;
};
