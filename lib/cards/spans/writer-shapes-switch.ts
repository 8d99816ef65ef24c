// Session 24 (blank24): the switch for the span shapes of ./writer-shapes (predicative adjectives,
// number words, "X of Y" whole with a possessive). Off by default: on the training books they
// displace 2 rejected and 1 edited labelled card for 9 unlabelled ones and move no accepted card
// (no book gains one: the house's bar for a blank change, scripts/lib/choice-adoption.ts, is not
// met), and the blank gates refuse most of what they add. "1" offers them to the span models.
// See docs/card-generator.md, "Session 24: the blank shapes the enumeration never offered (blank24)".
import { envSwitch, processEnv, type Env } from "../switch";

export const writerShapesSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_WRITER_SHAPES", false);
export const WRITER_SHAPES = { on: writerShapesSwitch(processEnv()) };
