// Whether newly fitted weights replace the current ones. Anki keeps the current weights unless the
// new ones have a strictly lower RMSE(bins); here log loss (the quantity the optimizer minimises,
// and the better-behaved score on small data) must improve and RMSE(bins) may not get worse by
// more than a small tolerance, since binning makes it noisy.
import type { Metrics } from "./fit";

export type Evaluated = { weights: readonly number[]; metrics: Metrics };

export type Choice =
  | { apply: true; weights: number[]; previousWeights: number[]; metrics: Metrics; reason: string }
  | { apply: false; weights: number[]; metrics: Metrics; reason: string };

export const RMSE_TOLERANCE = 0.005;

export function compareAndChoose(before: Evaluated, after: Evaluated, rmseTolerance = RMSE_TOLERANCE): Choice {
  const b = before.metrics, a = after.metrics;
  const fmt = (m: Metrics) => `log loss ${m.logLoss.toFixed(4)}, RMSE ${(m.rmseBins * 100).toFixed(2)}%`;
  const valid = after.weights.length === 21 && after.weights.every(Number.isFinite) && Number.isFinite(a.logLoss);
  if (valid && a.logLoss < b.logLoss && a.rmseBins <= b.rmseBins + rmseTolerance) {
    return { apply: true, weights: [...after.weights], previousWeights: [...before.weights], metrics: a, reason: `better: ${fmt(a)} (was ${fmt(b)})` };
  }
  return { apply: false, weights: [...before.weights], metrics: b, reason: `kept current weights: new ${fmt(a)} is not better than ${fmt(b)}` };
}

/** Undo the last optimization: the previous weights come back, the replaced ones become "previous". */
export function revertWeights(stored: { weights: readonly number[]; previousWeights: readonly number[] }): { weights: number[]; previousWeights: number[] } | null {
  if (stored.previousWeights.length !== 21) return null;
  return { weights: [...stored.previousWeights], previousWeights: [...stored.weights] };
}
