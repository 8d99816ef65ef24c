// Trivial blanks strict raters refuse on book after book (docs, "Session 9: trivial blanks"), told
// apart by the sentence's tags, not by any word list:
// - half a coordination: the blank starts after "early and" and takes only the second of two
//   modifiers of one head ("the early and {{late frosts}}": the first gives it away), or it is one
//   name of a pair that opens on a common word ("the {{elder Vance}} and Orra");
// - one common word written with a capital ("{{Commerce}} keeps …", "the {{Church}} has …") that
//   the chapter also writes in lower case: the rule for one lower-case word (gates/informative-blank)
//   lets it through only because the tagger reads a capital as a name.
import { UPPER_INITIAL, LOWER_INITIAL, CAPITALISED_INITIAL, IS_CAPITALISED_WORD, HAS_LETTER, HAS_LETTER_OR_DIGIT } from "@/lib/cards/letters";
import type { AnalysedSentence, Analysis, Token } from "../analyse";
import { isEnglishWord, rarity } from "../rank/frequency";
import { VAGUE } from "./weak-blank";
import { tokenize } from "../analyse/toolkit";

/** Whether gates/blank-choice applies these checks (the audit turns them off to see what they refuse). */
export const TRIVIAL_BLANK = { on: true };

export type TrivialClass = "half a coordination" | "one common word" | "a capitalised verb or function word";

const AND_OR = /^(?:and|or|nor)$/;
const MODIFIER = /^(?:ADJ|NUM)$/;
const NOMINAL = /^(?:NOUN|PROPN)$/;
// Rarity in general English (0 = "the", 1 = unknown) under which a capitalised word is an ordinary word.
export const COMMON = 0.65;

// The words the chapter writes in lower case somewhere: built once per analysis, in one pass.
const lower = new WeakMap<Analysis, Set<string>>();
export function lowerCaseWords(a: Analysis): Set<string> {
  let m = lower.get(a);
  if (!m) {
    m = new Set();
    for (const s of a.sentences) for (const t of s.tokens) if (LOWER_INITIAL.test(t.text)) m.add(t.lower);
    lower.set(a, m);
  }
  return m;
}

/** The tokens inside [start, end), with the indices of the first and last. */
function inside(s: AnalysedSentence, start: number, end: number): { i: number; j: number } | null {
  let i = -1, j = -1;
  s.tokens.forEach((t, k) => {
    if (t.start >= start && t.end <= end) {
      if (i < 0) i = k;
      j = k;
    }
  });
  return i < 0 ? null : { i, j };
}

const adjacent = (s: AnalysedSentence, x: Token | undefined, y: Token | undefined) => !!x && !!y && /^\s*$/.test(s.text.slice(x.end, y.start));

/** The blank takes one conjunct of a coordination inside one noun phrase. */
export function halfCoordination(s: AnalysedSentence, start: number, end: number): boolean {
  const at = inside(s, start, end);
  if (!at) return false;
  const { tokens } = s;
  const { i, j } = at;
  // "the early and {{late frosts}}": two modifiers sharing the blank's head. A first modifier that
  // only measures ("the various and {{uneven shares}}") gives nothing away.
  const conj = tokens[i - 1], first = tokens[i - 2];
  if (j > i && conj && AND_OR.test(conj.lower) && first && MODIFIER.test(first.pos) && !VAGUE.has(first.lower) && MODIFIER.test(tokens[i].pos) && NOMINAL.test(tokens[j].pos)) return true;
  // "the {{elder Vance}} and Orra": a name pair the capitalised-pair check misses for its opening word.
  // (An of-object cut before its partner, "the {{rule of A}} and B", is not refused: strict raters
  // accepted one of four, and the others were refused for other reasons.)
  const next = tokens[j + 1], last = tokens[j];
  if (!next || !AND_OR.test(next.lower) || !adjacent(s, last, next)) return false;
  const partner = tokens[j + 2]?.pos === "DET" ? tokens[j + 3] : tokens[j + 2];
  return !!partner && last.pos === "PROPN" && UPPER_INITIAL.test(last.text) && LOWER_INITIAL.test(tokens[i].text) && partner.pos === "PROPN" && UPPER_INITIAL.test(partner.text);
}

/**
 * One capitalised word of ordinary English ("{{Commerce}} keeps …", "the {{Church}} has …") that the
 * chapter also writes in lower case: a common noun the tagger took for a name for its capital.
 */
