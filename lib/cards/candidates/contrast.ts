// A claim made by contrast, the author's correction of what the thing might be taken for:
//   "The strength of a bridge has not been its stone: it has been its design."
//   "The true boundary is not the river; it is the watershed."
//   "The market price, if any is quoted, is not fixed by law, but must be found by bargaining."
// The blank is the term the author affirms (the second half), with the sentence kept as written:
// its "it" points inside the sentence, to the subject. "X is not A but B" with no verb of its own
// in the second half is asked as "What is X?" (claim.ts, notBut).
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { blank } from "./cloze";
import { generic, presentVerbs } from "./voice";

const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;
const BE = "(?:is|are|was|were|has been|have been|had been)";
// Subject, "is not" / "has not been", the denied term A, then "; it is" / ": they have been" /
// ", but must be" and the affirmed term B to the end of the sentence.
const CONTRAST = new RegExp(
  String.raw`^(?<subject>(?:The|A|An) [^;:,]{2,60}?|(?:The|A|An) [^;:]{2,40}?, [^;:]{2,40}?,) (?<be>is|are|was|were|has|have|had) not (?:been )?(?<denied>[^;:]{2,60}?)(?:(?:[;:]|,? —) (?:it|they) ${BE}|,? but (?:(?:must|may|can|should) )?(?:be|is|are|was|were)) (?<affirmed>[^;:]{2,80}?)[.!]?$`,
);
// A subject that points back or a denied term that is only an intensifier gives no claim.
const POINTS_BACK = /\b(?:this|these|those|such|latter|former|same|above|other)\b/i;
const SPEAKER = /\b(?:I|me|my|you|your)\b/;

export function contrastCandidates(s: AnalysedSentence): Candidate[] {
  const m = CONTRAST.exec(s.text);
  const g = m?.groups;
  if (!m || !g || s.pronoun || SPEAKER.test(s.text)) return [];
  if (POINTS_BACK.test(g.subject) || WORDS(g.affirmed) > 10 || WORDS(g.denied) > 10) return [];
  // A bare adverb or pronoun is no term ("it is so", "it has been that").
  if (/^(?:so|that|this|it|there|here|otherwise|not)$/i.test(g.affirmed)) return [];
  // The author's inclusive "we" as "one" ("what we see" → "what one sees"); the sentence as written
  // otherwise, so the pattern still spans it and the affirmed term ends at its last word.
  const text = generic(s.text, presentVerbs(s));
  const phrase = text && generic(g.affirmed, presentVerbs(s));
  if (!text || !phrase || !text.replace(/[.!]$/, "").endsWith(phrase)) return [];
  const at = text.replace(/[.!]$/, "").length - phrase.length;
  const answer = { start: s.text.replace(/[.!]$/, "").length - g.affirmed.length, end: s.text.replace(/[.!]$/, "").length };
  // The answer is the predicate of the second clause: the contrast with the denied term is what
  // makes even one common word the point of the sentence ("not logic: … experience"), so it is
  // typed as a clause and not held to the blank-informativeness rule for a chosen noun.
  return [{ kind: "cloze", type: "cloze", front: blank({ ...s, text }, at, at + phrase.length), back: phrase, sentence: s.sentence.id, extra: [], answer, answerKind: "clause" }];
}
