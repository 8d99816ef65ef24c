// The model's two uses in the pipeline. Both read the switches in weights.json, so with the file's
// uses off (as shipped, see its `source`) the generator's output is unchanged.
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import type { Gate } from "../gates/types";
import { STANDALONE_WEIGHTS, admitsDropped, dropsPassed, standaloneProbability, type StandaloneWeights } from "./model";

/** The gates whose drops the model may overrule: the rules about reading a sentence without its chapter. */
export const OVERRULED_GATES: readonly string[] = ["standalone", "referring"];

/** Drop: a gate (last of the pipeline's) that drops a card when the model is confident it does not stand alone or is not worth learning. */
export const standaloneModelGate = (w: StandaloneWeights = STANDALONE_WEIGHTS): Gate => (c, a) => {
  if (!w.drop.enabled) return null;
  const p = standaloneProbability(c, a, w);
  return dropsPassed(p, w) ? `the model says it does not stand alone or is not worth learning (p ${p.toFixed(2)} ≤ ${w.drop.threshold})` : null;
};

/**
 * Admit: a candidate that only the standalone / referring gates dropped (`failing`: the names of every
 * gate it fails) goes through when the model is confident a strict rater would take it as standalone.
 */
export function admitsByModel(c: Candidate, a: Analysis, failing: string[], w: StandaloneWeights = STANDALONE_WEIGHTS): boolean {
  if (!w.admit.enabled || !failing.length || !failing.every((g) => OVERRULED_GATES.includes(g))) return false;
  return admitsDropped(standaloneProbability(c, a, w), w);
}
