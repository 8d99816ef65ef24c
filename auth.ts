import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { authenticate, normalizeEmail } from "@/lib/auth/accounts";
import { clientAddress, rememberDevice, trustedDeviceId, userAgent } from "@/lib/auth/request-context";
import { createSession, endSession } from "@/lib/auth/sessions";
import { cookies, headers } from "next/headers";
import { authSecret, signInLimits } from "@/lib/env";
import { usesSecureCookies } from "@/lib/auth/secure-cookies";
import { decodeSessionToken, SESSION_COOKIES, sessionCookieValue } from "@/lib/auth/session-token";
import { db } from "@/lib/db";

/** Thrown when sign-in is refused because of too many failures; `code` reaches the sign-in form. */
export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // Wrong passwords are expected; don't print a stack trace for each one.
  logger: { error: (e) => { if (e instanceof CredentialsSignin) return; console.error(e); } },
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
        token.sid = await createSession(db(), user.id, await userAgent(), new Date());
      }
      return token;
    },
  },
  events: {
    // Signing out deletes the server-side session too, so a copy of the cookie stops working.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sid && token.uid) await endSession(db(), String(token.uid), String(token.sid));
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, device: {} },
      async authorize(creds) {
        const email = typeof creds?.email === "string" ? normalizeEmail(creds.email) : "";
        const password = typeof creds?.password === "string" ? creds.password : "";
        if (!email || !password || email.length > 320 || password.length > 200) return null;
        // A device token may come from the cookie or from sign-up (which has just minted one); both are signed.
        const deviceId = await trustedDeviceId(email, typeof creds?.device === "string" ? creds.device : undefined);
        const result = await authenticate(db(), { email, password, address: await clientAddress(), deviceId }, new Date(), signInLimits());
        if (result.ok) {
          await rememberDevice(email, deviceId);
          return result.user;
        }
        if (result.reason === "locked") throw new TooManyAttempts();
        return null;
      },
    }),
  ],
});

/**
 * Who the request's session cookie says is signed in: the user id and server-side session id, as
 * `auth()` would give them (same cookie, chosen by scheme as Auth.js does: the Secure one over
 * https), without auth()'s full session round (it also encodes a fresh token on every call, which
 * pages and actions cannot send anyway) and with the decoded token kept per process
 * (lib/auth/session-token.ts). lib/auth/session.ts checks the session row itself.
 */
export async function sessionClaims(): Promise<{ uid: string; sid: string } | null> {
  const secret = authSecret();
  if (!secret) return null;
  const [h, jar] = await Promise.all([headers(), cookies()]);
  const name = usesSecureCookies(h) ? SESSION_COOKIES.secure : SESSION_COOKIES.plain;
  const value = sessionCookieValue(jar.getAll(), name);
  const claims = value ? await decodeSessionToken(value, name, secret) : null;
  const uid = claims?.uid, sid = claims?.sid;
  return typeof uid === "string" && uid && typeof sid === "string" && sid ? { uid, sid } : null;
}
