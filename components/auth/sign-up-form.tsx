"use client";

import { useActionState } from "react";
import Link from "next/link";
import { signUpAction } from "@/app/(auth)/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignUpForm() {
  const [state, action] = useActionState(signUpAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field label="Name" name="name" autoComplete="name" required defaultValue={values?.name} errors={errors?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values?.email} errors={errors?.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required
        hint="At least 10 characters." errors={errors?.password} />
      <fieldset className="flex flex-col gap-2" aria-describedby={errors?.role ? "role-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-200">I am a…</legend>
        <div className="grid grid-cols-2 gap-2">
          <RoleOption value="STUDENT" label="Student" description="Study decks, track progress" defaultChecked={values?.role !== "INSTRUCTOR"} />
          <RoleOption value="INSTRUCTOR" label="Instructor" description="Build decks, run classes" defaultChecked={values?.role === "INSTRUCTOR"} />
        </div>
        {errors?.role && <p id="role-error" className="text-sm text-red-600">{errors.role.join(" ")}</p>}
      </fieldset>
      <SubmitButton pendingText="Creating account…">Create account</SubmitButton>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Already have an account? <Link className="font-medium text-indigo-600 underline" href="/login">Sign in</Link>
      </p>
    </form>
  );
}

function RoleOption({ value, label, description, defaultChecked }: { value: string; label: string; description: string; defaultChecked?: boolean }) {
  return (
    <label className="flex cursor-pointer flex-col rounded-md border border-slate-300 p-3 has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50 dark:border-slate-600 dark:has-[:checked]:bg-indigo-950">
      <span className="flex items-center gap-2 font-medium">
        <input type="radio" name="role" value={value} defaultChecked={defaultChecked} className="accent-indigo-600" />
        {label}
      </span>
      <span className="text-xs text-slate-600 dark:text-slate-400">{description}</span>
    </label>
  );
}
