// LECTERN_SENTENCE_CHOICE: the sentence-choice model's use in the pipeline (./use.ts). `1` turns it on
// for one run, `0` off; CHOICE_USE is the setting measured on the training chapters the model was not
// fitted on (docs/card-generator.md, "Session 23: which sentences deserve a card").
import { envSwitch, processEnv, type Env } from "../switch";
import type { ChoiceUse } from "./use";

// The best setting by accepted − rejected on those chapters (recall down ≤ 2 points) that keeps the
// user's sample's two required facts (a floor weight of 1.5 or more loses one).
export const CHOICE_USE: ChoiceUse = { drop: 0.3, min: 5, floor: 1, rank: 0 };
// Off: its gain (A − R −48 → +1, recall −0.8 points) is what the shipped deep floor gives at a lower
// threshold for as many cards, with no model and no unlabelled cards.
export const SENTENCE_CHOICE_DEFAULT = false;

/** The one place the switch is read; `env` is a parameter so the reading is tested without the process. */
export const sentenceChoiceSwitch = (env: Env, fallback = SENTENCE_CHOICE_DEFAULT): boolean => envSwitch(env, "LECTERN_SENTENCE_CHOICE", fallback);

export const SENTENCE_CHOICE_ON = sentenceChoiceSwitch(processEnv());
