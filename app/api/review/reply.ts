import "server-only";
import { currentUser, type Viewer } from "@/lib/auth/session";
import { getStudyView } from "@/lib/data/review/session";
import type { StudyView } from "@/lib/data/review/types";
import { isForeignOrigin, isOversize } from "@/lib/auth/request-guards";
import { STATIC_SECURITY_HEADERS } from "@/lib/auth/security-headers";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/data/db-unavailable";

// Shared by the review screen's grade and undo route handlers. They replaced server actions because
// Next's action handling cost about 3.5 ms of app CPU per answer (README, Benchmarks); the JSON
// they answer is the shape the actions returned, so the client's flow did not change.
export type ReviewReply = { ok: true; message?: string; view: StudyView } | { ok: false; message: string; view: StudyView } | { ok: false; retry: true; message: string };

// Every reply: no-store (per-user JSON), and no-transform, which Next's built-in gzip (the
// `compression` package in its router-server) honours by leaving the body alone. Its 1 KB threshold
// never applies to a route handler (the body is streamed, so its length is unknown when the headers
// go out), and gzip of a ~1 KB reply on loopback cost about 1 ms of app CPU per grade (README,
// Benchmarks). These routes are outside proxy.ts (see its matcher), so the security headers it sets
// on everything else are set here; a JSON reply needs no script policy beyond "nothing".
const REPLY_HEADERS: Record<string, string> = {
  ...STATIC_SECURITY_HEADERS,
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cache-control": "no-store, no-transform",
};

/** An answer or undo is a few hundred bytes; anything much larger is not from the review screen. */
export const MAX_REVIEW_BODY_BYTES = 16 * 1024;

export function json(body: ReviewReply | { ok: false; message: string }, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...REPLY_HEADERS, ...headers } });
}

/** The reply with the student's next card, so the screen needs no second round trip. */
export async function withView(viewer: Viewer, deckId: string | null, ok: boolean, message: string | undefined, status = 200): Promise<Response> {
  const view = await getStudyView(viewer, new Date(), deckId);
  return json(ok ? { ok: true, message, view } : { ok: false, message: message ?? "Something went wrong.", view }, status);
}

/**
 * The JSON body, or undefined when it is not JSON (a form post, which this endpoint never takes) or
 * longer than MAX_REVIEW_BODY_BYTES (read no further: a chunked body declares no length up front).
 */
export async function jsonBody(req: Request): Promise<unknown> {
  if (!req.headers.get("content-type")?.toLowerCase().startsWith("application/json") || !req.body) return undefined;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      size += r.value.byteLength;
      if (size > MAX_REVIEW_BODY_BYTES) { await reader.cancel(); return undefined; }
      chunks.push(r.value);
    }
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Origin and size checks (as proxy.ts makes elsewhere), signed-in check (the same server-side
 * session lookup the actions use) and database outage mapping: 401 for no session, 503 + Retry-After (with the actions' "try again" state as the body,
 * so the client retries with the same request id) while the database is unreachable.
 */
export function reviewHandler(handler: (viewer: Viewer, req: Request) => Promise<Response>): (req: Request) => Promise<Response> {
  return async (req) => {
    // What proxy.ts does for every other POST, before any body is read: another site's request
    // (a form or fetch carrying the student's cookie) is refused, so is a declared over-size body.
    if (isForeignOrigin(req.method, req.headers)) return json({ ok: false, message: "This request was sent from another website, so it was not accepted." }, 403);
    if (isOversize(req.headers, MAX_REVIEW_BODY_BYTES)) return json({ ok: false, message: "That request is too large." }, 413);
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
