"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonDanger } from "@/components/ui/styles";

export function DeleteDeckForm({ action, title, impact }: {
  action: (p: ActionState | null, f: FormData) => Promise<ActionState>; title: string;
  impact: { notes: number; students: number; reviews: number };
}) {
  const [state, formAction] = useActionState(action, null);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label="Delete deck">
      <FormMessage state={state} />
      <p className="text-sm">
        This deletes {impact.notes} note(s). {impact.students} student(s) have studied it, with {impact.reviews} review(s) in total.
      </p>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="font-medium">Students&apos; review history</legend>
        <label className="flex items-center gap-2"><input type="radio" name="reviews" value="keep" /> Keep it (their stats and streaks stay as they are)</label>
        <label className="flex items-center gap-2"><input type="radio" name="reviews" value="remove" /> Remove it too</label>
        {e?.reviews && <p className="text-red-600">{e.reviews.join(" ")}</p>}
      </fieldset>
      <Field label={`Type "${title}" to confirm`} name="confirm" autoComplete="off" errors={e?.confirm} />
      <button type="submit" className={buttonDanger}>Delete deck</button>
    </form>
  );
}
