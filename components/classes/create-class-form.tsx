"use client";

import { useActionState } from "react";
import { createClassAction } from "@/app/(teach)/classes/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateClassForm() {
  const [state, action] = useActionState(createClassAction, null);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Create a class">
      <FormMessage state={state} />
      <Field label="Class name" name="name" required maxLength={120} defaultValue={state && !state.ok ? state.values?.name : undefined} errors={e?.name} />
      <SubmitButton pendingText="Creating…">Create class</SubmitButton>
    </form>
  );
}
