// "It is the only bridge of the town which has five arches." → "What has five arches? → The only
// bridge of the town": the answer is a description of "it", the thing the sentence is about, which
// the question never names; the card asks for a description and the back identifies nothing. A
// question whose answer stands right after an opening "It / This / That is|was" and is such a
// description ("the only / first / last / sole … ", "one of …") is refused. A cleft keeps its
// question: "It is labour which gives land its value" → "What gives land its value? → Labour" (its
// focus is the answer, and the training labels accept these), so a plain noun phrase there passes.
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates";

const DESCRIPTION = /^(?:(?:the|a|an)\s+(?:very\s+)?(?:only|first|last|sole|earliest|latest|single)\b|one\s+of\b)/i;
// (fixg19) Also after an opening quote mark ("“It is the only …"), a leading conjunction or adverb
// ("Now it is …", "Today, this is …"), with commas round an adverb ("It is, indeed, the only …"),
// in any case.
const POINTING_OPENING = /^["“‘'(]?(?:(?:and|but|so|yet|now|then|today|still|here|there|thus|also|indeed|perhaps)\b,?\s+)*(?:it|this|that|these|those)\s+(?:is|was|are|were|seems|seemed|remains|remained)\s*(?:,?\s*(?:also|perhaps|indeed|probably|certainly|still|now|then|surely|doubtless|clearly)\b\s*,?\s*)*$/i;

/** Whether a question's answer is a description ("the only …") predicated of a sentence-opening pointing pronoun. */
export function pointingRelative(c: Pick<Candidate, "kind" | "answer">, s: Pick<AnalysedSentence, "text">): boolean {
  if (c.kind !== "qa" || !c.answer) return false;
  return POINTING_OPENING.test(s.text.slice(0, c.answer.start)) && DESCRIPTION.test(s.text.slice(c.answer.start, c.answer.end));
}
