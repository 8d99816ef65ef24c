// Session 24 (blank24): the switch for the span shapes of ./writer-shapes (predicative adjectives,
// number words, "X of Y" whole with a possessive or a name). "1" offers them to the span models,
// "0" leaves the enumeration as it was. See docs/card-generator.md, "Session 24: the blank shapes
// the enumeration never offered (blank24)".
import { envSwitch, processEnv, type Env } from "../switch";

export const writerShapesSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_WRITER_SHAPES", true);
export const WRITER_SHAPES = { on: writerShapesSwitch(processEnv()) };
