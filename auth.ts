import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { authConfig } from "./auth.config";
import { authenticate } from "@/lib/auth/accounts";
import { db } from "@/lib/db";

/** Thrown when sign-in is refused because of too many failures; `code` reaches the sign-in form. */
export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

async function clientIp(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // Wrong passwords are expected; don't print a stack trace for each one.
  logger: { error: (e) => { if (e instanceof CredentialsSignin) return; console.error(e); } },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(creds) {
        const email = typeof creds?.email === "string" ? creds.email : "";
        const password = typeof creds?.password === "string" ? creds.password : "";
        if (!email || !password || email.length > 320 || password.length > 200) return null;
        const result = await authenticate(db(), { email, password, ip: await clientIp() }, new Date());
        if (result.ok) return result.user;
        if (result.reason === "locked") throw new TooManyAttempts();
        return null;
      },
    }),
  ],
});
