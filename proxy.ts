import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { needsSignIn } from "./auth.config";

// Redirects signed-out visitors away from app pages. Authorization itself happens in every page
// and server action (see lib/auth/session.ts); this is only for convenience.
//
// It only READS the session cookie. Auth.js's own `auth` wrapper re-issues the cookie on every
// request it sees (rolling expiry), and a prefetch answered after "Sign out" then put the deleted
// session cookie back: the user stayed signed in. (`auth()` in pages and actions only reads it too,
// so a session now lasts `maxAge` from sign-in.)
export async function proxy(req: NextRequest) {
  if (!needsSignIn(req.nextUrl.pathname)) return NextResponse.next();
  const secret = process.env.AUTH_SECRET;
  // Auth.js names the cookie "__Secure-…" over https and plainly over http: accept either.
  const token = secret
    ? (await getToken({ req, secret, secureCookie: true })) ?? (await getToken({ req, secret, secureCookie: false }))
    : null;
  if (token) return NextResponse.next();
  const login = req.nextUrl.clone();
  login.pathname = "/login";
  login.search = "";
  login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
