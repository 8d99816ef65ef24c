"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { FormMessage } from "@/components/ui/form-message";
import { buttonDanger } from "@/components/ui/styles";

export function DeleteNoteForm({ action }: { action: (p: ActionState | null, f: FormData) => Promise<ActionState> }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-2 text-sm" aria-label="Delete note">
      <FormMessage state={state} />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Students&apos; review history for this note</legend>
        <label className="flex items-center gap-2"><input type="radio" name="reviews" value="keep" /> Keep it</label>
        <label className="flex items-center gap-2"><input type="radio" name="reviews" value="remove" /> Remove it</label>
      </fieldset>
      <button type="submit" className={buttonDanger}>Delete note</button>
    </form>
  );
}
