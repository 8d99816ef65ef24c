// A question must read as English and its answer must be of the kind its question word asks. The
// question is re-read with the toolkit (a few tokens; cheap) and refused when its structure shows
// the template was filled from a sentence it misread:
// - page furniture in it: brackets, a section mark ("Sect. 12."), a footnote number before a word;
// - a run of words general English does not know (a quotation in another language);
// - a stranded possessive ("… answer 's rule") or an exclamation inside the question;
// - a coordinator or preposition left hanging ("… begin in and trade?", "… seem to under …");
// - an auxiliary and a subject with no verb after them, or "did" followed by a past-tense verb;
// - a subject that is a negation ("What did no one …?"): it asks about nothing;
// - a subject put where the sentence has a pronoun of its own before the same verb (another actor);
// - an amount after an intransitive verb asked as its object ("What did the column march? → two
//   miles"), a "why" answered by a temporal "since …" phrase, a "when" answered by a weekday
//   alone, a "who" answered by a nationality word (a side, not an actor).
// A cloze that is a bracketed note ("[Written at the inn, 1790.]") is page furniture too.
import { LETTER_INITIAL, IS_LOWER_WORD_OF_THREE } from "@/lib/cards/letters";
import type { AnalysedSentence } from "../analyse";
import { tokenize } from "../analyse/toolkit";
import { measureOf } from "../analyse/measure";
import { isEnglishWord } from "../rank/frequency";
import { hasFiniteVerb } from "./cut-clause";
import { shown, tokensWithin, type Gate } from "./types";
import { questionEnglishProblem } from "./question-english";
import { brokenClauseProblem, BROKEN_QUESTIONS_ON, questionAlone } from "./broken-clause";

type Sentence = Pick<AnalysedSentence, "text" | "tokens">;
export type QToken = { text: string; lower: string; lemma: string; pos: string };

