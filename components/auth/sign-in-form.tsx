"use client";

import { useActionState } from "react";
import Link from "next/link";
import { signInAction } from "@/app/(auth)/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signInAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values?.email} errors={errors?.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required errors={errors?.password} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      <p className="text-sm"><Link className="text-indigo-600 underline" href="/forgot">Forgot your password?</Link></p>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        New to Lectern? <Link className="font-medium text-indigo-600 underline" href="/signup">Create an account</Link>
      </p>
    </form>
  );
}
