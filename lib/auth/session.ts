import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { sessionClaims } from "@/auth";
import { sessionUser } from "./sessions";

export type Viewer = {
  id: string;
  email: string;
  name: string;
  role: "STUDENT" | "INSTRUCTOR";
  timeZone: string;
  dayStartHour: number;
};

/**
 * The signed-in user and session, re-read from the database once per request (one statement). A
 * token whose server-side session was ended (sign out everywhere, password change) or whose account
 * is gone is signed out; so is a token from before server-side sessions (no session id).
 */
const signedIn = cache(async (): Promise<{ user: Viewer; sid: string } | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  const user = await sessionUser(claims.uid, claims.sid, new Date());
  return user ? { user, sid: claims.sid } : null;
});

/** The id of the server-side session this request is signed in with, if it still exists. */
export async function currentSessionId(): Promise<string | null> {
  return (await signedIn())?.sid ?? null;
}

/** The signed-in user, or null. */
export async function currentUser(): Promise<Viewer | null> {
  return (await signedIn())?.user ?? null;
}

export async function requireUser(): Promise<Viewer> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

export async function requireInstructor(): Promise<Viewer> {
  const user = await requireUser();
  if (user.role !== "INSTRUCTOR") redirect("/today?denied=instructor");
  return user;
}

export function homeFor(user: { role: string }): string {
  return user.role === "INSTRUCTOR" ? "/classes" : "/today";
}
