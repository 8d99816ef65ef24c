// How experiments and demonstrations are written, as word classes: the verbs of doing something to
// a thing on a bench (procedure), the verbs of reporting what was seen (observation), and the words
// that mark a general rule rather than one afternoon's events. English only; nothing about any
// science's subject matter.

/** Base forms of verbs that act on a thing in a demonstration or an experiment. */
export const PROCEDURE_VERBS = new Set([
  "add", "apply", "bend", "blow", "boil", "break", "bring", "burn", "close", "combine", "compress", "connect", "cool", "cover",
  "cut", "dip", "dissolve", "distil", "drop", "dry", "evaporate", "examine", "expose", "fill", "filter", "freeze", "grind", "heat",
  "hold", "immerse", "insert", "introduce", "invert", "keep", "lay", "leave", "lift", "light", "lower", "make", "measure", "melt",
  "mix", "open", "pass", "place", "plunge", "pour", "press", "pump", "put", "raise", "recombine", "remove", "rub", "seal",
  "separate", "set", "shake", "squeeze", "stir", "strike", "take", "throw", "touch", "turn", "twist", "view", "warm", "weigh", "wet",
]);

/**
 * The procedure verbs whose past tense or participle is not the base form + "ed" / "d", as
 * base → [past, participle]: one table for reading "I took" (narrative.ts), "was taken" and "having
 * taken" (procedureParticiple) and "I took" as the doer's verb (baseOf).
 */
export const IRREGULAR_VERBS: Record<string, [past: string, participle: string]> = {
  take: ["took", "taken"], put: ["put", "put"], keep: ["kept", "kept"], hold: ["held", "held"], make: ["made", "made"], set: ["set", "set"],
  bring: ["brought", "brought"], lay: ["laid", "laid"], throw: ["threw", "thrown"], blow: ["blew", "blown"], light: ["lit", "lit"],
  strike: ["struck", "struck"], shake: ["shook", "shaken"], cut: ["cut", "cut"], freeze: ["froze", "frozen"], break: ["broke", "broken"],
};
// Participles read as a procedure verb's ("was burnt", "is ground") that the "I …" set-up of
// narrative.ts does not read as a past tense.
const OTHER_PARTICIPLES: Record<string, string> = { burnt: "burn", ground: "grind", left: "leave", wet: "wet" };
const IRREGULAR: Record<string, string> = { ...Object.fromEntries(Object.entries(IRREGULAR_VERBS).map(([base, [, participle]]) => [participle, base])), ...OTHER_PARTICIPLES };
const IRREGULAR_PAST: Record<string, string> = Object.fromEntries(Object.entries(IRREGULAR_VERBS).map(([base, [past]]) => [past, base]));

/** The base form of a procedure verb's past participle ("heated" → "heat", "dipped" → "dip"), or null. */
export function procedureParticiple(word: string): string | null {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (!w.endsWith("ed")) return null;
  for (const base of [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3), w.replace(/ied$/, "y")]) if (PROCEDURE_VERBS.has(base)) return base;
  return null;
}

/** Verbs of reporting an observation, in the forms a result clause uses ("you will see", "we find"). */
export const OBSERVATION_VERBS = /^(?:see|sees|find|finds|observe|observes|perceive|perceives|notice|notices)$/;

/**
 * Words that tie a clause to something outside it: the speaker, a demonstrative, a pronoun with no
 * antecedent on the card, a back-reference ("the former", "the above").
 */
export const POINTING = /\b(?:I|me|my|myself|this|these|those|such|here|there|thus|so|the (?:former|latter|same|above|following)|he|she|him|her|his|hers)\b/i;
/** Pronouns a condition may not hold: it introduces the things the result then calls "it" / "they". */
export const CONDITION_PRONOUNS = /\b(?:it|its|they|them|their|that)\b/i;

/** A narrative past or a counterfactual: one occasion or an imagined one, not what happens whenever. */
export const NOT_GENERAL = /\b(?:was|were|had|did|could|would|should|might)\b/i;

export const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;

// A paragraph that reports an experiment: it says so, or the author or the reader does something to
// a thing ("I heated", "we pour"), or it measures out a quantity ("four ounces of").
const EXPERIMENT_WORD = /\b(?:experiments?|experimental|experimentally|apparatus)\b/i;
const DOER = /\b(?:I|we|you)\s+(?:then\s+|next\s+|now\s+|first\s+)?(\p{Ll}+)/gu;
const QUANTITY = /\b(?:\d[\d/.,-]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a hundred)\s+(?:\p{Ll}+\s+)?(?:ounces?|grains?|pounds?|grammes?|grams?|drachms?|pints?|quarts?|gallons?|cubic(?:al)? (?:inches|feet|centimetres?)|litres?|liters?)\s+of\b/u;

/** Base form of a verb as it follows "I" / "we" ("heated" → "heat", "took" → "take", "pour" → "pour"). */
function baseOf(word: string): string {
  return IRREGULAR_PAST[word] ?? (PROCEDURE_VERBS.has(word) ? word : procedureParticiple(word) ?? word);
}

const experimental = new WeakMap<object, Map<number, boolean>>();
const reports = (text: string) => EXPERIMENT_WORD.test(text) || QUANTITY.test(text) || [...text.matchAll(DOER)].some((m) => PROCEDURE_VERBS.has(baseOf(m[1])));
/**
 * Whether the paragraph of sentence `at` (an index into `sentences`, which are in reading order)
 * reports an experiment. Read only for the paragraphs asked about, once each (memoised per analysis).
 */
export function experimentalParagraph(key: object, sentences: { text: string; sentence: { paragraph: number } }[], at: number): boolean {
  let memo = experimental.get(key);
  if (!memo) experimental.set(key, (memo = new Map()));
  const paragraph = sentences[at].sentence.paragraph;
  let known = memo.get(paragraph);
  if (known === undefined) {
    let from = at, to = at;
    while (from > 0 && sentences[from - 1].sentence.paragraph === paragraph) from--;
    while (to + 1 < sentences.length && sentences[to + 1].sentence.paragraph === paragraph) to++;
    known = sentences.slice(from, to + 1).some((s) => reports(s.text));
    memo.set(paragraph, known);
  }
  return known;
}
