// A pairwise logistic chooser (session 16, scripts/chooser-audit.ts): P(a is the better card of
// its sentence than b) = sigmoid(w · (x_a − x_b)) over the ranker's features. L2-penalised because
// the pairs are few (tens); the bias cancels in a difference, so it is not fitted.
import { sigmoid } from "@/lib/cards/rank/model";

export type Pair = { book: string; set: string; hi: number[]; lo: number[] };

export function fitPairwise(pairs: Pair[], { l2 = 1, steps = 400, rate = 0.1 } = {}): number[] {
  const d = pairs[0]?.hi.length ?? 0;
  const w = new Array<number>(d).fill(0);
  if (!pairs.length) return w;
  const diffs = pairs.map((p) => p.hi.map((v, i) => v - p.lo[i]));
  for (let s = 0; s < steps; s++) {
    // Penalised mean log-loss of "hi beats lo" (the pair the other way round has the same gradient).
    const g = w.map((wi) => (l2 * wi) / diffs.length);
    for (const x of diffs) {
      const e = sigmoid(x.reduce((z, v, i) => z + v * w[i], 0)) - 1;
      for (let i = 0; i < d; i++) g[i] += (e * x[i]) / diffs.length;
    }
    for (let i = 0; i < d; i++) w[i] -= rate * g[i];
  }
  return w;
}

/** Whether the chooser ranks card a above card b (ties: no). */
export const prefers = (w: number[], a: number[], b: number[]) => a.reduce((z, v, i) => z + (v - b[i]) * w[i], 0) > 0;
