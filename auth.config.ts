// Edge-safe part of the Auth.js config, shared by proxy.ts (no database or argon2 imports here).
import type { NextAuthConfig } from "next-auth";

const STUDY = ["/today", "/decks", "/stats", "/review", "/settings", "/join"];
const TEACH = ["/classes", "/import"];

/** App pages that need a signed-in user (the proxy sends others to /login). */
export function needsSignIn(path: string): boolean {
  return [...STUDY, ...TEACH].some((p) => path === p || path.startsWith(p + "/"));
}

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid ?? "");
        (session.user as { role?: string }).role = String(token.role ?? "STUDENT");
      }
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
} satisfies NextAuthConfig;
