// "Would a strong model make a card of this sentence?": logistic regression over the sentence's
// features (./features.ts), fitted by scripts/fit-sentence-choice.ts (npm run fit:sentence-choice) on
// which sentences a strong model, playing the LLM generator's endpoint, cited in its cards
// (tests/fixtures/llm-ceiling/, training chapters only; ./replies.ts). Weights in ./weights.json.
import type { Analysis } from "../analyse";
import { fitLogistic } from "../rank/fit";
import { sigmoid } from "../rank/model";
import { CHOICE_FEATURES, choiceFeatures } from "./features";
import fitted from "./weights.json";

export type ChoiceWeights = { source: string; lambda: number; weights: Record<string, number> };
export const CHOICE_WEIGHTS = fitted as ChoiceWeights;

export function choiceScore(x: number[], w: ChoiceWeights = CHOICE_WEIGHTS): number {
  let z = 0;
  CHOICE_FEATURES.forEach((f, i) => { z += (w.weights[f] ?? 0) * x[i]; });
  return sigmoid(z);
}

const cache = new WeakMap<Analysis, number[]>();
/** Each sentence's probability of being chosen, in sentence order (cached per analysis for the shipped weights). */
export function choiceProbabilities(a: Analysis, w: ChoiceWeights = CHOICE_WEIGHTS): number[] {
  const hit = w === CHOICE_WEIGHTS ? cache.get(a) : undefined;
  if (hit) return hit;
  const q = choiceFeatures(a).map((x) => choiceScore(x, w));
  if (w === CHOICE_WEIGHTS) cache.set(a, q);
  return q;
}

/** The fit on rows of features and 0/1 (or fractional) targets; weights rounded to 3 places. */
export function fitChoice(rows: { x: number[]; y: number; weight?: number }[], lambda: number, source: string): ChoiceWeights {
  if (!rows.length) throw new Error("fitChoice needs at least one sentence");
  const w = fitLogistic(rows.map((r) => r.x), rows.map((r) => r.y), { lambda, sampleWeights: rows.map((r) => r.weight ?? 1) });
  return { source, lambda, weights: Object.fromEntries(CHOICE_FEATURES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000])) };
}
