// The situation line's switch. Default OFF; `LECTERN_SITUATION=1` in the environment turns it on for a
// measurement (any other value, or none, leaves it off): the lead measures it blind, with a no-line arm,
// before it ships. `env` is a parameter so the reading is tested without touching the process.
import { envSwitch, processEnv, type Env } from "../switch";

export const situationSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_SITUATION");

export const SITUATION_ON = situationSwitch(processEnv());
