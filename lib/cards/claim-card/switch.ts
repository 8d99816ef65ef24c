// Whether a sentence with no card that passes the gates gets a card of its claim (./index.ts).
// `LECTERN_CLAIM_CARD=1` turns it on for one run; OFF by default (session 27, claim27: measured on
// training, pre-registered as a blind arm on the next held-out set).
import { envSwitch, processEnv, type Env } from "../switch";

/** The one place the switch is read; `env` is a parameter so the reading is tested without touching the process. */
export const claimCardSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_CLAIM_CARD");

export const CLAIM_CARD_ON = claimCardSwitch(processEnv());
