"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(study)/settings/security/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, null);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" aria-label="Change password" noValidate>
      <FormMessage state={state} />
      <Field label="Current password" name="current" type="password" autoComplete="current-password" required errors={e?.current} />
      <Field label="New password" name="password" type="password" autoComplete="new-password" required errors={e?.password} hint="At least 10 characters. Other browsers signed in to your account are signed out." />
      <Field label="New password again" name="confirm" type="password" autoComplete="new-password" required errors={e?.confirm} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
