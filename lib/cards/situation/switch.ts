// The situation line's switch. Default OFF; `LECTERN_SITUATION=1` in the environment turns it on for a
// measurement (any other value, or none, leaves it off): the lead measures it blind, with a no-line arm,
// before it ships. `env` is a parameter so the reading is tested without touching the process.
export function situationSwitch(env: Record<string, string | undefined> | undefined): boolean {
  return env?.LECTERN_SITUATION === "1";
}

export const SITUATION_ON = situationSwitch(typeof process === "undefined" ? undefined : process.env);