export function capitalisedCommonWord(s: AnalysedSentence, start: number, end: number, lowerCase: Set<string>): boolean {
  const at = inside(s, start, end);
  if (!at || at.i !== at.j) return false;
  const t = s.tokens[at.i];
  if (!NOMINAL.test(t.pos) || !IS_CAPITALISED_WORD.test(t.text) || !lowerCase.has(t.lower) || !isEnglishWord(t.lower) || rarity(t.lower) >= COMMON) return false;
  // "{{Clay}} is a substance which …": the term a definition defines is what the card teaches.
  const [be, article] = s.tokens.slice(at.i + 1, at.i + 3);
  return !(be && article && /^(?:is|are|was|were)$/.test(be.lower) && /^(?:a|an)$/.test(article.lower));
}

// Words the chapter writes with a capital after another word ("Captain Hope", "the Mill road"):
// names, whatever the tagger makes of them written small.
const midCapital = new WeakMap<Analysis, Set<string>>();
function capitalisedMidSentence(a: Analysis): Set<string> {
  let m = midCapital.get(a);
  if (!m) {
    m = new Set();
    for (const s of a.sentences) s.tokens.forEach((t, k) => {
      if (k > 0 && CAPITALISED_INITIAL.test(t.text) && HAS_LETTER.test(s.tokens[k - 1].text)) m!.add(t.lower);
    });
    midCapital.set(a, m);
  }
  return m;
}

// What a word is when it is not a name: a verb, an adverb, a conjunction, a preposition, a pronoun …
const NOT_NOMINAL = /^(?:VERB|AUX|ADV|ADP|SCONJ|CCONJ|PRON|DET|PART|INTJ)$/;

/**
 * One capitalised word that only its place capitalises, opening the sentence or a quoted command
 * after a comma or colon ("{{Hence}}, …", "…, {{Listen}} to the river …", "…: {{Keep}} the first …"),
 * and that is a verb or a function word: the tagger reads the capital as a name, but read small in
 * the same sentence it is not a noun at all. A word the chapter also capitalises after another
 * word is a name ("Captain Hope") and is left alone; so is one the chapter never writes small.
 */
export function capitalisedFunctionWord(s: AnalysedSentence, a: Analysis, start: number, end: number): boolean {
  const at = inside(s, start, end);
  if (!at || at.i !== at.j) return false;
  const t = s.tokens[at.i];
  if (!IS_CAPITALISED_WORD.test(t.text) || /^(?:NOUN|ADJ|NUM)$/.test(t.pos)) return false;
  const prev = s.tokens[at.i - 1];
  if (prev && HAS_LETTER_OR_DIGIT.test(prev.text)) return false;
  if (!lowerCaseWords(a).has(t.lower) || capitalisedMidSentence(a).has(t.lower)) return false;
  // "{{Hence}}, as the tolls fell, …", "{{Ropes}}, sails, anchors—all were lost": a word the chapter writes small,
  // alone before the sentence's first comma, is a connective, an interjection or a list's first
  // item (the tagger knows few archaic adverbs and reads some of them, written small, as nouns). Not
  // before an apposition ("Clay, a substance which …", "Vance, of the Survey, …"): that is a term
  // the sentence defines or names.
  // Nor before a parenthetical adverb ("Barley, however, was …"): the word is the subject.
  if (at.i === 0 && s.tokens[1]?.text === ",") return !/^(?:a|an|the|of)$/.test(s.tokens[2]?.lower ?? "") && !(s.tokens[2]?.pos === "ADV" && s.tokens[3]?.text === ",");
  // The sentence again with the word written small: what the tagger makes of it there.
  const small = s.text.slice(0, t.start) + t.lower + s.text.slice(t.end);
  const re = tokenize(small, true).tokens.find((x) => x.start === t.start);
  return !!re && NOT_NOMINAL.test(re.pos);
}

/** The class of a trivial blank, or null. */
export function trivialBlank(s: AnalysedSentence, a: Analysis, start: number, end: number): TrivialClass | null {
  if (halfCoordination(s, start, end)) return "half a coordination";
  if (capitalisedCommonWord(s, start, end, lowerCaseWords(a))) return "one common word";
  if (capitalisedFunctionWord(s, a, start, end)) return "a capitalised verb or function word";
  return null;
}

