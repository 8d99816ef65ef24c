import { isExpected, ValidationError } from "@/lib/data/errors";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/data/db-unavailable";
import type { ActionState } from "./state";

/**
 * Runs the data-layer part of an action, turning expected failures into a form message and a
 * database outage into a "try again" state ({ ok: false, retry: true }).
 */
export async function attempt(fn: () => Promise<ActionState | void>, okMessage?: string): Promise<ActionState> {
  try {
    return (await fn()) ?? { ok: true, message: okMessage };
  } catch (err) {
    if (err instanceof ValidationError && err.field) return { ok: false, message: err.message, fieldErrors: { [err.field]: [err.message] } };
    if (isExpected(err)) return { ok: false, message: err.message };
    if (isDatabaseUnavailable(err)) return { ok: false, retry: true, message: UNAVAILABLE_MESSAGE };
    throw err;
  }
}
