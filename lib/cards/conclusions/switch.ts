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
