// Whether the pipeline makes cards of signposted conclusions and corrective contrasts (./index.ts).
// `LECTERN_ARGUMENT=1` turns it on for one run, `LECTERN_ARGUMENT=0` off; otherwise the default below.

export const CONCLUSIONS_DEFAULT = false;

/** The one place the switch is read; `env` is a parameter so the reading is tested without touching the process. */
export function conclusionsSwitch(env: Record<string, string | undefined> | undefined, fallback = CONCLUSIONS_DEFAULT): boolean {
  if (env?.LECTERN_ARGUMENT === "1") return true;
  if (env?.LECTERN_ARGUMENT === "0") return false;
  return fallback;
}

export const CONCLUSIONS_ON = conclusionsSwitch(typeof process === "undefined" ? undefined : process.env);
