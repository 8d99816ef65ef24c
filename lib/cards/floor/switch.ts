// Whether the pipeline drops the cards the floor predicts a strict rater rejects (./model.ts).
// Session 12's rule (scripts/fit-floor.ts: on only when the chosen threshold's leave-one-book-out
// value gain is at least 5 % of the shown cards) said off on 41 chapters (4.5 %) and on for session
// 13's refit on 45 chapters (5.4 %, 37 of 689 shown cards). It stays OFF all the same: at that
// threshold it drops the user's sample chapter's card on what the septemvirate was (p(reject) 0.46),
// one of the two facts the issue requires in that chapter's top 40 (tests/unit/cards/pipeline/
// quality.test.ts). The review screen flags, sorts and can hide the likely rejects instead
// (lib/card-review; docs/card-generator.md, "Session 13 measurement").
// Session 14: when on, the pipeline drops cards with the floor that keeps the key facts (./keep.ts,
// keep-weights.json: its own p(reject) fitted without the user sample, and p(key)). Both variants
// failed their pre-registered rule (nested leave-one-book-out value gain ≥ 5 % of shown cards AND
// recall loss ≤ 1 point: 3.0 % / −1.2 and 4.97 % / −1.3), so it stays off; the shipped weights keep
// the user sample's two required facts (docs/card-generator.md, "Session 14: a floor that
// keeps the key facts").
// `LECTERN_FLOOR=1` turns it on for one run (the lead's blind arm), `LECTERN_FLOOR=0` off.
import { envSwitch, processEnv, type Env } from "../switch";

export const FLOOR_DEFAULT = false;

/** The one place the switch is read; `env` is a parameter so the reading is tested without touching the process. */
export const floorSwitch = (env: Env, fallback = FLOOR_DEFAULT): boolean => envSwitch(env, "LECTERN_FLOOR", fallback);

export const FLOOR_ON = floorSwitch(processEnv());