const SECTION_MARK = /(?:^|\s)(?:Sect|Sec|Chap|Ch|Art|Fig|Vol|pp?)\.\s*\d|§\s*\d/;
// A footnote number fused into the text: a small number right before a capitalised function word.
const FOOTNOTE_NUMBER = /(?:^|\s)\d{1,3}\s+(?:The|Then|But|And|In|It|He|She|They|This|These|A|An|On|At|When|After|Thus|So)\b/;
const ABBREVIATION_END = /(?:\b(?:\p{L}\.){2,}|\b(?:Co|Jr|Sr|St|Mr|Mrs|Dr|etc|Bros|Inc|Ltd|viz|cf)\.)\s*\?\s*$/u;
const CATENATIVE = /^(?:seem|appear|tend|happen|ought|want|wish|begin|continue|cease|fail|need|try|hope|mean|intend|use)$/;
const DO_SUPPORT = /^(?:do|does|did)$/;
const AUXILIARY = /^(?:do|does|did|can|could|will|would|may|might|must|should|shall)$/;
const NEGATIVE_SUBJECT = /^(?:no|none|nothing|nobody|neither|nor)$/;
const WEEKDAY = /^(?:on\s+)?(?:(?:a|the)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;
// A people or side named by its adjective ("the Danish", "Chinese", "the Dutch").
const NATIONALITY = /^(?:the\s+)?\p{Lu}\p{Ll}+(?:ish|ese|ch)$/u;

let cache: { text: string; tokens: QToken[] } | null = null;

/** The question's tokens as the toolkit reads the question on its own. */
export function questionTokens(front: string): QToken[] {
  if (cache?.text === front) return cache.tokens;
  const tokens = tokenize(front, true).tokens.map((t) => ({ text: t.text, lower: t.text.toLowerCase(), lemma: t.lemma.toLowerCase(), pos: t.pos }));
  cache = { text: front, tokens };
  return tokens;
}

/** Words of three or more letters, not capitalised, that general English does not know. */
function foreignRun(ts: QToken[]): boolean {
  let run = 0, total = 0;
  for (const t of ts) {
    const foreign = IS_LOWER_WORD_OF_THREE.test(t.text) && !isEnglishWord(t.text);
    run = foreign ? run + 1 : LETTER_INITIAL.test(t.text) ? 0 : run;
    if (foreign) total++;
    if (run >= 2 || total >= 3) return true;
  }
  return false;
}

/** Why the question's own structure is broken, or null. `ts`: the question's tokens. */
export function brokenStructure(front: string, ts: QToken[], s: Sentence, back?: string): string | null {
  if (/[[\]{}]/.test(front)) return "page furniture (brackets) in the question";
  if (SECTION_MARK.test(front) || FOOTNOTE_NUMBER.test(front)) return "a section mark or footnote number in the question";
  if (foreignRun(ts)) return "words in another language";
  // "What does the guild hold....?", "… grinds the barley, Q.?": the sentence was cut or shortened
  // there, or its full stop was kept (session 26, gen26). An abbreviation may end a question.
  if (/\.\.|…/.test(front)) return "an ellipsis in the question";
  if (/\.\s*\?\s*$/.test(front) && !ABBREVIATION_END.test(front)) return "a full stop before the question mark";
  if (BROKEN_QUESTIONS_ON) {
    const broken = brokenClauseProblem(front, ts, s.text, back);
    if (broken) return broken;
  }
  if (/(?:^|[\s!?.,;:])['’]s\b/.test(front)) return "a stranded possessive";
  if (/!\s*\S/.test(front.replace(/\?$/, ""))) return "an exclamation inside the question";
  for (let i = 0; i < ts.length - 1; i++) {
    const [t, u] = [ts[i], ts[i + 1]];
    if (t.pos === "ADP" && u.pos === "CCONJ") return "a preposition left hanging before a coordinator";
    // "… seem to under …": a verb that takes an infinitive, then "to" and no verb.
    if (t.lower === "to" && u.pos === "ADP" && CATENATIVE.test(ts[i - 1]?.lemma ?? "")) return "'to' with no verb after it";
    if (t.pos === "CCONJ" && u.text === "?") return "a coordinator left hanging";
    // "What is the true X is Y, and it?": a coordinator and a bare pronoun end the question (gen26).
    if (t.pos === "CCONJ" && u.pos === "PRON" && ts[i + 2]?.text === "?") return "a coordinator and a pronoun left hanging";
    // "…, depends on …": a finite verb straight after a comma has lost its subject.
    if (t.text === "," && u.pos === "VERB" && /[^s]s$/.test(u.lower) && u.lemma !== u.lower) return "a verb after a comma with no subject";
  }
  const aux = ts.findIndex((t, i) => i <= 2 && t.pos === "AUX" && AUXILIARY.test(t.lower));
  if (aux >= 0) {
    const rest = ts.slice(aux + 1);
    if (rest[0] && NEGATIVE_SUBJECT.test(rest[0].lower)) return "a negated subject asks about nothing";
    const verbs = new Map(s.tokens.filter((t) => t.pos === "VERB").flatMap((t) => [[t.lower, t.lemma], [t.lemma, t.lemma]] as [string, string][]));
    let verbAt = rest.findIndex((t) => t.pos === "VERB" || verbs.has(t.lower) || verbs.has(t.lemma));
    // "What does Kessel's principle state?": after do-support the question ends on its base verb, and
    // the tagger, reading a row of nouns, may call that verb a noun (as it did "states" in the sentence).
    const end = rest.length - (rest.at(-1)?.text === "?" ? 2 : 1);
    if (verbAt < 0 && DO_SUPPORT.test(ts[aux].lower) && end > 0 && /^(?:NOUN|PROPN)$/.test(rest[end - 1].pos) && rest[end].pos === "NOUN" && rest[end].text === rest[end].lower && !/s$/.test(rest[end].lower)) verbAt = end;
    // (Only when the sentence has a verb the tagger saw: where it tagged none, the question's verb is no evidence either way.)
    if (verbAt < 0) return verbs.size ? "an auxiliary and a subject with no verb" : null;
    // ("Who did not …?": the question word is the subject; "What did first call …?" has none.)
    const between = rest.slice(0, verbAt);
    if (!between.every((t) => t.pos === "ADV" || t.pos === "PART") && !between.some((t) => /^(?:NOUN|PROPN|PRON|NUM|DET)$/.test(t.pos))) return "an auxiliary with no subject before its verb";
    if (DO_SUPPORT.test(ts[aux].lower)) {
      // "What did the men moved …?": after do-support every verb is the base form, unless a
      // relative pronoun, "to", a form of "be"/"have" or a comma opens its own phrase before it.
      for (let i = 0; i < rest.length; i++) {
        const t = rest[i];
        const past = /ed$/.test(t.lower) && (t.pos === "VERB" || verbs.has(t.lower)) && (verbs.get(t.lower) ?? t.lemma) !== t.lower;
        if (!past) continue;
        if (rest.slice(0, i).some((p) => /^(?:which|who|whom|that|to|be|been|being|having|had|has|have|was|were|is|are)$/.test(p.lower) || p.text === ",")) continue;
        // A participle straight after its noun and before a phrase ("the troops posted at …") is a reduced relative.
        if (/^(?:NOUN|PROPN)$/.test(rest[i - 1]?.pos ?? "") && /^(?:ADP|DET)$/.test(rest[i + 1]?.pos ?? "") && rest[i + 1]?.lower !== "to") continue;
        return "a past-tense verb after 'did'";
      }
    }
    const actor = otherActor(ts[aux].lower, between, rest[verbAt], s);
    if (actor) return actor;
  }
  return null;
}

const PERSONAL = /^(?:i|we|you|he|she|they)$/;

/**
 * "… promising that we might rest on the hill" → "What might the captain rest on?": the sentence
 * gives the auxiliary and verb a pronoun of its own, and the question put another actor in its place.
 */
function otherActor(aux: string, subject: QToken[], verb: QToken, s: Sentence): string | null {
  const last = subject.filter((t) => t.pos !== "ADV" && t.pos !== "PART").pop();
  // ("one" is the generic actor the repairs put for a generic "we" / "you".)
  if (!last || last.pos === "PRON" || last.lower === "one") return null;
  let pronoun = false;
  for (let i = 1; i < s.tokens.length; i++) {
    if (s.tokens[i].lower !== aux) continue;
    let j = i + 1;
    while (s.tokens[j]?.pos === "ADV") j++;
    const v = s.tokens[j];
    if (!v || (v.lemma !== verb.lemma && v.lower !== verb.lower)) continue;
    const before = s.tokens[i - 1];
    if (before.lower === last.lower) return null;
    if (PERSONAL.test(before.lower)) pronoun = true;
  }
  return pronoun ? "the sentence's own pronoun subject replaced by another actor" : null;
}

/** Why the answer is not of the kind the question word asks, or null. */
export function wrongAnswerKind(front: string, back: string, s: Sentence): string | null {
  const b = back.trim();
  if (/(?:…|\.\.\.)$/.test(b)) return "the answer is cut off";
  // "What is X? → a value, that is": the back stops on a phrase that announces the rest (session 27, gen27).
  if (/,\s*(?:that is(?: to say)?|namely|viz\.?|i\.\s?e\.?)$/i.test(b)) return "the answer stops where it announces its content";
  if (/^What (?:do|does|did) /.test(front) && measureOf(b)) return "an amount after an intransitive verb is no object";
  if (/^When\b/.test(front) && WEEKDAY.test(b)) return "a weekday alone, with no event to place it";
  if (/^Who\b/.test(front) && NATIONALITY.test(b) && isEnglishWord(b.replace(/^the\s+/i, ""))) return "who → a nationality (a side, not an actor)";
  if (/^Why\b/.test(front) && /^Because\b/.test(b)) {
    // "… under arms since daybreak" → "Why …? → Because daybreak": a temporal "since" with no clause.
    const reason = b.replace(/^Because\s+/, "");
    const head = reason.split(/[,;]/)[0].trim();
    const opening = head.split(/\s+/).slice(0, 2).join(" ").toLowerCase();
    if (head && s.text.toLowerCase().includes(`since ${opening}`) && !hasFiniteVerb(tokensWithin(s, head) ?? tokensWithin(s, opening) ?? [])) return "a temporal 'since' read as a cause";
  }
  return null;
}

/** Why a question is broken or its answer of the wrong kind, or null (null for clozes' fronts too). */
export function questionStructureProblem(front: string, back: string, s: Sentence): string | null {
  if (!/\?\s*$/.test(front)) return null;
  // A question after a lead-in sentence ("X happened. What followed from this?"): read the question alone.
  const q = questionAlone(front);
  if (SECTION_MARK.test(front) || /[[\]{}]/.test(front)) return "page furniture before the question";
  return brokenStructure(q, questionTokens(q), s, back) ?? wrongAnswerKind(q, back, s);
}

// "[Written at the inn, 1790.]": an editor's or printer's note in brackets is page furniture on any card.
const BRACKETED = /^\[[^\]]*\][.]?$/;

// "Why do two atoms of H combine with one of S …? → Because the combination of two volumes … is
// found to produce two volumes …": a reason that reports an observation or a proof ("is found",
// "is observed", "experiment shows", "we find") says how the author knows the claim, not why it is
// so; asked with "Why", its answer answers another question.
const EVIDENCE = /\b(?:(?:is|are|was|were|has been|have been|had been) (?:\w+ly )?(?:found|observed|seen|shown|proved|proven|measured|known)\b(?! (?:as|by)\b)|(?:experiments?|observations?|measurements?|analysis|the balance|tests?) (?:shows?|showed|proves?|proved|reveals?|revealed|demonstrates?|demonstrated)\b|\b(?:we|one) (?:find|finds|found|observe|observes|observed|see|sees|saw)\b)/i;

/** A "why" whose answer is the evidence for the claim, not its cause. */
export const evidenceForWhy = (front: string, back: string): boolean => /^Why\b/.test(front) && /^Because\b/i.test(back) && EVIDENCE.test(back);

export const questionStructure: Gate = (c, a) => {
  if (c.kind === "cloze") return BRACKETED.test(shown(c).trim()) ? "a bracketed note (page furniture)" : null;
  if (c.type === "gist") return null;
  if (evidenceForWhy(c.front, c.back)) return "a \"why\" answered by the evidence for the claim (how it is known), not its cause";
  const s = a.sentences[c.sentence];
  return questionStructureProblem(c.front, c.back, s) ?? questionEnglishProblem(c, s, /\?\s*$/.test(c.front) ? questionTokens(c.front) : undefined);
};
