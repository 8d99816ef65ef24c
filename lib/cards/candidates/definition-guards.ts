// When "X is Y" is not a definition of X, in general English (session 13). A copula sentence says
// what X is only when X names a kind or a term and Y names a class with what sets X apart in it.
// These are the shapes where one of the two is missing:
// - X is no term: an adjective put first for emphasis ("Loud was the cry …", the real subject
//   follows the verb), or "the" + a shell noun that stands for something said before ("The result
//   is …", "The answer is …");
// - Y is no class: a vague "one thing" / "another thing" said only to contrast X with something
//   ("Weather is one thing, and climate another");
// - Y runs on into a second statement with its verb left out (gapping: "Summer and winter are the
//   seasons of nature, war and peace the seasons of kings"): the genus ends at the comma.
import type { AnalysedSentence } from "../analyse";

// Nouns whose content is given elsewhere: with "the" and nothing else they point back.
const SHELL = new Set(("result consequence effect outcome upshot reason answer cause difference question problem case fact truth point " +
  "rest remainder other former latter same reverse contrary opposite one thing matter conclusion explanation solution").split(" "));
const ARTICLE = /^(?:a|an|the)$/;

/** Why the subject [a, b) is no term a copula can define, or null. */
export function notATerm(s: AnalysedSentence, a: number, b: number): string | null {
  const t = s.tokens.slice(a, b);
  // "Loud was the cry", "Blessed are the meek": no noun in the subject, the predicate follows inverted.
  if (!t.some((x) => x.pos === "NOUN" || x.pos === "PROPN")) return "no noun in the subject (inverted predicate)";
  // "The result is …", "The other is …": the shell noun's content is in the sentence before.
  if (t.length === 2 && t[0].lower === "the" && SHELL.has(t[1].lower)) return "a shell noun that points back";
  return null;
}

/** Whether a genus opens with a vague "one thing", "another (thing)", "something" (a contrast, not a class). */
export function vagueGenus(genus: string): boolean {
  return /^(?:(?:one|another|the same|a different) (?:thing|matter)|something|nothing|another)\b/i.test(genus);
}

/**
 * Where a second, verbless statement starts after a comma in the predicate [from, end): ", (and)
 * [a/the] NOUN… a/an/the …" — a new subject followed straight by a new predicate noun phrase
 * ("…, and climate a quite different thing", "…, war and peace the seasons of kings").
 * Returns the comma's index, or -1.
 */
export function gappedClause(s: AnalysedSentence, from: number, end: number): number {
  const t = s.tokens;
  for (let k = from + 1; k < end - 2; k++) {
    if (t[k].text !== "," && t[k].text !== ";") continue;
    let v = k + 1;
    if (/^(?:and|but|while|whereas)$/.test(t[v]?.lower ?? "")) v++;
    if (ARTICLE.test(t[v]?.lower ?? "")) v++;
    const first = v;
    while (v < end && (/^(?:NOUN|PROPN|ADJ)$/.test(t[v].pos) || (t[v].lower === "and" && v > first))) v++;
    if (v > first && t[v - 1].lower !== "and" && v < end && ARTICLE.test(t[v].lower)) return k;
  }
  return -1;
}
