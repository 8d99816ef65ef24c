import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken } from "next-auth/jwt";
import { authConfig, needsSignIn } from "./auth.config";

// Redirects signed-out visitors away from app pages. Authorization itself happens in every page
// and server action (see lib/auth/session.ts); this is only for convenience.
//
// Auth.js's own `auth` wrapper re-issues the session cookie on EVERY request it sees, and a link
// prefetch answered after "Sign out" put the deleted cookie back: the user stayed signed in. Here
// the cookie is only renewed on a full page load (never a prefetch, RSC fetch or server action),
// and at most once a day, so an active student stays signed in and sign-out sticks.
const MAX_AGE = authConfig.session.maxAge;
const RENEW_AFTER_S = 24 * 60 * 60;
const COOKIES = [{ name: "__Secure-authjs.session-token", secure: true }, { name: "authjs.session-token", secure: false }];

/** A top-level document navigation: the only kind of request allowed to write the session cookie. */
function isPageLoad(req: NextRequest): boolean {
  const h = req.headers;
  const prefetch = h.get("next-router-prefetch") || h.get("purpose") === "prefetch" || h.get("sec-purpose")?.includes("prefetch");
  return req.method === "GET" && !prefetch && !h.get("rsc") && !h.get("next-action") && h.get("sec-fetch-dest") === "document";
}

export async function proxy(req: NextRequest) {
  if (!needsSignIn(req.nextUrl.pathname)) return NextResponse.next();
  const secret = process.env.AUTH_SECRET;
  let found: { token: Record<string, unknown>; cookie: (typeof COOKIES)[number] } | null = null;
  for (const cookie of secret ? COOKIES : []) {
    const token = await getToken({ req, secret, secureCookie: cookie.secure });
    if (token) { found = { token, cookie }; break; }
  }
  if (!found) {
    const login = req.nextUrl.clone();
    login.pathname = "/login";
    login.search = "";
    login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(login);
  }
  const res = NextResponse.next();
  const issuedAt = Number(found.token.iat ?? 0);
  if (isPageLoad(req) && Date.now() / 1000 - issuedAt > RENEW_AFTER_S) {
    const { iat: _iat, exp: _exp, jti: _jti, ...claims } = found.token;
    const value = await encode({ token: claims, secret: secret!, salt: found.cookie.name, maxAge: MAX_AGE });
    res.cookies.set(found.cookie.name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: found.cookie.secure, maxAge: MAX_AGE });
  }
  return res;
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
