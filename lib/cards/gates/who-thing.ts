// "Who ends the suite? → Gavotte", "Who sings of a lost home? → Sarabande": a "who" question answered
// by a capitalised word the sentence writes with an article before it ("The Gavotte ends …", "the
// slow Sarabande sings …"). A person's name takes no article in English; a singular capitalised word
// that does is a thing with a capital (a movement, a ship, a book, a building) or a title, so "who"
// is the wrong question. Titles ("the King", "the Pope"), plural peoples ("the Romans"), regions and
// bodies acting as one ("the East", "the Senate") and answers
// typed as a group keep "who". (The tagger types such a word as a person: its type is no help here.)
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates";
import { TITLES } from "../analyse/lexicon";

const ARTICLE = /^(?:the|a|an)$/;
// A region or a body of people named with "the" acts as a collective ("the East tried to limit the
// advance", "the Crown refused"): "who" is a fair question of it (a training card of this shape was accepted).
const COLLECTIVE = new Set(("east west north south crown church state senate commons lords parliament congress court government " +
  "council assembly army navy company party ministry cabinet opposition board").split(" "));

/** Why a "Who …?" card is answered by a thing, or null. */
export function whoThing(c: Pick<Candidate, "kind" | "front" | "answer" | "answerKind">, s: Pick<AnalysedSentence, "tokens">): string | null {
  if (c.kind !== "qa" || !c.answer || !/^Who\b/.test(c.front) || c.answerKind === "group") return null;
  const inside = s.tokens.filter((t) => t.start >= c.answer!.start && t.end <= c.answer!.end);
  if (inside.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(inside[0].text)) return null;
  const word = inside[0].lower;
  if (TITLES.has(word) || COLLECTIVE.has(word) || /s$/.test(word)) return null;
  // Back over the adjectives before it ("the slow {{Sarabande}}") to the article, if any.
  let i = s.tokens.indexOf(inside[0]) - 1;
  while (i >= 0 && s.tokens[i].pos === "ADJ") i--;
  return i >= 0 && ARTICLE.test(s.tokens[i].lower) ? "'who' answered by a thing (an article before the name)" : null;
}
