// Near-duplicates across kinds. By the rubric, any two cards from one sentence (a cloze and a Q&A
// of it, or two clozes of it) count as duplicates; across sentences, two cards that show mostly the
// same words state one fact. The selection keeps the better of each pair.
import type { Candidate } from "../candidates";

// Word sets are computed once per candidate: the selection compares each pick with many candidates.
const cache = new WeakMap<Candidate, Set<string>>();
const words = (c: Candidate) => {
  let w = cache.get(c);
  if (!w) cache.set(c, (w = new Set(`${c.front} ${c.back}`.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])));
  return w;
};

export function sameFact(x: Candidate, y: Candidate): boolean {
  if (x.sentence === y.sentence) return true;
  const a = words(x), b = words(y);
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter || 1) >= 0.6;
}
