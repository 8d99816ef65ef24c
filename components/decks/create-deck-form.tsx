"use client";

import { useActionState } from "react";
import { createDeckAction } from "@/app/(study)/decks/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateDeckForm() {
  const [state, action] = useActionState(createDeckAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Create a deck">
      <FormMessage state={state} />
      <Field label="Deck title" name="title" required maxLength={120} defaultValue={values?.title} errors={errors?.title} />
      <Field label="Description (optional)" name="description" maxLength={2000} defaultValue={values?.description} errors={errors?.description} />
      <SubmitButton pendingText="Creating…">Create deck</SubmitButton>
    </form>
  );
}
