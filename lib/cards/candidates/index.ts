// Overgeneration: every question type on every sentence; gates and the ranker decide later.
import type { Analysis } from "../analyse";
import type { Candidate } from "./types";
import { clozeCandidates } from "./cloze";
import { subjectCandidates } from "./subject";
import { whenWhereCandidates } from "./when-where";
import { objectCandidates } from "./object";
import { causeCandidates } from "./cause";
import { mechanismCandidates } from "./mechanism";
import { definitionCandidates } from "./definition";
import { comparisonCandidates } from "./comparison";
import { enumerationCandidates } from "./enumeration";
import { gistCandidates } from "./gist";
import { claimCandidates } from "./claim";

export type { AnswerKind, Candidate, QuestionType } from "./types";
export { QUESTION_TYPES, ANSWER_KINDS } from "./types";

export function overgenerate(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  a.sentences.forEach((s, i) => {
    // A line in capitals is a heading or a synopsis, not a statement.
    const letters = s.text.replace(/[^\p{L}]/gu, "");
    if (letters.length >= 12 && letters.replace(/[^\p{Lu}]/gu, "").length > letters.length * 0.6) return;
    out.push(
      ...clozeCandidates(s, a), ...subjectCandidates(s), ...whenWhereCandidates(s), ...objectCandidates(s), ...causeCandidates(s, a.sentences[i - 1]),
      ...mechanismCandidates(s), ...definitionCandidates(s, a), ...comparisonCandidates(s), ...enumerationCandidates(s),
      ...claimCandidates(s, a.sentences[i - 1], a.sentences[i + 1], a),
    );
  });
  out.push(...gistCandidates(a));
  // Cards from a sentence whose pronoun was resolved also cite the antecedent's sentence.
  for (const c of out) {
    const from = a.sentences[c.sentence].pronoun?.from;
    if (from !== null && from !== undefined && !c.extra.includes(from)) c.extra.push(from);
  }
  return out;
}
