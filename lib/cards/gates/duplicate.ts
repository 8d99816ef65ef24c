// Near-duplicates across kinds: a cloze and a Q&A of one sentence asking the same span, or two
// cards whose answers overlap in the same sentence, state one fact; the selection keeps one.
import type { Candidate } from "../candidates";

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

export function sameFact(x: Candidate, y: Candidate): boolean {
  if (x.sentence === y.sentence) {
    if (x.answer && y.answer && x.answer.start < y.answer.end && y.answer.start < x.answer.end) return true;
    // A whole-sentence answer (gist, comparison) shows every fact of its sentence.
    if (x.answerKind === "clause" && x.back.length > 0.6 * y.front.length) return true;
    if (y.answerKind === "clause" && y.back.length > 0.6 * x.front.length) return true;
  }
  const a = words(`${x.front} ${x.back}`), b = words(`${y.front} ${y.back}`);
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter || 1) >= 0.7;
}
