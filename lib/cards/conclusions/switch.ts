// Whether the pipeline makes cards of signposted conclusions and corrective contrasts (./index.ts).
// `LECTERN_ARGUMENT=1` turns it on for one run, `LECTERN_ARGUMENT=0` off; otherwise the default below.
// ON: on the 49 training chapters (strict-first chain) it adds three cards, all accepted, and one gold
// fact (docs/card-generator.md, "Session 14: cards on a chapter's argument"); LECTERN_ARGUMENT=0 is the
// lead's arm without it for the blind measurement.
import { envSwitch, processEnv, type Env } from "../switch";

export const CONCLUSIONS_DEFAULT = true;

/** The one place the switch is read; `env` is a parameter so the reading is tested without touching the process. */
export const conclusionsSwitch = (env: Env, fallback = CONCLUSIONS_DEFAULT): boolean => envSwitch(env, "LECTERN_ARGUMENT", fallback);

export const CONCLUSIONS_ON = conclusionsSwitch(processEnv());

// Session 17 (attrib): the author's claims a first-person-plural frame announces ("we have seen that P",
// "we must admit that P", ./we.ts), carded as "According to <author>, P". Off until measured blind
// (docs/card-generator.md, "Session 17: the author's \"we\" as attributed cards"). `LECTERN_AUTHOR_WE=1`
// turns it on (inside the argument pass, so LECTERN_ARGUMENT=0 leaves it out too).
export const AUTHOR_WE_DEFAULT = false;
export const authorWeSwitch = (env: Env, fallback = AUTHOR_WE_DEFAULT): boolean => envSwitch(env, "LECTERN_AUTHOR_WE", fallback);
export const AUTHOR_WE_ON = authorWeSwitch(processEnv());
