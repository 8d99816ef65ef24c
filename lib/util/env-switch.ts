// The one reader of the on/off LECTERN_* switches (lib/cards/*/switch.ts, lib/chapters/index.ts; a switch of more values, LECTERN_PREVIOUS_CONTEXT, reads its own in lib/cards/context-line/previous.ts): "1" turns
// a switch on for one run, "0" off, anything else (or nothing) leaves its default. `env` is a parameter
// so each switch's reading is tested without touching the process.
export type Env = Record<string, string | undefined> | undefined;

/** The process's environment, or undefined where there is no process (a browser bundle). */
export const processEnv = (): Env => (typeof process === "undefined" ? undefined : process.env);

export function envSwitch(env: Env, name: string, fallback = false): boolean {
  const value = env?.[name];
  if (value === "1") return true;
  if (value === "0") return false;
  return fallback;
}
