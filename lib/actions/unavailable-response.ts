import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/data/db-unavailable";

/**
 * Wraps a route handler: while the database is unreachable it answers 503 with Retry-After (a
 * download can simply be tried again) instead of a bare 500. Other errors pass through.
 */
export function withUnavailable<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      return new Response(UNAVAILABLE_MESSAGE, { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS), "content-type": "text/plain; charset=utf-8" } });
    }
  };
}
