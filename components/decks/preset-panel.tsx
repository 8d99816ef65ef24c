"use client";
// Which preset the deck uses, which decks share it, and the preset chores (Anki's preset menu).
import type { ActionState } from "@/lib/actions/state";
import { ActionForm } from "@/components/ui/action-form";
import { ActionButton } from "@/components/ui/action-button";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonSecondary, input, label } from "@/components/ui/styles";

type Action = (p: ActionState | null, f: FormData) => Promise<ActionState>;
export type PresetSummary = { id: string; name: string; decks: { id: string; title: string }[] };

export function PresetPanel({ current, presets, deckId, choose, create, rename, remove, optimizeAll }: {
  current: PresetSummary; presets: PresetSummary[]; deckId: string;
  choose: Action; create: Action; rename: Action; remove: () => Promise<ActionState>; optimizeAll: () => Promise<ActionState>;
}) {
  const others = current.decks.filter((d) => d.id !== deckId);
  return (
    <div className="space-y-3 text-sm" data-testid="preset-panel">
      <ActionForm action={choose} className="flex flex-wrap items-end gap-2" label="Choose preset">
        <div className="flex flex-col gap-1">
          <label htmlFor="presetId" className={label}>Options preset</label>
          <select id="presetId" name="presetId" defaultValue={current.id} className={`${input} !w-56`}>
            {presets.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.decks.length} deck{p.decks.length === 1 ? "" : "s"})</option>)}
          </select>
        </div>
        <SubmitButton>Use preset</SubmitButton>
      </ActionForm>
      <p className="text-slate-600 dark:text-slate-300" data-testid="preset-sharing">
        {others.length === 0 ? "Only this deck uses this preset." : <>Shared with: {others.map((d) => d.title).join(", ")}. Saving the settings below changes them too.</>}
      </p>
      <details>
        <summary className="cursor-pointer">New, rename or delete preset</summary>
        <div className="mt-2 space-y-3">
          <ActionForm action={create} className="flex flex-wrap items-end gap-2" label="New preset">
            <div className="flex flex-col gap-1">
              <label htmlFor="new-preset-name" className={label}>New preset from these settings</label>
              <input id="new-preset-name" name="name" required maxLength={80} className={`${input} !w-56`} />
            </div>
            <SubmitButton>Create</SubmitButton>
          </ActionForm>
          <ActionForm action={rename} className="flex flex-wrap items-end gap-2" label="Rename preset">
            <div className="flex flex-col gap-1">
              <label htmlFor="rename-preset" className={label}>Rename &ldquo;{current.name}&rdquo;</label>
              <input id="rename-preset" name="name" required maxLength={80} defaultValue={current.name} className={`${input} !w-56`} />
            </div>
            <SubmitButton>Rename</SubmitButton>
          </ActionForm>
          <ActionButton action={remove} className={buttonSecondary}
            confirm={`Delete preset "${current.name}"? Its decks move to your oldest other preset and take its options.`}>
            Delete this preset
          </ActionButton>
        </div>
      </details>
      <ActionButton action={optimizeAll} className={buttonSecondary}>Optimize all presets</ActionButton>
    </div>
  );
}
