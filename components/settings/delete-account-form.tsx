"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/app/(study)/settings/data/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, null);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Delete account">
      <FormMessage state={state} />
      <Field label="Your password" name="password" type="password" autoComplete="current-password" required errors={e?.password} />
      <Field label="Type DELETE to confirm" name="confirm" required errors={e?.confirm} />
      <SubmitButton>Delete my account</SubmitButton>
    </form>
  );
}
