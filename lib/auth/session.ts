import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { db } from "@/lib/db";
import { checkSession } from "./sessions";

export type Viewer = {
  id: string;
  email: string;
  name: string;
  role: "STUDENT" | "INSTRUCTOR";
  timeZone: string;
  dayStartHour: number;
};

/** The id of the server-side session this request is signed in with, if it still exists. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sid = session?.sid;
  if (!id || !sid) return null; // tokens from before server-side sessions are signed out
  return (await checkSession(db(), id, sid, new Date())) ? sid : null;
});

/**
 * The signed-in user, re-read from the database once per request. A token whose server-side
 * session was ended (sign out everywhere, password change) or whose account is gone is signed out.
 */
export const currentUser = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !(await currentSessionId())) return null;
  return db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, timeZone: true, dayStartHour: true },
  });
});

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
