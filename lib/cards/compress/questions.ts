// Questions of the compressed sentence, as a rescue: when no card of the sentence passes the gates
// and a cut leaves out what sank them ("What did the board replace, which was idle so long as …?"),
// the question generators run on the sentence less its cuts. The card's source stays the whole
// sentence; its answer offsets point into it.
import type { AnalysedSentence, Analysis } from "../analyse";
import type { Candidate } from "../candidates/types";
import type { CutOp } from "./types";
import { GENERATORS } from "../candidates/clause-qa";
import { gate } from "../gates";
import { compressedSentence } from "./sentence";
import { cutsOf } from "./cuts";

/** `made`: the sentence's other candidates (a rescue only when none of them passes the gates). */
export function compressedQuestions(s: AnalysedSentence, a: Analysis, made: Candidate[], ops: CutOp[]): Candidate[] {
  if (!ops.length) return [];
  const cuts = cutsOf(s, ops);
  if (!cuts.length || made.some((c) => !gate(c, a))) return [];
  const { sentence: sub, back } = compressedSentence(s, cuts);
  if (!sub.clause) return [];
  const used = [...new Set(cuts.map((c) => c.op))];
  const seen = new Set(made.filter((c) => c.kind === "qa").map((c) => c.front));
  const out: Candidate[] = [];
  for (const gen of GENERATORS) {
    for (const c of gen(sub, a)) {
      if (c.kind !== "qa" || seen.has(c.front)) continue;
      const answer = c.answer && back(c.answer.start, c.answer.end);
      if (c.answer && !answer) continue;
      seen.add(c.front);
      out.push({ ...c, sentence: s.sentence.id, answer, compressed: used });
    }
  }
  return out;
}
