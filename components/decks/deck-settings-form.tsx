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
  loadBalance: boolean; easyDays: number[];
};

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

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
      <label className="flex items-start gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="loadBalance" defaultChecked={deck.loadBalance} className="mt-1" />
        <span><span className="font-medium">Load balancing</span>: within each review&apos;s fuzz range, prefer the days with fewer reviews already due (as Anki 24.11).</span>
      </label>
      <fieldset className="sm:col-span-2" aria-describedby="easy-days-hint">
        <legend className={label}>Easy Days</legend>
        <p id="easy-days-hint" className="text-xs text-slate-500">Days with fewer reviews: reviews that may move (within their fuzz range) avoid reduced and minimum days.</p>
        <div className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {WEEKDAYS.map((day, i) => (
            <label key={day} className="flex flex-col text-xs">{day}
              <select name={`easyDay${i}`} defaultValue={String(deck.easyDays[i] ?? 1)} className={input}>
                <option value="1">Normal</option><option value="0.5">Reduced</option><option value="0">Minimum</option>
              </select>
            </label>
          ))}
        </div>
        {e?.easyDays && <p className="text-sm text-red-600">{e.easyDays.join(" ")}</p>}
      </fieldset>
      <div className="sm:col-span-2"><SubmitButton>Save settings</SubmitButton></div>
    </form>
  );
}
