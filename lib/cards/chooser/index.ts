// The within-sentence chooser (session 16): which of a sentence's passing candidates to show, once
// the selection has decided (by the ranker's p) that the sentence gets a card. A pairwise logistic
// over the ranker's features, fitted on sentences whose cards strict raters labelled differently
// (scripts/fit-chooser.ts). OFF: the blind sets hold one such pair between them, so its adoption
// test (leave-one-set-out over the blind sets) cannot be run; LECTERN_CHOOSER=1 turns it on for a run.
import { FEATURE_NAMES } from "../rank/features";
import { envSwitch, processEnv } from "../switch";
import fitted from "./weights.json";

/** Weights by ranker feature name (a difference of two cards' features, so no bias). */
export type ChooserWeights = { source: string; weights: Record<string, number> };
export const CHOOSER_WEIGHTS = fitted as ChooserWeights;
export const CHOOSER = { on: envSwitch(processEnv(), "LECTERN_CHOOSER") };

/** The chooser's score of a card's ranker features: only its order within a sentence means anything. */
export function chooserScore(x: number[], w: ChooserWeights): number {
  let z = 0;
  FEATURE_NAMES.forEach((f, i) => { z += (w.weights[f] ?? 0) * x[i]; });
  return z;
}

/** The candidate the chooser prefers (the first of equals, so an all-zero model keeps `cands[0]`). */
export function choose<T extends { x: number[] }>(cands: T[], w: ChooserWeights): T {
  let best = cands[0], bestScore = chooserScore(best.x, w);
  for (const c of cands.slice(1)) { const s = chooserScore(c.x, w); if (s > bestScore) { best = c; bestScore = s; } }
  return best;
}
