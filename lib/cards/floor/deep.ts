// The deeper plain floor (session 18; docs/card-generator.md "Session 18: pre-registered blind arms" and
// "Session 18: the deeper floor measured blind"): after the plain floor (./plain.ts, p(reject) ≥ 0.65 on
// the shipped floor weights, ./weights.json), also drop the shown cards whose p(reject) under the SAME
// shipped weights is at least DEEP_FLOOR_AT. The threshold was chosen on training books by a criterion
// written before the figures (scripts/floor-curve.ts: max accepted − rejected among the kept cards over
// the blind sets of sessions 13-17 scored leave-one-set-out, must-know recall at most 2 points under the
// plain floor's) and pre-registered, with its bar, before the session's first blind set was labelled. The
// first set gave too few cards to judge, the second (pooled, as pre-registered) passed: per rater 0 / 1
// accepts, 3 / 2 edits, 7 / 7 rejects dropped, one must-know fact lost, the user sample's two facts kept.
// So it is on. A variant cutting a REFITTED floor's score (the engineer's build) lost three must-know facts
// on the same sets and is not kept. Like the plain floor it only removes cards from that floor's list and
// never empties a chapter. `LECTERN_DEEP_FLOOR=0` turns it off for one run.
import { envSwitch, processEnv, type Env } from "../switch";

export const DEEP_FLOOR_AT = 0.55;
export const DEEP_FLOOR_DEFAULT = true;

/** The one place the switch is read; `env` is a parameter so the reading is tested without the process. */
export const deepFloorSwitch = (env: Env, fallback = DEEP_FLOOR_DEFAULT): boolean => envSwitch(env, "LECTERN_DEEP_FLOOR", fallback);

export const DEEP_FLOOR_ON = deepFloorSwitch(processEnv());

/**
 * The threshold a run uses: DEEP_FLOOR_AT, or `LECTERN_DEEP_FLOOR_AT` when it is a number strictly between
 * the plain floor's 0.65 and 0 — for pre-registered blind arms (session 24's arm at 0.46) run on the
 * shipped build without a code change. Anything else is ignored, so a typo cannot silently move the floor
 * outside what an arm could test.
 */
export function deepFloorAt(env: Env, fallback = DEEP_FLOOR_AT): number {
  const raw = env?.LECTERN_DEEP_FLOOR_AT;
  if (raw === undefined || !/^0?\.\d+$/.test(raw.trim())) return fallback;
  const at = Number(raw);
  return at > 0 && at < 0.65 ? at : fallback;
}

export const DEEP_FLOOR_RUN_AT = deepFloorAt(processEnv());
