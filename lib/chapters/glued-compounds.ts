// Compounds whose hyphen an earlier conversion dropped at a line end: "a wellplanned town",
// "a selfgoverning colony". A word is given its hyphen back only when general English (SUBTLEX-US)
// does not know it, the document never writes it more than once, and it splits into one of the
// first elements that English hyphenates ("well", "ill", "self", "non", "quasi") and an English
// word of some frequency. Names, rare words and closed words ("wellbeing", "selfish", "selfhood":
// an ending, not a word) are left alone; so are number words and "half", which make closed
// compounds as often as hyphenated ones ("sevenpence", "halfpence").
import { englishLexicon } from "./english-lexicon";
import { BOUND_SUFFIX, HALF_MIN_COUNT } from "./hyphen";

const HYPHENATED_FIRST = ["well", "ill", "self", "non", "quasi"];

// Lower-case words only: a capitalised one may be a name ("Selfridge" is no "self-ridge").
const WORD = /(?<![\p{L}\d'’-])\p{Ll}{7,}(?![\p{L}\d-])/gu;

function compoundOf(word: string, counts: Map<string, number>): string | null {
  for (const first of HYPHENATED_FIRST) {
    if (!word.startsWith(first)) continue;
    const rest = word.slice(first.length);
    if (rest.length >= 4 && !BOUND_SUFFIX.test(rest) && (counts.get(rest) ?? 0) >= HALF_MIN_COUNT) return `${first}-${rest}`;
  }
  return null;
}

/** Restores the hyphen of glued compounds in running text; returns the text and how many were restored. */
export function restoreGluedCompounds(doc: string): { text: string; repairs: number } {
  const seen = new Map<string, number>();
  for (const m of doc.matchAll(WORD)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  const counts = englishLexicon().counts;
  const fixes = new Map<string, string | null>();
  let repairs = 0;
  const text = doc.replace(WORD, (w) => {
    if (!fixes.has(w)) fixes.set(w, counts.has(w) || (seen.get(w) ?? 0) > 1 ? null : compoundOf(w, counts));
    const fixed = fixes.get(w);
    if (fixed) repairs++;
    return fixed ?? w;
  });
  return { text, repairs };
}
