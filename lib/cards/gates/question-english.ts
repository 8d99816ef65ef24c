// Questions a builder made from a sentence whose grammar it could not carry over. Each rule is about
// English, not about a book:
// - a comparative split from its "than": "Drink sends more persons to the asylum than all other
//   causes" → "What does drink send to the asylum than all other causes?" → "more persons"; or the
//   answer is the thing compared ("safer in England than in other countries" → "Where are they safer
//   than in other countries?");
// - a focusing or linking adverb left at the end of the question, its focus cut away ("Why was she
//   driven off the platform simply?", "How do the two differ from each other thus?");
// - a preposition where the subject should be ("What did contrary to a common conception in the
//   premises derive from?": a sentence-opening phrase read as the subject);
// - a question with no verb at all ("What base, or hydrate?");
// - a what/where/when question whose subject is the speaker or the reader ("What do we wish …?",
//   "When are we as incapable …?"): it asks about the author's example, not about the subject.
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates";

type Sentence = Pick<AnalysedSentence, "text" | "tokens">;

// Comparative words that take "than". (A word in -er is a comparative only when tagged an adjective or adverb.)
const COMPARATIVE = /^(?:more|less|fewer|rather|other|else|otherwise|sooner|greater|smaller|larger|higher|lower|better|worse|longer|shorter|older|younger)$/;
const isComparative = (t: { lower: string; pos: string }) => COMPARATIVE.test(t.lower) || (/^(?:ADJ|ADV)$/.test(t.pos) && /[^e]er$/.test(t.lower) && t.lower.length > 4);
const DANGLING_ADVERB = /\b(?:simply|merely|only|solely|chiefly|mainly|largely|partly|moreover|however|therefore|thus|accordingly|furthermore|besides|nevertheless|nonetheless|consequently|hence|indeed|assuredly|certainly|surely|likewise)\?\s*$/i;
const SPEAKER_SUBJECT = /^(?:What|Who|Whom|Which|When|Where|How (?:many|much|far|long))\b(?: \p{L}+)?(?: \p{L}+)? (?:do|did|can|could|will|would|may|might|must|should|shall|are|were|have|had) (?:we|you|I)\b/u;

const PREPOSITION_SUBJECT = /^(?:What|Who|Whom|Which|When|Where|Why|How)(?: \p{L}+)? (?:do|does|did) (?:(?:contrary|according|owing|due|prior|next|previous|thanks) to|in|on|at|by|for|from|with|of|to|under|over|after|before|during|through|against|among|upon|without|within|about|like|unlike|despite)\b/u;
// Verbs and auxiliaries a question needs one of, should the tagger miss it.
const VERB_WORD = /\b(?:is|are|was|were|be|been|do|does|did|has|have|had|can|could|will|would|may|might|must|shall|should)\b/i;

/** Whether the answer is cut out of a comparison: the comparative in it or right after it, and its "than" left in the question. */
export function comparisonSplit(front: string, answer: { start: number; end: number }, s: Sentence): boolean {
  const t = s.tokens;
  const inside = t.filter((x) => x.start >= answer.start && x.end <= answer.end);
  let next = t.findIndex((x) => x.start >= answer.end);
  while (next >= 0 && next < t.length && /^[,)”’"]$/.test(t[next].text)) next++;
  const after = next >= 0 ? t[next] : undefined;
  if (!after) return false;
  if (after.lower === "than") return true;
  // A "than" further on, in the same clause.
  const rest = t.slice(next);
  const stop = rest.findIndex((x) => /^[;:.!?]$/.test(x.text));
  const than = rest.slice(0, stop < 0 ? rest.length : stop).findIndex((x) => x.lower === "than");
  if (than < 0) return false;
  if (isComparative(after) && than <= 10) return true;
  return inside.some(isComparative) && /\bthan\b/i.test(front);
}

/** Why the question does not carry the sentence's grammar over, or null. */
export function questionEnglishProblem(c: Pick<Candidate, "kind" | "front" | "back" | "answer" | "type">, s: Sentence, qTokens?: { pos: string }[]): string | null {
  if (c.kind !== "qa" || c.type === "gist") return null;
  if (c.answer && comparisonSplit(c.front, c.answer, s)) return "a comparative split from its 'than'";
  if (DANGLING_ADVERB.test(c.front)) return "an adverb left at the end of the question, its focus cut away";
  if (SPEAKER_SUBJECT.test(c.front)) return "a question about the speaker's or the reader's own doing";
  if (PREPOSITION_SUBJECT.test(c.front)) return "a preposition where the subject should be";
  if (qTokens && !VERB_WORD.test(c.front) && !qTokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return "a question with no verb";
  return null;
}
