// The fitted standalone/worth model: a logistic model over ./features.ts giving the probability that
// a strict rater does NOT reject a card from this sentence as not standalone or not worth learning.
// Fitted by scripts/fit-standalone.ts on the strict raters' labels of the training books and judged
// by leave-one-SET-out over the blind sets (docs/card-generator.md, "Session 16: a fitted
// standalone/worth model"). The weights file says whether each use is on: `admit` lets a candidate
// that only the standalone/referring gates drop through when the model is confident it stands
// alone; `drop` takes out a gated card when the model is confident it does not. Each ships OFF
// unless the held-out figures say it helps.
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { STANDALONE_FEATURES, standaloneFeatures } from "./features";
import fitted from "./weights.json";

export type Use = { enabled: boolean; threshold: number };
/** `lambda`: the L2 strength of the fit (the refit test reproduces the weights with it). */
export type StandaloneWeights = { source: string; lambda?: number; admit: Use; drop: Use; weights: Record<string, number> };

/** A weights object checked for shape (a hand-edited or stale file fails loudly, not silently). */
export function parseStandaloneWeights(raw: unknown): StandaloneWeights {
  const w = raw as StandaloneWeights;
  const use = (u: Use | undefined) => !!u && typeof u.enabled === "boolean" && typeof u.threshold === "number" && u.threshold >= 0 && u.threshold <= 1;
  if (!w || typeof w !== "object" || typeof w.source !== "string" || !use(w.admit) || !use(w.drop) || typeof w.weights !== "object")
    throw new Error("standalone weights need source, admit and drop ({enabled, threshold in 0..1}) and weights");
  const unknown = Object.keys(w.weights).filter((k) => !(STANDALONE_FEATURES as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`standalone weights name unknown features: ${unknown.join(", ")}`);
  return { source: w.source, ...(typeof w.lambda === "number" ? { lambda: w.lambda } : {}), admit: { ...w.admit }, drop: { ...w.drop }, weights: { ...w.weights } };
}

export const STANDALONE_WEIGHTS = parseStandaloneWeights(fitted);

/** p(not rejected as not-standalone or not-worth-learning) of a feature vector. */
export function scoreStandalone(x: number[], w: Pick<StandaloneWeights, "weights"> = STANDALONE_WEIGHTS): number {
  let z = 0;
  STANDALONE_FEATURES.forEach((f, i) => { z += (w.weights[f] ?? 0) * x[i]; });
  return 1 / (1 + Math.exp(-z));
}

export const standaloneProbability = (c: Candidate, a: Analysis, w: Pick<StandaloneWeights, "weights"> = STANDALONE_WEIGHTS) => scoreStandalone(standaloneFeatures(c, a), w);

/** Admit a candidate the standalone/referring gates dropped (and no other gate): on, and confident it stands alone. */
export const admitsDropped = (p: number, w: Pick<StandaloneWeights, "admit"> = STANDALONE_WEIGHTS) => w.admit.enabled && p >= w.admit.threshold;
/** Drop a card every gate passed: on, and confident it does not stand alone or is not worth learning. */
export const dropsPassed = (p: number, w: Pick<StandaloneWeights, "drop"> = STANDALONE_WEIGHTS) => w.drop.enabled && p <= w.drop.threshold;
