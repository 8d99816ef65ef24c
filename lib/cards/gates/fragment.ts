// A card is made only from a sentence that is a statement: at least four words and a verb outside an
// infinitive. Headings, section numbers, page furniture and list captions that the cleaner let
// through ("XII.", "Sect. 25.", "The nature of the checks to increase.") are not facts.
import type { Gate } from "./types";

const MIN_WORDS = 4;

export const fragment: Gate = (c, a) => {
  const s = a.sentences[c.sentence];
  const words = s.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (words.length < MIN_WORDS) return "too few words for a statement";
  const verb = s.tokens.some((t, i) => (t.pos === "VERB" || t.pos === "AUX") && s.tokens[i - 1]?.lower !== "to");
  if (!verb) return "no verb: a heading or caption, not a statement";
  return null;
};
