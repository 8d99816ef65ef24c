// LECTERN_SENTENCE_CHOICE: the sentence-choice model's use in the pipeline (./use.ts). On by default
// since session 24; `0` turns it off for one run. CHOICE_USE is the setting measured on the training
// chapters the model was not fitted on (docs/card-generator.md, "Session 23: which sentences deserve a
// card" and "Session 24: a sentence-choice model that reads meaning").
import { envSwitch, processEnv, type Env } from "../switch";
import type { ChoiceUse } from "./use";

// The best setting by accepted − rejected on those chapters (recall down ≤ 2 points) that keeps the
// user's sample's two required facts (a floor weight of 1.5 or more loses one).
export const CHOICE_USE: ChoiceUse = { drop: 0.3, min: 5, floor: 1, rank: 0 };
// On (session 24, the model with meaning features): on the 90 training chapters it was not fitted on,
// A − R −70 → −1 and recall 32.5 → 31.2 %, where the shipped deep floor lowered to as many cards gives
// −23 at the same recall (session 23's surface model, at this setting: −14 for 1,420 cards).
export const SENTENCE_CHOICE_DEFAULT = true;

/** The one place the switch is read; `env` is a parameter so the reading is tested without the process. */
export const sentenceChoiceSwitch = (env: Env, fallback = SENTENCE_CHOICE_DEFAULT): boolean => envSwitch(env, "LECTERN_SENTENCE_CHOICE", fallback);

export const SENTENCE_CHOICE_ON = sentenceChoiceSwitch(processEnv());
