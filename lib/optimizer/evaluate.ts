// Log loss and RMSE(bins) exactly as Anki's "Evaluate" shows them: fsrs-rs `FSRS::evaluate` on every
// training item (rslib scheduler/fsrs/params.rs `evaluate_params`), with no outlier filtering.
// The binding's own `evaluate` drops outlier items first (and throws NotEnoughData when nothing is
// left), so its figures are not Anki's. Memory states come from ts-fsrs's FSRS-6 (the scheduler's
// own model; equal to fsrs-rs's within 1e-4, see tests/unit/srs/replay.test.ts, and ~30x faster
// than a napi call per answer); the scoring follows fsrs-rs:
// - prediction R = (1 + factor·t/S)^(−decay) with S the state before the item's last answer;
// - item weights by recency, 0.25 + 0.75·(i/(n−1))³ (items in review order);
// - log loss = −Σ w·(y ln R + (1−y) ln(1−R)) / Σ w, y = 1 unless the last answer was Again;
// - RMSE(bins): items binned by (interval, long-term review count, lapses), per bin
//   (mean R − mean y)², weighted by the bin's total item weight.
import { FSRSAlgorithm, generatorParameters, type FSRSState } from "ts-fsrs";
import type { TrainingItem, TrainingReview } from "./training-items";

export type Evaluation =
  | { ok: true; logLoss: number; rmseBins: number; items: number }
  | { ok: false; reason: "not-enough-reviews"; items: number; message: string };

export const NOT_ENOUGH_TO_EVALUATE = "Not enough reviews yet: evaluating needs at least one answer given on a later day than the card's previous one.";

type Bin = { predicted: number; actual: number; count: number; weight: number };

/** Memory states after each answer of a history, computed once per card (items share histories). */
function statesOf(fsrs: FSRSAlgorithm, history: readonly TrainingReview[], cache: Map<readonly TrainingReview[], FSRSState[]>): FSRSState[] {
  let states = cache.get(history);
  if (!states) {
    states = [];
    let memory: FSRSState | null = null;
    for (const r of history) {
      memory = fsrs.next_state(memory, r.deltaT, r.rating);
      states.push(memory);
    }
    cache.set(history, states);
  }
  return states;
}

function binOf(reviews: readonly TrainingReview[], length: number): string {
  const delta = reviews[length - 1].deltaT;
  const deltaBin = Math.round(2.48 * 3.62 ** Math.floor(Math.log(delta) / Math.log(3.62)) * 100);
  let longTerm = 0, lapses = 0;
  for (let i = 0; i < length; i++) {
    if (reviews[i].deltaT > 0) longTerm++;
    if (i < length - 1 && reviews[i].rating === 1 && reviews[i].deltaT > 0) lapses++;
  }
  const lengthBin = Math.round(1.99 * 1.89 ** Math.floor(Math.log(longTerm + 1) / Math.log(1.89)));
  const lapseBin = lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** Math.floor(Math.log(lapses) / Math.log(1.73)));
  return `${deltaBin},${lengthBin},${lapseBin}`;
}

/** Anki's Evaluate of `weights` on `items` (in review order); a clear state when there is nothing to score. */
export function evaluateLikeAnki(items: readonly TrainingItem[], weights: readonly number[]): Evaluation {
  if (items.length === 0) return { ok: false, reason: "not-enough-reviews", items: 0, message: NOT_ENOUGH_TO_EVALUATE };
  const fsrs = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true, relearning_steps: [] }));
  const decay = weights.length > 20 ? weights[20] : 0.5;
  const factor = 0.9 ** (-1 / decay) - 1;
  const cache = new Map<readonly TrainingReview[], FSRSState[]>();
  const bins = new Map<string, Bin>();
  const span = Math.max(items.length - 1, 1);
  let loss = 0, weightSum = 0;
  items.forEach((item, index) => {
    const states = statesOf(fsrs, item.history, cache);
    const stability = states[item.length - 2].stability;
    const current = item.history[item.length - 1];
    const r = Math.min(Math.max((1 + (factor * current.deltaT) / stability) ** -decay, 1e-7), 1 - 1e-7);
    const y = current.rating > 1 ? 1 : 0;
    const w = 0.25 + 0.75 * (index / span) ** 3;
    loss -= w * (y * Math.log(r) + (1 - y) * Math.log(1 - r));
    weightSum += w;
    const key = binOf(item.history, item.length);
    const bin = bins.get(key) ?? { predicted: 0, actual: 0, count: 0, weight: 0 };
    bin.predicted += r; bin.actual += y; bin.count += 1; bin.weight += w;
    bins.set(key, bin);
  });
  let squared = 0, binWeight = 0;
  for (const b of bins.values()) {
    squared += (b.predicted / b.count - b.actual / b.count) ** 2 * b.weight;
    binWeight += b.weight;
  }
  return { ok: true, logLoss: loss / weightSum, rmseBins: Math.sqrt(squared / binWeight), items: items.length };
}
