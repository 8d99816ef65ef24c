"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { input, label } from "@/components/ui/styles";

export type DeckSettings = {
  title: string; description: string; desiredRetention: number; maximumInterval: number; learningSteps: string[];
  relearningSteps: string[]; newPerDay: number; reviewsPerDay: number; leechThreshold: number; leechAction: string;
};

export function DeckSettingsForm({ action, deck }: { action: (p: ActionState | null, f: FormData) => Promise<ActionState>; deck: DeckSettings }) {
  const [state, formAction] = useActionState(action, null);
  const e = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" aria-label="Deck settings">
      <div className="sm:col-span-2"><FormMessage state={state} /></div>
      <Field label="Title" name="title" defaultValue={deck.title} required errors={e?.title} />
      <Field label="Description" name="description" defaultValue={deck.description} errors={e?.description} />
      <Field label="Desired retention" name="desiredRetention" type="number" step="0.01" min="0.7" max="0.99" defaultValue={deck.desiredRetention}
        hint="Share of reviews you aim to remember (0.90 is FSRS's default). Higher means more reviews." errors={e?.desiredRetention} />
      <Field label="Maximum interval (days)" name="maximumInterval" type="number" min="1" max="36500" defaultValue={deck.maximumInterval} errors={e?.maximumInterval} />
      <Field label="Learning steps" name="learningSteps" defaultValue={deck.learningSteps.join(" ")} hint="e.g. 1m 10m" errors={e?.learningSteps} />
      <Field label="Relearning steps" name="relearningSteps" defaultValue={deck.relearningSteps.join(" ")} hint="e.g. 10m" errors={e?.relearningSteps} />
      <Field label="New cards per day" name="newPerDay" type="number" min="0" defaultValue={deck.newPerDay} errors={e?.newPerDay} />
      <Field label="Maximum reviews per day" name="reviewsPerDay" type="number" min="0" defaultValue={deck.reviewsPerDay} errors={e?.reviewsPerDay} />
      <Field label="Leech threshold (lapses)" name="leechThreshold" type="number" min="0" defaultValue={deck.leechThreshold} errors={e?.leechThreshold} />
      <div className="flex flex-col gap-1">
        <label htmlFor="leechAction" className={label}>When a card becomes a leech</label>
        <select id="leechAction" name="leechAction" defaultValue={deck.leechAction} className={input}>
          <option value="SUSPEND">Tag it and suspend it</option>
          <option value="TAG_ONLY">Only tag it</option>
        </select>
      </div>
      <div className="sm:col-span-2"><SubmitButton>Save settings</SubmitButton></div>
    </form>
  );
}
