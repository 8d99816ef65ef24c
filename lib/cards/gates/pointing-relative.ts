// "It is the only bridge of the town which has five arches." → "What has five arches? → The only
// bridge of the town": the answer is a description of "it", the thing the sentence is about, which
// the question never names; the card asks for a description and the back identifies nothing. A
// question whose answer stands right after an opening "It / This / That is|was" (the predicate of a
// pointing pronoun) is refused; a cloze keeps the sentence whole and is judged by the referring gate.
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates";

const POINTING_OPENING = /^(?:(?:And|But|So|Yet)\s+)?(?:It|This|That|These|Those)\s+(?:is|was|are|were|seems|seemed|remains|remained)\s+(?:also\s+|perhaps\s+|indeed\s+|probably\s+)?$/;

/** Whether a question's answer is the predicate of a sentence-opening pointing pronoun. */
export function pointingRelative(c: Pick<Candidate, "kind" | "answer">, s: Pick<AnalysedSentence, "text">): boolean {
  if (c.kind !== "qa" || !c.answer) return false;
  return POINTING_OPENING.test(s.text.slice(0, c.answer.start));
}
