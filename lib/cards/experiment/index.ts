// Cards from experiments and demonstrations: what was done, what was seen, what it showed.
// Recognised by how experiments are written (procedure verbs, conditions, measured quantities,
// observation and result clauses; ./grammar), never by what they are about.
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates/types";
import { conditionalCandidates } from "./conditional";
import { narrativeCandidates } from "./narrative";
import { conclusionCandidates } from "./conclusion";

export function experimentCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  return [...conditionalCandidates(s, a), ...narrativeCandidates(s, a), ...conclusionCandidates(s, a)];
}
