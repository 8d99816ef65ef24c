"use client";

import { useActionState } from "react";
import { joinClassAction } from "@/app/(study)/decks/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function JoinClassForm({ initialCode }: { initialCode?: string }) {
  const [state, action] = useActionState(joinClassAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Join a class">
      <FormMessage state={state} />
      <Field label="Class join code" name="code" placeholder="ABCD-2345" autoCapitalize="characters" defaultValue={initialCode}
        required errors={errors?.code} />
      <SubmitButton pendingText="Joining…">Join class</SubmitButton>
    </form>
  );
}
