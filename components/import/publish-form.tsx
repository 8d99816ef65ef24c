"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { input } from "@/components/ui/styles";

export function PublishForm({ action, decks, approved, suggestedTitle }: {
  action: (p: ActionState | null, f: FormData) => Promise<ActionState>; decks: { id: string; title: string }[]; approved: number; suggestedTitle: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const [deckId, setDeckId] = useState(decks[0]?.id ?? "__new");
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" aria-label="Publish approved cards">
      <div className="w-full"><FormMessage state={state} /></div>
      <div className="flex flex-col text-sm">
        <label htmlFor="publish-deck">Deck</label>
        <select id="publish-deck" name="deckId" value={deckId} onChange={(e) => setDeckId(e.target.value)} className={input}>
          {decks.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
          <option value="__new">New deck…</option>
        </select>
      </div>
      {deckId === "__new" && (
        <div className="flex flex-col text-sm">
          <label htmlFor="publish-new-title">New deck title</label>
          <input id="publish-new-title" name="newDeckTitle" defaultValue={suggestedTitle} className={input} />
        </div>
      )}
      <SubmitButton disabled={approved === 0}>Publish {approved} approved card(s)</SubmitButton>
    </form>
  );
}
