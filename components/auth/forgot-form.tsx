"use client";

import { useActionState } from "react";
import { forgotPasswordAction } from "@/app/(auth)/reset-actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotForm() {
  const [state, action] = useActionState(forgotPasswordAction, null);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state && !state.ok ? state.values?.email : undefined} errors={e?.email} />
      <SubmitButton pendingText="Sending…">Email me a reset link</SubmitButton>
    </form>
  );
}
