// Session 19 (genfix19): the switch for the rules written from the last blind raters' edits and
// rejects (./opinion-only, ./who-thing, ./shared-surname, ./pointing-relative). "0" restores the old
// output of all of them; see docs/card-generator.md, "Session 19: generator defects the last blind
// raters named, 18b set (genfix19)".
import { envSwitch, processEnv, type Env } from "../switch";

export const raterDefectsSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_RATER_DEFECTS", true);
export const RATER_DEFECTS = { on: raterDefectsSwitch(processEnv()) };
