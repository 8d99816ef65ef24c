// Small rules of English grammar the question builders share: the verb's number after a wh-word
// that stands for the subject, a verb's object that goes with an infinitive ("cause the arms to
// move"), and the scope of a negation over a reason ("not because A, but because B").
import type { AnalysedSentence } from "../analyse";

/** The third person singular present of a base form: "cause" → "causes", "carry" → "carries" (the narrator rewrite's too). */
export function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/i.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh|o)$/i.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

/**
 * A present verb in the plural put in the singular after a wh-word that stands for the subject:
 * "Some cells cause the arms to move" → "What causes the arms to move?" (not "What cause …?").
 * `verb`: the verb token as the sentence has it. Past forms and modals are left alone.
 */
export function agreeWithWh(verb: { text: string; lower: string; lemma: string; pos: string }): string {
  if (verb.pos !== "VERB" || verb.lower !== verb.lemma || /ing$/.test(verb.lower) || /^(?:be|have|do)$/.test(verb.lemma)) return verb.text;
  return thirdPerson(verb.text);
}

// Verbs whose object is the subject of an infinitive after it: "cause the arms to move", "wish the
// cells to work", "allow the river to rise". The object alone is no answer; the verb alone no question.
const OBJECT_WITH_INFINITIVE = new Set(["cause", "wish", "want", "allow", "enable", "force", "compel", "oblige", "induce", "require", "permit", "expect",
  "order", "urge", "persuade", "teach", "tell", "ask", "lead", "get", "like", "prefer", "encourage", "forbid", "command", "leave", "help", "intend", "mean", "suffer"]);

export const takesObjectAndInfinitive = (lemma: string) => OBJECT_WITH_INFINITIVE.has(lemma);

/**
 * The index of an infinitive's "to" that closes a noun phrase starting at `from` ("the arms and legs,
 * and all other parts of the body, to move"), or -1: only noun-phrase words, "and", "of" and commas
 * may stand between.
 */
export function infinitiveAfter(s: AnalysedSentence, from: number): number {
  const t = s.tokens;
  for (let k = from; k < t.length - 1; k++) {
    if (t[k].lower === "to") return /^(?:VERB|AUX)$/.test(t[k + 1].pos) && t[k + 1].lower === t[k + 1].lemma ? k : -1;
    if (t[k].text !== "," && !/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON|CCONJ)$/.test(t[k].pos) && t[k].lower !== "of") return -1;
  }
  return -1;
}

// Adverbs that qualify a reason rather than the verb before them ("simply because", "chiefly because");
// a manner adverb ("rises quickly because …") stays with its verb.
export const REASON_QUALIFIER = /^(?:simply|merely|only|solely|just|chiefly|mainly|mostly|largely|partly|partially|principally|primarily|precisely|exactly|entirely|wholly|probably|perhaps|possibly|presumably|apparently|doubtless|evidently|clearly|obviously|really)$/;

const NEGATION = /^(?:not|n't|never|nor)$/;
// Adverbs that, between a negation and "because", say the negation is of the reason: "not even
// because", "not merely because", "not simply because".
const SCOPE = /^(?:even|merely|simply|only|solely|just|necessarily|wholly|entirely|altogether|chiefly|mainly|primarily)$/;

/**
 * Whether a negation before the reason word at `link` may deny the reason rather than the claim:
 * "Corn is not high because a rent is paid, but a rent is paid because corn is high", "Individuals
 * do not even compose a group because they work for a common end", "not because …". Such a sentence
 * says what is NOT the cause; a "Why …?" built on it asks the opposite of what the author says.
 */
export function negatedReason(s: AnalysedSentence, link: number, reasonEnd: number): boolean {
  const t = s.tokens;
  const neg = t.findIndex((x, k) => k < link && NEGATION.test(x.lower));
  if (neg < 0) return false;
  if (NEGATION.test(t[link - 1]?.lower ?? "")) return true;
  if (t.slice(neg + 1, link).some((x) => SCOPE.test(x.lower))) return true;
  // "…, but (because) B": the sentence goes on to give the cause it puts in the denied one's place.
  return t.slice(link + 1, reasonEnd).some((x, k, r) => x.lower === "but" && (r[k - 1]?.text === "," || r[k - 1]?.text === ";"));
}

/**
 * A comma (or colon) after token `b`, then only noun phrases, commas and "and/or" to the end of the
 * sentence: an apposition or list that explains the phrase before it ("two duties, trade
 * inspection, and price control"). Cut out as an answer, the phrase leaves it behind in the question.
 */
export function appositionAfter(s: AnalysedSentence, b: number): boolean {
  const t = s.tokens;
  if (t[b]?.text !== "," && t[b]?.text !== ":") return false;
  let k = b + 1;
  for (; k < t.length && !/^[.!?;]$/.test(t[k].text); k++) if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|CCONJ)$/.test(t[k].pos) && t[k].text !== "," && t[k].lower !== "of") return false;
  return k > b + 1;
}

// Words that open an example: one list for the claim builder (a "thus" after an example draws no
// reason from it) and the shortener (an example after a comma is cut). "e.g." ends in a full stop,
// so it takes no closing \b (with one it could never match).
const EXAMPLE_OPENER = String.raw`for (?:instance|example)\b|e\.\s?g\.`;
/** An example opens somewhere in the text. */
export const EXAMPLE_OPENS = new RegExp(String.raw`\b(?:${EXAMPLE_OPENER}|by way of (?:example|illustration)\b|to take (?:an|one|a single) (?:example|instance)\b)`, "i");
/** ", for example, X" / ", such as X" right at the start of the text. */
export const EXAMPLE_AFTER_COMMA = new RegExp(String.raw`^,\s+(?:such as|as (?:${EXAMPLE_OPENER})|(?:${EXAMPLE_OPENER}),?|as in|like)\s`, "i");
