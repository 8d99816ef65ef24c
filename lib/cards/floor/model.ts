// The publishability floor: P(a strict rater rejects the card) from the card's features
// (./features.ts), a logistic model fitted by scripts/fit-floor.ts (npm run fit:floor) on the
// training books' labels, and the last step of the pipeline, after selection: cards whose predicted
// reject probability reaches the threshold are dropped. A chapter is never emptied while it has a
// card below 0.5. The floor only ever sees generated output: an instructor's approved or edited
// cards are stored rows that regeneration keeps (lib/data/candidates.ts regenerateChapter).
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { FEATURE_NAMES } from "../rank/features";
import { sigmoid } from "../rank/model";
import { EXTRA_FEATURES, extraFeatures } from "./features";
import fitted from "./weights.json";

/** `features`: the extra features the fit kept (the ranker's are always in); `threshold`: drop at p(reject) ≥ it. */
export type FloorWeights = { source: string; features: string[]; threshold: number; weights: Record<string, number> };
export const FLOOR_WEIGHTS = fitted as FloorWeights;

/** Every feature the floor can use, in vector order: the ranker's, then the extras. */
export const FLOOR_FEATURE_NAMES: string[] = [...FEATURE_NAMES, ...EXTRA_FEATURES];

/** The full floor vector of a ranked candidate: its ranker features `x` and the extras. */
export const floorVector = (c: Candidate, x: number[], p: number, a: Analysis) => [...x, ...extraFeatures(c, a, p)];

export function rejectProbability(v: number[], w: FloorWeights = FLOOR_WEIGHTS): number {
  let z = 0;
  FLOOR_FEATURE_NAMES.forEach((f, i) => { z += (w.weights[f] ?? 0) * v[i]; });
  return sigmoid(z);
}

/** A chapter is not emptied by the floor while one of its cards is more likely kept than rejected. */
export const NEVER_EMPTY_BELOW = 0.5;

/** The cards the floor keeps (in their order): predicted reject below `threshold`, never none while one is below 0.5. */
export function applyFloor<T>(cards: T[], reject: (card: T) => number, threshold: number, whenEmpty: "sure" | "all" = "sure"): T[] {
  const kept = cards.filter((c) => reject(c) < threshold);
  if (kept.length || !cards.length) return kept;
  // Never an empty chapter: the sure cards (under NEVER_EMPTY_BELOW), or with "all" every card.
  return whenEmpty === "all" ? cards : cards.filter((c) => reject(c) < NEVER_EMPTY_BELOW);
}
