// The plain floor at the threshold pre-registered in session 16 (docs/card-generator.md, "Session 16
// measurement and recommended next steps", item 2): after selection, drop every shown card whose
// predicted probability of a strict reject (./model.ts) is at least PLAIN_FLOOR_AT. Written before the
// held-out set it is judged on existed; it goes on only if, on that set and for both raters, it removes
// at least three rejects per usable card, no accepted card and no must-know fact, and the user sample
// keeps its two required facts. The pipeline applies it with applyFloor (./model.ts) and never
// empties a chapter; this file stays free of the model so the review screen can read it (./flag.ts). `LECTERN_PLAIN_FLOOR=0` turns it off for one run, `1` on.
import { envSwitch, processEnv, type Env } from "../switch";

export const PLAIN_FLOOR_AT = 0.65;
// On since session 17: on that session's held-out set it removed 3 rejects and 1 edit per rater, no
// accepted card and no must-know fact, and the user sample kept its two facts (the pre-registered rule).
export const PLAIN_FLOOR_DEFAULT = true;

/** The one place the switch is read; `env` is a parameter so the reading is tested without the process. */
export const plainFloorSwitch = (env: Env, fallback = PLAIN_FLOOR_DEFAULT): boolean => envSwitch(env, "LECTERN_PLAIN_FLOOR", fallback);

export const PLAIN_FLOOR_ON = plainFloorSwitch(processEnv());

