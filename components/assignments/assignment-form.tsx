"use client";

import { useState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { input, label } from "@/components/ui/styles";

export type DeckOption = { id: string; title: string; chapters: { id: string; title: string }[]; tags: string[] };
export type AssignmentDefaults = {
  title: string; deckId: string; chapterIds: string[]; tags: string; startAt: string; dueAt: string; examAt: string; targetRecall: number; examAware: boolean;
};

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

/** Create or edit an assignment: deck (or some chapters/tags), start, due and optional exam date. */
export function AssignmentForm({ action, decks, defaults, submit }: { action: Action; decks: DeckOption[]; defaults: AssignmentDefaults; submit: string }) {
  const [deckId, setDeckId] = useState(defaults.deckId || decks[0]?.id || "");
  const deck = decks.find((d) => d.id === deckId);
  return (
    <ActionForm action={action} className="grid gap-3 sm:grid-cols-2" label={submit}>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="a-title" className={label}>Title</label>
        <input id="a-title" name="title" required maxLength={120} defaultValue={defaults.title} className={input} placeholder="Chapters 3–5 for the midterm" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="a-deck" className={label}>Deck</label>
        <select id="a-deck" name="deckId" value={deckId} onChange={(e) => setDeckId(e.target.value)} className={input}>
          {decks.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="a-tags" className={label}>Only notes tagged (optional)</label>
        <input id="a-tags" name="tags" defaultValue={defaults.tags} className={input} list="a-tag-list" aria-describedby="a-tags-hint" />
        <datalist id="a-tag-list">{deck?.tags.map((t) => <option key={t} value={t} />)}</datalist>
        <p id="a-tags-hint" className="text-xs text-slate-500">Comma-separated; empty = every note.</p>
      </div>
      {deck && deck.chapters.length > 0 && (
        <fieldset className="sm:col-span-2">
          <legend className={label}>Chapters (none ticked = the whole deck)</legend>
          <div className="mt-1 flex flex-wrap gap-3 text-sm">
            {deck.chapters.map((c) => (
              <label key={c.id} className="flex items-center gap-1">
                <input type="checkbox" name="chapterIds" value={c.id} defaultChecked={defaults.chapterIds.includes(c.id)} /> {c.title}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="a-start" className={label}>Start date</label>
        <input id="a-start" name="startAt" type="date" required defaultValue={defaults.startAt} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="a-due" className={label}>Introduce every card by</label>
        <input id="a-due" name="dueAt" type="date" required defaultValue={defaults.dueAt} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="a-exam" className={label}>Exam date (optional)</label>
        <input id="a-exam" name="examAt" type="date" defaultValue={defaults.examAt} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="a-target" className={label}>Target recall on exam day (%)</label>
        <input id="a-target" name="targetRecall" type="number" min={50} max={99} step={1} defaultValue={Math.round(defaults.targetRecall * 100)} className={input} />
      </div>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="examAware" defaultChecked={defaults.examAware} />
        Exam-aware scheduling: plan each student&apos;s reviews so recall on the exam day reaches the target with the fewest reviews
      </label>
      <div className="sm:col-span-2"><SubmitButton>{submit}</SubmitButton></div>
    </ActionForm>
  );
}
