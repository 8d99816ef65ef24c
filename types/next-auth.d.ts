import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "STUDENT" | "INSTRUCTOR" } & DefaultSession["user"];
    /** The server-side session (lib/auth/sessions.ts) this token belongs to. */
    sid?: string;
  }
}
