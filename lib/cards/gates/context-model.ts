// The fitted context-dependence gate: a small logistic model over ./context-features.ts, fitted by
// scripts/fit-context.ts on the strict raters' labels (target: rejected as not standalone), with its
// threshold chosen by nested leave-one-book-out. The weights file says whether the gate is on: it is
// shipped OFF unless the refit's held-out figures pass the adoption test (docs/card-generator.md,
// "Session 9: a fitted context-dependence gate").
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import type { Gate } from "./types";
import { CONTEXT_FEATURES, contextFeatures } from "./context-features";
import fitted from "./context-weights.json";

export type ContextWeights = {
  source: string;
  /** Whether the pipeline drops cards by this model (the fit's adoption test decides). */
  enabled: boolean;
  /** A card whose probability of needing the chapter is at least this is dropped. */
  threshold: number;
  weights: Record<string, number>;
};

export const CONTEXT_WEIGHTS = fitted as ContextWeights;

/** A weights object checked for shape (a hand-edited or stale file fails loudly, not silently). */
export function parseContextWeights(raw: unknown): ContextWeights {
  const w = raw as ContextWeights;
  if (!w || typeof w !== "object" || typeof w.enabled !== "boolean" || typeof w.threshold !== "number" || !(w.threshold >= 0 && w.threshold <= 1) || typeof w.weights !== "object" || typeof w.source !== "string")
    throw new Error("context weights need source, enabled, a threshold in 0..1 and weights");
  const unknown = Object.keys(w.weights).filter((k) => !(CONTEXT_FEATURES as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`context weights name unknown features: ${unknown.join(", ")}`);
  return { source: w.source, enabled: w.enabled, threshold: w.threshold, weights: { ...w.weights } };
}

/** The model's probability that a strict rater rejects the card as needing the chapter. */
export function scoreContext(x: number[], w: Pick<ContextWeights, "weights">): number {
  let z = 0;
  CONTEXT_FEATURES.forEach((f, i) => { z += (w.weights[f] ?? 0) * x[i]; });
  return 1 / (1 + Math.exp(-z));
}

export const contextDependence = (c: Candidate, a: Analysis, w: ContextWeights = CONTEXT_WEIGHTS): number => scoreContext(contextFeatures(c, a), w);

/** The gate over given weights (tests and the fit script pass their own; the pipeline the shipped file). */
export const contextGate = (w: ContextWeights): Gate => (c, a) => {
  if (!w.enabled) return null;
  const p = contextDependence(c, a, w);
  return p >= w.threshold ? `the model says it needs the chapter (p ${p.toFixed(2)} ≥ ${w.threshold})` : null;
};

export const contextModel: Gate = contextGate(CONTEXT_WEIGHTS);
