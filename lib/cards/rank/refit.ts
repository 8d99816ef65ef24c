// Learning from the instructor: an author's approve / edit / reject decisions on candidates (all
// their imports), each stored with the candidate's feature vector, refit the ranker for that author
// (lib/data/ranker.ts; the import job and regeneration both rank with it). The fit stays close
// to the shipped weights (the L2 penalty pulls toward them), so a few dozen decisions nudge the
// ranking rather than replace it. Below MIN_DECISIONS, or with only one kind of decision, no refit.
import { FEATURE_NAMES } from "./features";
import { fitLogistic } from "./fit";
import { DEFAULT_WEIGHTS, type Weights } from "./model";

export const MIN_DECISIONS = 30;

export type Decision = { features: number[]; decision: "approved" | "edited" | "rejected" };

const LABEL = { approved: 1, edited: 0.5, rejected: 0 } as const;

export function refitFromDecisions(decisions: Decision[], base: Weights = DEFAULT_WEIGHTS, now = new Date()): Weights | null {
  const usable = decisions.filter((d) => d.features.length === FEATURE_NAMES.length);
  if (usable.length < MIN_DECISIONS) return null;
  const y = usable.map((d) => LABEL[d.decision]);
  if (y.every((v) => v === y[0])) return null;
  const prior = FEATURE_NAMES.map((f) => base.weights[f] ?? 0);
  const w = fitLogistic(usable.map((d) => d.features), y, { lambda: 5, prior, start: prior });
  // The shipped calibration and cut go with it: the refit stays near the shipped weights.
  return {
    ...(base.calibration ? { calibration: base.calibration } : {}),
    ...(base.cut ? { cut: base.cut } : {}),
    source: `refitted on ${usable.length} review decisions at ${now.toISOString()} from: ${base.source.slice(0, 80)}`,
    weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000])),
  };
}
