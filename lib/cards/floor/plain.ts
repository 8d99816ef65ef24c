// The plain floor at the threshold pre-registered in session 16 (docs/card-generator.md, "Session 16
// measurement and recommended next steps", item 2): after selection, drop every shown card whose
// predicted probability of a strict reject (./model.ts) is at least PLAIN_FLOOR_AT. Written before the
// held-out set it is judged on existed; it goes on only if, on that set and for both raters, it removes
// at least three rejects per usable card, no accepted card and no must-know fact, and the user sample
// keeps its two required facts. `LECTERN_PLAIN_FLOOR=1` turns it on for one run, `0` off.
import { envSwitch, processEnv, type Env } from "../switch";
import { applyFloor } from "./model";

export const PLAIN_FLOOR_AT = 0.65;
export const PLAIN_FLOOR_DEFAULT = false;

/** The one place the switch is read; `env` is a parameter so the reading is tested without the process. */
export const plainFloorSwitch = (env: Env, fallback = PLAIN_FLOOR_DEFAULT): boolean => envSwitch(env, "LECTERN_PLAIN_FLOOR", fallback);

export const PLAIN_FLOOR_ON = plainFloorSwitch(processEnv());

/** The cards the plain floor keeps (never all of a chapter's: applyFloor keeps the sure ones then). */
export const plainFloor = <T>(cards: T[], reject: (card: T) => number, at = PLAIN_FLOOR_AT): T[] => applyFloor(cards, reject, at);
