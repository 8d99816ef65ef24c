// LECTERN_SENTENCE_CHOICE: the sentence-choice model's use in the pipeline (./use.ts). On by default
// since session 25 (it passed its pre-registered blind test); `0` turns it off for one run. CHOICE_USE is the setting measured on the training
// chapters the model was not fitted on (docs/card-generator.md, "Session 23: which sentences deserve a
// card" and "Session 24: a sentence-choice model that reads meaning").
import { envSwitch, processEnv, type Env } from "../switch";
import type { ChoiceUse } from "./use";

// The best setting by accepted − rejected on those chapters (recall down ≤ 2 points) that keeps the
// user's sample's two required facts (a floor weight of 1.5 or more loses one).
export const CHOICE_USE: ChoiceUse = { drop: 0.3, min: 5, floor: 1, rank: 0 };
// Session 24 (the model with meaning features): on the 90 training chapters it was not fitted on,
// A − R −70 → −1 and recall 32.5 → 31.2 %, where the shipped deep floor lowered to as many cards gives
// −23 at the same recall (session 23's surface model, at this setting: −14 for 1,420 cards). Measured blind
// on set 24 (unseen books, two raters) it did not pass the session's pre-registered bar: accepted − rejected
// −24 → −23 and −20 → −19, recall 31.2 → 28.7 % (two must-know facts lost, more than the 2 points allowed).
// So it stayed off, to be measured blind again on the next set, pooled with set 24 (pre-registered).
// Session 25, set 25 (five more unseen books, raters bi and bj), the model and setting unchanged: 97 → 89
// cards, accepted − rejected −3 → 0 and −5 → −3, recall 35.0 % both ways. Pooled with set 24 (bg with bi,
// bh with bj): −27 → −23 and −25 → −22, recall 33.1 → 31.9 % (160 must-know facts; 1.25 points, within
// the 2 allowed). The pre-registered bar is met, so it is on by default.
export const SENTENCE_CHOICE_DEFAULT = true;

/** The one place the switch is read; `env` is a parameter so the reading is tested without the process. */
export const sentenceChoiceSwitch = (env: Env, fallback = SENTENCE_CHOICE_DEFAULT): boolean => envSwitch(env, "LECTERN_SENTENCE_CHOICE", fallback);

export const SENTENCE_CHOICE_ON = sentenceChoiceSwitch(processEnv());
