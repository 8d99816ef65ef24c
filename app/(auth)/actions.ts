"use server";

import { z } from "zod";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/auth";
import { createAccount } from "@/lib/auth/accounts";
import { mintDeviceToken } from "@/lib/auth/request-context";
import { db } from "@/lib/db";
import { echo, invalid, type ActionState } from "@/lib/actions/state";

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: z.string().trim().max(320).email("Enter a valid email address."),
  password: z.string().min(1, "Choose a password.").max(200, "Use at most 200 characters."),
  role: z.enum(["STUDENT", "INSTRUCTOR"], { message: "Choose student or instructor." }),
});

export async function signUpAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const values = echo(form, ["name", "email", "role"]);
  const parsed = signUpSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues, undefined, values);
  const result = await createAccount(db(), parsed.data);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: { [result.field]: [result.message] }, values };
  // The browser that created the account is trusted for it from the start, so a busy classroom
  // address (see lib/auth/signin-policy.ts) never refuses a brand-new account's first sign-in.
  const device = mintDeviceToken(result.user.email);
  return signInOrExplain({ email: result.user.email, password: parsed.data.password, device }, result.user.role === "INSTRUCTOR" ? "/classes" : "/today", values);
}

const signInSchema = z.object({
  email: z.string().trim().max(320).email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(200),
  callbackUrl: z.string().optional(),
});

export async function signInAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const values = echo(form, ["email"]);
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues, undefined, values);
  const target = safeRedirect(parsed.data.callbackUrl) ?? "/home";
  return signInOrExplain({ email: parsed.data.email, password: parsed.data.password }, target, values);
}

async function signInOrExplain(creds: { email: string; password: string; device?: string }, redirectTo: string, values: Record<string, string>): Promise<ActionState> {
  try {
    await signIn("credentials", { ...creds, redirectTo });
    return { ok: true };
  } catch (err) {
    if (err instanceof CredentialsSignin && err.code === "rate_limited") {
      return { ok: false, message: "Too many failed sign-ins. Wait a few minutes and try again. On a device you have signed in from before, the right password still works.", values };
    }
    if (err instanceof AuthError) return { ok: false, message: "Wrong email or password.", values };
    throw err; // NEXT_REDIRECT on success
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/**
 * Keeps only the path of a callbackUrl, so an attacker-supplied one cannot send users to another
 * site. (Auth.js puts an absolute URL there, whose host may be an alias of ours like localhost.)
 */
function safeRedirect(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, "http://x");
    const path = parsed.pathname + parsed.search;
    return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/api/") ? path : null;
  } catch {
    return null;
  }
}
