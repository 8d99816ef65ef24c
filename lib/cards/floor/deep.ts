// The deeper plain floor (session 18, floor18; docs/card-generator.md "Session 18: how far the plain
// floor should go, pre-registered (floor18)"): after the plain floor (./plain.ts, p(reject) ≥ 0.65 on
// the shipped floor weights, fitted on the 44 books before session 13), also drop the shown cards whose
// p(reject) under a floor REFITTED on today's training books (./deep-weights.json, same features and
// fitter, written by scripts/floor-curve.ts --write-deep) is at least DEEP_FLOOR_AT: the curve that
// chose the threshold measured refitted floors, not the shipped one. The threshold was chosen by a
// criterion written before the figures (max accepted − rejected among the kept cards, pooled over the
// blind sets of sessions 13-17 scored leave-one-set-out, with must-know recall at most 2 points under
// the plain floor's); it is pre-registered for the next blind set and stays OFF until that set passes
// its bar. It applies to the plain floor's list, so it only ever removes cards the raters see anyway
// (their labels judge it) and never brings back one the plain floor dropped; like the plain floor it
// never empties a chapter. `LECTERN_DEEP_FLOOR=1` turns it on for one run.
import { envSwitch, processEnv, type Env } from "../switch";
import type { FloorWeights } from "./model";
import fitted from "./deep-weights.json";

/** The refitted floor's weights; the cut is DEEP_FLOOR_AT (its `threshold`, recorded when written). */
export const DEEP_WEIGHTS = fitted as FloorWeights;
export const DEEP_FLOOR_AT = 0.55;
export const DEEP_FLOOR_DEFAULT = false;

/** The one place the switch is read; `env` is a parameter so the reading is tested without the process. */
export const deepFloorSwitch = (env: Env, fallback = DEEP_FLOOR_DEFAULT): boolean => envSwitch(env, "LECTERN_DEEP_FLOOR", fallback);

export const DEEP_FLOOR_ON = deepFloorSwitch(processEnv());
