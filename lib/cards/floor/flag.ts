// What the review screen needs of the floor without loading its model (and the NLP toolkit behind
// the ranker's features): the threshold a card is flagged at, and its reasons in plain words.
import fitted from "./weights.json";

/** p(reject) at or above which the floor calls a card a likely reject (weights.json, fitted by scripts/fit-floor.ts). */
export const FLOOR_THRESHOLD: number = fitted.threshold;

/** A stored reason: the direction the feature moved ("high" with a positive weight, "low" with a negative one) and its name. */
export type ReasonKey = `${"high" | "low"}:${string}`;

// Plain-words phrases by direction. A one-hot feature (question type, answer kind) has a phrase only
// for being present: "not a who question" explains nothing to an instructor. None for cloze against
// question: reasons compare a card with cards of its own kind (./reasons.ts).
export const FLOOR_PHRASES: Record<string, { high?: string; low?: string }> = {
  "type:what": { high: "a broad \u201cwhat\u201d question" },
  "type:where": { high: "it asks where" },
  "type:object": { high: "it asks for the object of a verb" },
  "type:consequence": { high: "it asks what followed" },
  "type:definition": { high: "it asks for a definition" },
  "type:argument": { high: "it joins two sentences of an argument" },
  "answer:place": { high: "the answer is a place name" },
  "answer:org": { high: "the answer is an organisation's name" },
  "answer:date": { high: "the answer is a date" },
  "answer:number": { high: "the answer is a number" },
  "answer:term": { high: "the answer is a single term" },
  "answer:phrase": { high: "the answer is a loose phrase" },
  "answer-rarity": { low: "the answer is an everyday word" },
  "answer-recurs": { low: "the answer barely recurs in the chapter" },
  "answer-salience": { low: "the answer is not a key term of the chapter" },
  "answer-propn": { high: "the answer is a bare name" },
  "answer-after-preposition": { high: "the answer hangs on a preposition" },
  "answer-possessive": { high: "the answer is a possessive" },
  "answer-dominance": { low: "the answer is a side detail" },
  "defined-term": { low: "the answer is not a term the chapter defines" },
  centrality: { low: "the sentence is off the chapter's main thread" },
  position: { high: "it comes late in the chapter" },
  "front-length": { low: "a short front with little to go on" },
  "back-length": { low: "a very short answer" },
  "pronoun-density": { high: "the front leans on pronouns" },
  "resolved-pronoun": { high: "a pronoun was filled in from an earlier sentence" },
  "sentence-entities": { low: "the sentence names few people, places or things" },
  "sentence-dates": { high: "the sentence is crowded with dates" },
  "entity-coverage": { high: "the card gives away the sentence's names" },
  "context-dependence": { high: "it still needs the chapter to make sense" },
  "span-score": { low: "the blank hides an unlikely phrase" },
  "key-term-blank": { low: "the blank is not one of the chapter's key terms" },
  "first-person": { high: "it speaks in the author's \u201cI\u201d or \u201cwe\u201d" },
  "shown-share": { low: "it shows only part of its sentence" },
  compressed: { high: "the generator shortened the sentence" },
};

/** The phrase of a stored reason ("low:centrality"), or null when it has none. */
export function reasonPhrase(key: string): string | null {
  const at = key.indexOf(":");
  const dir = key.slice(0, at), feature = key.slice(at + 1);
  if (dir !== "high" && dir !== "low") return null;
  return FLOOR_PHRASES[feature]?.[dir] ?? null;
}

/** One line for the review screen ("The sentence is off the chapter's main thread; a very short answer"). */
export function rejectReasonLine(keys: readonly string[]): string {
  const phrases = keys.map(reasonPhrase).filter((p): p is string => p !== null);
  if (!phrases.length) return "Several small signals together";
  const line = phrases.join("; ");
  return line[0].toUpperCase() + line.slice(1);
}
