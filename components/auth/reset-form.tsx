"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ResetForm({ action }: { action: (prev: ActionState | null, form: FormData) => Promise<ActionState> }) {
  const [state, formAction] = useActionState(action, null);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field label="New password" name="password" type="password" autoComplete="new-password" required errors={e?.password} hint="At least 10 characters. Every browser signed in to your account is signed out." />
      <Field label="New password again" name="confirm" type="password" autoComplete="new-password" required errors={e?.confirm} />
      <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
    </form>
  );
}
