// Whether the analysis names a biography's subject for a "he"/"she" nothing nearby can stand for
// (./index.ts). A rewrite that adds words to a card: such rewrites were precise on training text and
// wrong on unseen text before (decontext/referent.ts, narrator, topic), so it ships OFF until its
// new cards are measured usable; `LECTERN_SUBJECT=1` in the environment turns it on for one run.
import { envSwitch, processEnv, type Env } from "../switch";

/** The one place the switch is read; `env` is a parameter so the reading is tested without touching the process. */
export const subjectSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_SUBJECT");

export const SUBJECT_NAMING_ON = subjectSwitch(processEnv());
