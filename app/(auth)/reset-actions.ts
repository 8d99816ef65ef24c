"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestPasswordReset } from "@/lib/auth/forgot";
import { resetPassword } from "@/lib/auth/reset-tokens";
import { clientAddress } from "@/lib/auth/request-context";
import { db } from "@/lib/db";
import { appUrl, mailConfigured, sendMail } from "@/lib/mail";
import { echo, invalid, type ActionState } from "@/lib/actions/state";

const forgotSchema = z.object({ email: z.string().trim().max(320).email("Enter a valid email address.") });

const SENT = "If an account uses that address, we have sent it a link to choose a new password. It works once, for 24 hours.";

export async function forgotPasswordAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const values = echo(form, ["email"]);
  if (!mailConfigured()) return { ok: false, message: "This server cannot send email. Ask your instructor for a reset link.", values };
  const parsed = forgotSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues, undefined, values);
  const outcome = await requestPasswordReset(db(), { email: parsed.data.email, address: await clientAddress() }, new Date());
  if (outcome.status === "throttled") return { ok: false, message: "Too many reset requests. Try again in an hour, or ask your instructor.", values };
  const mail = outcome.mail;
  if (mail) {
    // After the response, so the answer takes as long for an unknown email as for a known one.
    after(() => sendMail({
      to: mail.to,
      subject: "Reset your Lectern password",
      text: `Someone (hopefully you) asked to reset the password of your Lectern account.\n\nChoose a new password here (the link works once, for 24 hours):\n${appUrl(`/reset/${mail.token}`)}\n\nIf it wasn't you, ignore this email: your password stays as it is.`,
    }).catch((err) => console.error("reset mail failed", err)));
  }
  return { ok: true, message: SENT };
}

const resetSchema = z.object({
  password: z.string().min(1, "Choose a new password.").max(200, "Use at most 200 characters."),
  confirm: z.string().max(200),
}).refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

export async function resetPasswordAction(token: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const parsed = resetSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await resetPassword(db(), token, parsed.data.password, new Date());
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.field === "password" ? { password: [result.message] } : undefined };
  redirect("/login?reset=1");
}
