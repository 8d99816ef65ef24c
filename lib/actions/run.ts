import { isExpected, ValidationError } from "@/lib/data/errors";
import type { ActionState } from "./state";

/** Runs the data-layer part of an action, turning expected failures into a form message. */
export async function attempt(fn: () => Promise<ActionState | void>, okMessage?: string): Promise<ActionState> {
  try {
    return (await fn()) ?? { ok: true, message: okMessage };
  } catch (err) {
    if (err instanceof ValidationError && err.field) return { ok: false, message: err.message, fieldErrors: { [err.field]: [err.message] } };
    if (isExpected(err)) return { ok: false, message: err.message };
    throw err;
  }
}
