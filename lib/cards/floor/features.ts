// The floor's features: the ranker's (lib/cards/rank/features.ts) and a few cheap signals read off the
// card's own text that a strict rater rejects on: clean-up residue (digits glued to words, a capital
// inside a word, stray symbols), a pronoun or connective left at the front, a question word that does
// not fit the answer, the author's "we" and "I", and whether the sentence was cut or rewritten.
// Each is about how English cards go wrong, tested on invented text (tests/unit/cards/floor.test.ts);
// scripts/fit-floor.ts keeps only those leave-one-book-out supports (weights.json `features`).
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";

export const EXTRA_FEATURES = [
  "digit-glued", "capital-inside-word", "stray-symbol", "front-pronoun", "front-connective", "lowercase-start",
  "wh-mismatch", "first-person", "unbalanced", "back-words", "shown-share", "compressed", "type:thesis", "ranker-score",
  "capital-mid-sentence", "unterminated", "number-start",
] as const;
export type ExtraFeature = (typeof EXTRA_FEATURES)[number];

// Ordinals and decades are English, not glue: "19th", "1st", "1920s".
const DIGIT_GLUED = /\p{L}\d|\d(?!(?:st|nd|rd|th|s|d)\b)\p{L}/u;
// "theKing", "soMe": a capital after a lower-case letter inside one word (OCR joins, lost spaces).
// Mc/Mac names and "iPhone"-like brands are rare in book text; the weight is fitted, not a gate.
const CAPITAL_INSIDE = /\p{Ll}\p{Lu}/u;
// Characters prose does not use but scans and markup leave behind.
const STRAY = /[|*_<>\\^~§¶•†‡#@{}]|\[\d*\]?/u;
// "the trade of Margin river towns": a capitalised word between two lower-case words, as a
// side-note or running head spliced into a sentence leaves (a name in running prose does it too: fitted).
const CAPITAL_MID = /\p{Ll}[,;]? \p{Lu}\p{Ll}+ \p{Ll}/u;
// A sentence ends with a stop, a question or exclamation mark, or a closing quote or bracket after one.
const TERMINATED = /[.!?…]["'”’)\]]*$|[.!?]\s*["'”’]?$/u;
const PRONOUN_START = /^(?:he|she|it|they|him|her|them|his|its|their|this|these|those|such|that|there)\b/i;
const CONNECTIVE_START = /^(?:and|but|or|nor|yet|so|for|hence|thus|therefore|however|moreover|also|then|again|indeed|besides|still)\b/i;
const FIRST_PERSON = /\b(?:I|we|us|our|ours|my|me|myself|ourselves)\b/;
const WHO_KINDS = new Set(["person", "group", "org", "name"]);

/** The card's text with the cloze marks taken out ("{{c1::X}}" → "X"). */
export const plainFront = (front: string) => front.replace(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g, "$1");

/** Whether the question word asks for another kind of answer than the card gives ("Who" → a date). */
function whMismatch(c: Candidate): boolean {
  if (c.kind !== "qa") return false;
  if (/^Who\b/.test(c.front)) return !WHO_KINDS.has(c.answerKind) && c.answerKind !== "clause" && c.answerKind !== "phrase";
  if (/^When\b/.test(c.front)) return c.answerKind !== "date" && c.answerKind !== "clause";
  if (/^Where\b/.test(c.front)) return c.answerKind !== "place" && c.answerKind !== "clause" && c.answerKind !== "phrase";
  if (/^How many\b/.test(c.front)) return c.answerKind !== "number";
  return false;
}

const pairs = (s: string, open: string, close: string) => s.split(open).length - s.split(close).length;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The extra features of one ranked candidate (`p`: the ranker's score), in EXTRA_FEATURES order. */
export function extraFeatures(c: Candidate, a: Analysis, p: number): number[] {
  const front = plainFront(c.front), both = `${front} ${c.back}`;
  const sentence = a.chapter.sentences[c.sentence]?.text ?? "";
  const v: Record<ExtraFeature, number> = {
    "digit-glued": DIGIT_GLUED.test(both) ? 1 : 0,
    "capital-inside-word": CAPITAL_INSIDE.test(both) ? 1 : 0,
    "stray-symbol": STRAY.test(both) ? 1 : 0,
    "front-pronoun": PRONOUN_START.test(front) ? 1 : 0,
    "front-connective": CONNECTIVE_START.test(front) ? 1 : 0,
    "lowercase-start": /^\P{L}*\p{Ll}/u.test(front) ? 1 : 0,
    "wh-mismatch": whMismatch(c) ? 1 : 0,
    "first-person": FIRST_PERSON.test(front) ? 1 : 0,
    "unbalanced": pairs(both, "(", ")") !== 0 || (both.match(/"/g)?.length ?? 0) % 2 === 1 ? 1 : 0,
    "back-words": Math.min(1, Math.log1p(words(c.back)) / Math.log(40)),
    // How much of its sentence the card shows: a cloze shows all of it, a question on a clause less.
    "shown-share": sentence ? Math.min(1, words(c.kind === "cloze" ? front : both) / Math.max(1, words(sentence))) : 1,
    "compressed": c.compressed?.length ? 1 : 0,
    "type:thesis": c.type === "thesis" ? 1 : 0,
    "ranker-score": p,
    "capital-mid-sentence": CAPITAL_MID.test(both) ? 1 : 0,
    // A front that stops mid-sentence ("and the road runs on to the town of"): cut at a page or column break.
    "unterminated": TERMINATED.test(front.trim()) ? 0 : 1,
    // "12 The farmers built …": a page number or list number left at the front.
    "number-start": /^\d+\.? +\p{L}/u.test(front) ? 1 : 0,
  };
  return EXTRA_FEATURES.map((f) => v[f]);
}
