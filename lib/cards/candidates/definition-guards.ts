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
import { LOWER_INITIAL } from "@/lib/cards/letters";
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
  // "The result is …", "The other is …", (gen22b) "The final result is …": the shell noun's content is in the sentence before.
  const last = t[t.length - 1];
  if (t.length >= 2 && t[0].lower === "the" && SHELL.has(last.lower) && t.slice(1, -1).every((x) => x.pos === "ADJ")) return "a shell noun that points back";
  if (t[0].lower !== "the" || t.length < 2) return null;
  // (gen22b) "The next stage is …", "The latter is …": a word that orders or points back.
  if (POINTING.has(t[1].lower)) return "an adjective that points back";
  // (gen22b) "The heron is …", "The term is …": "the" with a bare common noun is a thing the text
  // has just mentioned, or a species described, not a term it introduces (a term is defined bare or
  // with "a": "Chalk is …", "A tithe is …").
  if (t.length === 2 && t[1].pos === "NOUN" && LOWER_INITIAL.test(t[1].text)) return "the with a bare common noun";
  return null;
}
/** The reason notADefinition gives for a past tense (the caller may blank the predicate instead). */
export const PAST_DESCRIPTION = "a past tense describes a particular";
const POINTING = new Set("next other former latter same following foregoing above preceding previous last".split(" "));
const PARTICULAR = /^(?:the|this|that|these|those|his|her|its|their|our|my|your)$/;

/**
 * (gen22b) Why a copula sentence "X is Y" whose subject is a term still does not define it, or null:
 * - a past tense ("X was Y") says what a particular thing was at a time in a narrative ("the old
 *   granary was a place of meeting"); a definition is timeless, in the present (a past "was meant by"
 *   and "was called" are other rules); a person's identity (`who`) may be told in the past. What
 *   the sentence says of the thing is still worth a cloze of the predicate (definition.ts);
 * - "the X of the Y": a particular thing the text has in view, not a term;
 * - a one-word subject with a plural verb but no plural form ("Remarkable are the patience and …"):
 *   the real subject follows the verb, inverted;
 * - an epithet for a genus: an article, adjectives and a noun with nothing after it ("a cheerful
 *   songster", "a remarkable poet") praises or describes, it does not say what sets the term apart;
 *   an authority's definition quoted with its source (`sourced`) is kept ("as Orme says, a deeply
 *   worn path").
 */
export function notADefinition(s: AnalysedSentence, subject: [number, number], verb: number, genus: [number, number], opts: { sourced: boolean; who: boolean }): string | null {
  const t = s.tokens;
  const [a, b] = subject;
  // "The roof of the barn is …": a definite thing of a definite thing is a particular in the text; a
  // term's of-phrase is general ("the specific gravity of a body", "the measure of heat"). (A
  // person's role is asked "Who", and stays: "the keeper of the light is the mother".)
  // A plural after "of the" is a class in general ("the doctrine of the fixed tides"), so only a
  // singular head counts.
  if (!opts.who && t[a].lower === "the") for (let k = a + 2; k < b - 1; k++) {
    if (t[k].lower !== "of" || !PARTICULAR.test(t[k + 1].lower)) continue;
    let e = k + 2;
    while (e < b && /^(?:ADJ|NOUN|PROPN)$/.test(t[e].pos)) e++;
    const head = t[e - 1];
    if (e > k + 2 && head.pos === "NOUN" && head.lemma === head.lower && !/s$/.test(head.lower)) return "a particular thing (of the …)";
  }
  if (b - a === 1 && /^(?:are|were)$/.test(t[verb].lower) && !/s$/i.test(t[a].text) && t[a].lemma === t[a].lower) return "a plural verb after a one-word singular subject (inverted)";
  const [from, to] = genus;
  if (!opts.sourced && to - from >= 3 && ARTICLE.test(t[from].lower) && t[to - 1].pos === "NOUN" && t.slice(from + 1, to - 1).every((x) => /^(?:ADJ|ADV)$/.test(x.pos) || (x.pos === "VERB" && /(?:ed|en)$/.test(x.lower)))) return "an epithet, not a genus with its difference";
  if (!opts.who && /^(?:was|were)$/.test(t[verb].lower)) return PAST_DESCRIPTION;
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
