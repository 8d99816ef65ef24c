"use server";

import { z } from "zod";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/auth";
import { createAccount } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { invalid, type ActionState } from "@/lib/actions/state";

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: z.string().trim().max(320).email("Enter a valid email address."),
  password: z.string().min(1, "Choose a password.").max(200, "Use at most 200 characters."),
  role: z.enum(["STUDENT", "INSTRUCTOR"], { message: "Choose student or instructor." }),
});

export async function signUpAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await createAccount(db(), parsed.data);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: { [result.field]: [result.message] } };
  return signInOrExplain(parsed.data.email, parsed.data.password, result.user.role === "INSTRUCTOR" ? "/classes" : "/today");
}

const signInSchema = z.object({
  email: z.string().trim().max(320).email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(200),
  callbackUrl: z.string().optional(),
});

export async function signInAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  const target = safeRedirect(parsed.data.callbackUrl) ?? "/home";
  return signInOrExplain(parsed.data.email, parsed.data.password, target);
}

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<ActionState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return { ok: true };
  } catch (err) {
    if (err instanceof CredentialsSignin && err.code === "rate_limited") {
      return { ok: false, message: "Too many failed sign-ins. Wait 15 minutes and try again, or check your email address." };
    }
    if (err instanceof AuthError) return { ok: false, message: "Wrong email or password." };
    throw err; // NEXT_REDIRECT on success
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Only same-site paths: an attacker-supplied callbackUrl must not send users elsewhere. */
function safeRedirect(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, "http://x");
    if (parsed.origin !== "http://x") return null;
    return parsed.pathname + parsed.search;
  } catch {
    return null;
  }
}
