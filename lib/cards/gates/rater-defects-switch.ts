// Session 19 (genfix19): the switch for the rules written from the last blind raters' edits and
// rejects. "0" restores the old output of every one of them:
//   - an opinion only (./opinion-only, in ./low-value);
//   - an unreal condition posed to the reader (./low-value);
//   - "who" answered by a thing written with an article (./who-thing, in ./answer-type);
//   - a question answered by a description of an opening "it" (./pointing-relative, in ./answer-type);
//   - a blank headed by a frame noun ("the midst of …") (./informative-blank);
//   - a surname the chapter gives to two people (./shared-surname, in ./informative-blank);
//   - a blank cut at a stress mark inside a word (./informative-blank).
// See docs/card-generator.md, "Session 19: generator defects the last blind raters named, 18b set
// (genfix19)" and "Session 19: the gate review's findings mended (fixg19)".
import { envSwitch, processEnv, type Env } from "../switch";

export const raterDefectsSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_RATER_DEFECTS", true);
export const RATER_DEFECTS = { on: raterDefectsSwitch(processEnv()) };
