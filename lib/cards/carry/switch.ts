// Whether the decontextualisation names a whole its sentence leaves implicit ("the work", "the
// middle movement" → which sonata). A rewrite that adds words to a card: such rewrites were precise
// on training text and wrong on unseen text before (decontext/referent.ts, narrator, topic, subject),
// so it ships OFF until its new cards are measured blind; `LECTERN_CARRY=1` turns it on for one run.
import { envSwitch, processEnv, type Env } from "../switch";

/** The one place the switch is read; `env` is a parameter so the reading is tested without touching the process. */
export const carrySwitch = (env: Env): boolean => envSwitch(env, "LECTERN_CARRY");

export const CARRY_ON = carrySwitch(processEnv());
