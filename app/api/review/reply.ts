import "server-only";
import { currentUser, type Viewer } from "@/lib/auth/session";
import { getStudyView } from "@/lib/data/review/session";
import type { StudyView } from "@/lib/data/review/types";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/data/db-unavailable";

// Shared by the review screen's grade and undo route handlers. They replaced server actions because
// Next's action handling cost about 3.5 ms of app CPU per answer (README, Benchmarks); the JSON
// they answer is the shape the actions returned, so the client's flow did not change.
export type ReviewReply = { ok: true; message?: string; view: StudyView } | { ok: false; message: string; view: StudyView } | { ok: false; retry: true; message: string };

const NO_STORE = { "cache-control": "no-store" };

export function json(body: ReviewReply | { ok: false; message: string }, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** The reply with the student's next card, so the screen needs no second round trip. */
export async function withView(viewer: Viewer, deckId: string | null, ok: boolean, message: string | undefined, status = 200): Promise<Response> {
  const view = await getStudyView(viewer, new Date(), deckId);
  return json(ok ? { ok: true, message, view } : { ok: false, message: message ?? "Something went wrong.", view }, status);
}

/** The JSON body, or undefined when it is not JSON (a form post, which this endpoint never takes). */
export async function jsonBody(req: Request): Promise<unknown> {
  if (!req.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return undefined;
  return req.json().catch(() => undefined);
}

/**
 * Signed-in check (the same server-side session lookup the actions use) and database outage
 * mapping: 401 for no session, 503 + Retry-After (with the actions' "try again" state as the body,
 * so the client retries with the same request id) while the database is unreachable.
 */
export function reviewHandler(handler: (viewer: Viewer, req: Request) => Promise<Response>): (req: Request) => Promise<Response> {
  return async (req) => {
    try {
      const viewer = await currentUser();
      if (!viewer) return json({ ok: false, message: "Sign in to review." }, 401);
      return await handler(viewer, req);
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      return json({ ok: false, retry: true, message: UNAVAILABLE_MESSAGE }, 503, { "retry-after": String(RETRY_AFTER_SECONDS) });
    }
  };
}
