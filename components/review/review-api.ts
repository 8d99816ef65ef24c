import type { ReviewActionResult } from "@/app/(study)/review/actions";

const UNREACHABLE = "Lectern cannot reach its database right now. Nothing was lost; try again in a few seconds.";

/**
 * Posts to the review route handlers (app/api/review/grade|undo) and returns the same result the
 * server actions did. 503 becomes the "try again" state (the caller resends the same request id);
 * a lost session goes to sign-in, as requireUser() did; anything else unreadable throws, which the
 * caller treats as "could not reach the server".
 */
export async function postReview(op: "grade" | "undo", body: unknown): Promise<ReviewActionResult> {
  const res = await fetch(`/api/review/${op}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (res.status === 503) return { ok: false, retry: true, message: UNREACHABLE };
  if (res.status === 401) {
    window.location.assign(`/login?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    return new Promise(() => {}); // leaving the page
  }
  const reply = (await res.json().catch(() => null)) as ReviewActionResult | null;
  if (reply && typeof reply === "object" && "ok" in reply && ("view" in reply || "retry" in reply)) return reply;
  throw new Error(`review ${op}: HTTP ${res.status}`);
}
