import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/data/db-unavailable";
import type { RetryState } from "./state";

/**
 * Runs a whole action (including the session check, which reads the database) and answers a typed
 * "try again" when the database is unreachable, instead of letting it become an HTTP 500.
 */
export async function orRetry<T>(fn: () => Promise<T>): Promise<T | RetryState> {
  try {
    return await fn();
  } catch (err) {
    if (isDatabaseUnavailable(err)) return { ok: false, retry: true, message: UNAVAILABLE_MESSAGE };
    throw err;
  }
}
