// The ranker: logistic regression over the candidate's features. Weights come from weights.json,
// written by scripts/fit-ranker.ts (or hand-set priors until labels exist: see its "source").
// A deck may bring its own weights (refitted from its instructor's decisions).
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { FEATURE_NAMES, features } from "./features";
import type { Calibration, Cut } from "./calibrate";
import fitted from "./weights.json";

/** `calibration` maps a score to a probability a strict rater accepts the card; `cut` hides cards below it (select.ts). */
export type Weights = { source: string; weights: Record<string, number>; calibration?: Calibration; cut?: Cut };
export const DEFAULT_WEIGHTS = fitted as Weights;

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function score(x: number[], w: Weights): number {
  let z = 0;
  FEATURE_NAMES.forEach((f, i) => { z += (w.weights[f] ?? 0) * x[i]; });
  return sigmoid(z);
}

/** The features that pushed the score up most, as one line ("type:cause +0.8, answer-rarity +0.5"). */
export function why(x: number[], w: Weights, top = 3): string {
  return FEATURE_NAMES.map((f, i) => ({ f, v: (w.weights[f] ?? 0) * x[i] }))
    .filter((e) => e.f !== "bias" && e.v > 0.01).sort((p, q) => q.v - p.v).slice(0, top)
    .map((e) => `${e.f} +${e.v.toFixed(2)}`).join(", ") || "no strong feature";
}

export function rank(cands: Candidate[], a: Analysis, w: Weights = DEFAULT_WEIGHTS): { c: Candidate; x: number[]; p: number }[] {
  return cands.map((c) => {
    const x = features(c, a);
    return { c, x, p: score(x, w) };
  });
}
