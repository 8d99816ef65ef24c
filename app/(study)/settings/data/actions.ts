"use server";

import { z } from "zod";
import { signOut } from "@/auth";
import { requireUser } from "@/lib/auth/session";
import { deleteMyAccount } from "@/lib/data/my-data";
import { attempt } from "@/lib/actions/run";
import { invalid, type ActionState } from "@/lib/actions/state";

const deleteSchema = z.object({
  password: z.string().min(1, "Enter your password.").max(200),
  confirm: z.literal("DELETE", { message: "Type DELETE to confirm." }),
});

export async function deleteAccountAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = deleteSchema.safeParse({ password: form.get("password") ?? "", confirm: form.get("confirm") ?? "" });
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await attempt(() => deleteMyAccount(user.id, parsed.data.password));
  if (!result.ok) return result;
  await signOut({ redirectTo: "/login" });
  return { ok: true };
}
