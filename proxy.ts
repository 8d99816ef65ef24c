import { NextResponse, type NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { authConfig, needsSignIn } from "./auth.config";
import { isForeignOrigin, isOversize, MAX_BODY_BYTES, withTrustedAddress } from "@/lib/auth/request-guards";
import { authSecret, trustedProxyHops } from "@/lib/env";
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/auth/security-headers";
import { databaseReachable } from "@/lib/ops/db-health";
import { decodeSessionToken, SESSION_COOKIES, sessionCookieValue } from "@/lib/auth/session-token";
import { probeDatabase } from "@/lib/data/db-probe";
import { RETRY_AFTER_SECONDS } from "@/lib/data/db-unavailable";

// Runs before every request except static files (Next 16 runs it on the Node runtime):
// - refuses a state-changing request from another site with 403 and an over-size body with 413,
//   before any action or route handler parses the body;
// - leaves one client address in X-Forwarded-For that the client cannot choose (see
//   lib/auth/request-guards.ts); the sign-in and join limits count against it;
// - redirects signed-out visitors away from app pages. Authorization itself happens in every page
//   and server action (see lib/auth/session.ts, which also checks the server-side session); this
//   is only for convenience.
//
// Auth.js's own `auth` wrapper re-issues the session cookie on EVERY request it sees, and a link
// prefetch answered after "Sign out" put the deleted cookie back: the user stayed signed in. Here
// the cookie is only renewed on a full page load (never a prefetch, RSC fetch or server action),
// and at most once a day, so an active student stays signed in and sign-out sticks.
const MAX_AGE = authConfig.session.maxAge;
const RENEW_AFTER_S = 24 * 60 * 60;
const COOKIES = [{ name: SESSION_COOKIES.secure, secure: true }, { name: SESSION_COOKIES.plain, secure: false }];

/** A top-level document navigation: the only kind of request allowed to write the session cookie. */
function isPageLoad(req: NextRequest): boolean {
  const h = req.headers;
  const prefetch = h.get("next-router-prefetch") || h.get("purpose") === "prefetch" || h.get("sec-purpose")?.includes("prefetch");
  return req.method === "GET" && !prefetch && !h.get("rsc") && !h.get("next-action") && h.get("sec-fetch-dest") === "document";
}

function refusal(status: 403 | 413, title: string, detail: string, back: string | null): NextResponse {
  const link = back && back.startsWith("/") ? `<p><a href="${encodeURI(back)}">Go back</a></p>` : "";
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><body style="font-family:system-ui;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>${title}</h1><p>${detail}</p>${link}</body></html>`;
  return new NextResponse(html, { status, headers: { "content-type": "text/html; charset=utf-8", connection: "close" } });
}

// Pages cannot set their status from error.tsx, so a page load during a database outage is answered
// here: 503 with Retry-After and a page that reloads itself. Server actions (which answer
// { ok: false, retry: true }) and route handlers (withUnavailable) handle the outage themselves.
function isPageRequest(req: NextRequest): boolean {
  return req.method === "GET" && !req.headers.get("next-action") && !req.nextUrl.pathname.startsWith("/api/");
}

function unavailable(): NextResponse {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>Lectern is reconnecting</title><body style="font-family:system-ui;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>Lectern can't reach its database</h1><p>Retrying every few seconds: this page reloads by itself. Nothing you saved was lost.</p></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" },
  });
}

function refererPath(req: NextRequest): string | null {
  try {
    const ref = new URL(req.headers.get("referer") ?? "");
    return ref.host === req.nextUrl.host ? ref.pathname + ref.search : null;
  } catch {
    return null;
  }
}

// Every response gets the security headers (lib/auth/security-headers.ts); the page's CSP nonce is
// handed to Next on the request so its inline scripts carry it.
export async function proxy(req: NextRequest) {
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const res = await route(req, csp);
  applySecurityHeaders(res.headers, csp);
  return res;
}

async function route(req: NextRequest, csp: string): Promise<NextResponse> {
  if (isForeignOrigin(req.method, req.headers)) {
    return refusal(403, "Request refused", "This form was sent from another website, so it was not accepted.", null);
  }
  if (isOversize(req.headers)) {
    const mb = Math.round(MAX_BODY_BYTES / 1024 / 1024);
    return refusal(413, "That upload is too large", `Files and forms can be at most ${mb} MB. Go back and choose a smaller file, or split the chapter into parts.`, refererPath(req));
  }
  if (isPageRequest(req) && !(await databaseReachable(probeDatabase))) return unavailable();
  const requestHeaders = withTrustedAddress(req.headers, trustedProxyHops());
  requestHeaders.set("content-security-policy", csp);
  const forwarded = { request: { headers: requestHeaders } };
  if (!needsSignIn(req.nextUrl.pathname)) return NextResponse.next(forwarded);
  const secret = authSecret();
  let found: { token: Record<string, unknown>; cookie: (typeof COOKIES)[number] } | null = null;
  const jar = req.cookies.getAll();
  for (const cookie of secret ? COOKIES : []) {
    const value = sessionCookieValue(jar, cookie.name);
    const token = value ? await decodeSessionToken(value, cookie.name, secret!) : null;
    if (token) { found = { token, cookie }; break; }
  }
  if (!found) {
    const login = req.nextUrl.clone();
    login.pathname = "/login";
    login.search = "";
    login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(login);
  }
  const res = NextResponse.next(forwarded);
  const issuedAt = Number(found.token.iat ?? 0);
  if (isPageLoad(req) && Date.now() / 1000 - issuedAt > RENEW_AFTER_S) {
    const { iat: _iat, exp: _exp, jti: _jti, ...claims } = found.token;
    const value = await encode({ token: claims, secret: secret!, salt: found.cookie.name, maxAge: MAX_AGE });
    res.cookies.set(found.cookie.name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: found.cookie.secure, maxAge: MAX_AGE });
  }
  return res;
}

// Everything but build assets, including /api/auth: its sign-in reads the client address too.
// Also not /api/review/grade and /api/review/undo (the review screen's answers): running the proxy
// on each answer took at least 9 % of the app server's busy CPU in a profile (Next buffers and
// replays the body and rebuilds the request for it; README, Benchmarks). Those two routes make the
// origin and size checks and set the security headers themselves (app/api/review/reply.ts); they
// read no client address and renew no cookie. Only those two paths exactly: anything else added
// under /api/review/ still goes through the proxy.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/review/(?:grade|undo)$).*)"] };
