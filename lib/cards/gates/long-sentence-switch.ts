// Session 22 (cover22): the switch for the low-value gate's longer sentence cap on clozes (./low-value):
// on, a cloze shows a sentence of up to LONG_MAX_WORDS words (60); "0" restores the old cap (MAX_WORDS, 40).
// Argumentative prose states its claims in long periodic sentences, and the old cap refused every cloze
// of them before the blank and standalone gates judged it. See docs/card-generator.md, "Session 22:
// argumentative chapters' funnel and the long-sentence cap (cover22)".
import { envSwitch, processEnv, type Env } from "../switch";

export const longSentenceSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_LONG_SENTENCE22", true);
export const LONG_SENTENCE22 = { on: longSentenceSwitch(processEnv()) };
