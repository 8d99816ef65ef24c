"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signOut } from "@/auth";
import { currentSessionId, requireUser } from "@/lib/auth/session";
import { changePassword } from "@/lib/auth/change-password";
import { clientAddress, trustedDeviceId } from "@/lib/auth/request-context";
import { endOtherSessions, endSession } from "@/lib/auth/sessions";
import { signInLimits } from "@/lib/env";
import { db } from "@/lib/db";
import { invalid, type ActionState } from "@/lib/actions/state";

const changeSchema = z.object({
  current: z.string().min(1, "Enter your current password.").max(200),
  password: z.string().min(1, "Choose a new password.").max(200, "Use at most 200 characters."),
  confirm: z.string().max(200),
}).refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two new passwords differ." });

export async function changePasswordAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const sessionId = await currentSessionId();
  const parsed = changeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  if (!sessionId) return { ok: false, message: "Your session has ended. Sign in again." };
  const result = await changePassword(db(), user, {
    current: parsed.data.current, next: parsed.data.password, sessionId,
    address: await clientAddress(), deviceId: await trustedDeviceId(user.email),
  }, new Date(), signInLimits());
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: { [result.field]: [result.message] } };
  revalidatePath("/settings/security");
  const others = result.endedSessions === 1 ? "1 other session was" : `${result.endedSessions} other sessions were`;
  return { ok: true, message: `Password changed. ${others} signed out.` };
}

export async function endSessionAction(sessionId: string): Promise<ActionState> {
  const user = await requireUser();
  if (sessionId === (await currentSessionId())) return { ok: false, message: "That is this browser: use Sign out instead." };
  const ended = await endSession(db(), user.id, sessionId);
  revalidatePath("/settings/security");
  return ended ? { ok: true, message: "Session ended." } : { ok: false, message: "That session had already ended." };
}

/** Ends every session of the user, this one included, and returns to the sign-in page. */
export async function signOutEverywhereAction(): Promise<ActionState> {
  const user = await requireUser();
  await endOtherSessions(db(), user.id, null);
  await signOut({ redirectTo: "/login" });
  return { ok: true };
}
