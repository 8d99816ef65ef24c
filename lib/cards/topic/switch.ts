// Whether the pipeline names the chapter's topic on cards ("the spider" → "the garden spider",
// ./name.ts). A rewrite that adds words: such rewrites were precise on training text and wrong on
// unseen text before (docs/card-generator.md, decontext/referent.ts), so it ships OFF until the lead
// measures it blind. `LECTERN_TOPIC=1` in the environment turns it on for one run.
import { envSwitch, processEnv, type Env } from "../switch";

/** The one place the switch is read; `env` is a parameter so the reading is tested without touching the process. */
export const topicSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_TOPIC");

export const TOPIC_NAMING_ON = topicSwitch(processEnv());
