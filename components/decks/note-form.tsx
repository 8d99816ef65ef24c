"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { input, label } from "@/components/ui/styles";
import { ImageUpload } from "./image-upload";
import { CONTEXT_MAX } from "@/lib/notes/context";

type Values = { kind: string; context?: string; front: string; back: string; tags: string };
const HELP: Record<string, string> = {
  BASIC: "One card: front → back.",
  REVERSED: "Two cards: front → back and back → front.",
  CLOZE: "Wrap answers like {{c1::Stalingrad}}; use c2, c3… for separate cards, {{c1::answer::hint}} for a hint.",
};

export function NoteForm({ action, initial, submitLabel, resetOnSuccess = false, deckId }: {
  action: (prev: ActionState | null, form: FormData) => Promise<ActionState>;
  initial?: Values; submitLabel: string; resetOnSuccess?: boolean;
  deckId?: string; // the author's deck: offers image upload into its media
}) {
  const front = useRef<HTMLTextAreaElement>(null);
  const back = useRef<HTMLTextAreaElement>(null);
  const [state, formAction] = useActionState(action, null);
  const values = (state && !state.ok ? state.values : undefined) ?? (resetOnSuccess ? undefined : initial);
  // The select is uncontrolled: React resets a form to its defaults after every action, so the
  // label state follows whatever the reset (or the user) put there.
  const defaultKind = values?.kind ?? initial?.kind ?? "BASIC";
  const [kind, setKind] = useState(defaultKind);
  useEffect(() => setKind(defaultKind), [state, defaultKind]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label={submitLabel}>
      <FormMessage state={state} />
      <div className="flex flex-col gap-1">
        <label htmlFor="note-kind" className={label}>Card type</label>
        <select id="note-kind" name="kind" key={defaultKind} defaultValue={defaultKind} onChange={(e) => setKind(e.target.value)} className={input} aria-describedby="note-kind-help">
          <option value="BASIC">Basic</option>
          <option value="REVERSED">Basic and reversed</option>
          <option value="CLOZE">Cloze deletion</option>
        </select>
        <p id="note-kind-help" className="text-xs text-slate-500">{HELP[kind]}</p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="note-context" className={label}>Context line (optional)</label>
        <input id="note-context" name="context" defaultValue={values?.context} maxLength={CONTEXT_MAX} className={input} aria-describedby="note-context-help"
          aria-invalid={errors?.context ? true : undefined} />
        <p id="note-context-help" className="text-xs text-slate-500">Shown in small type above the question on both sides, e.g. &ldquo;Solon&rsquo;s reforms, Athens, 594 BC&rdquo;.</p>
        {errors?.context && <p className="text-sm text-red-600">{errors.context.join(" ")}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="note-front" className={label}>{kind === "CLOZE" ? "Text" : "Front"}</label>
        <textarea ref={front} id="note-front" name="front" rows={3} required defaultValue={values?.front}
          aria-invalid={errors?.front ? true : undefined} aria-describedby={errors?.front ? "note-front-error" : undefined} className={input} />
        {errors?.front && <p id="note-front-error" className="text-sm text-red-600">{errors.front.join(" ")}</p>}
        {deckId && <ImageUpload deckId={deckId} target={() => front.current} label={`Add image to the ${kind === "CLOZE" ? "text" : "front"}`} />}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="note-back" className={label}>{kind === "CLOZE" ? "Extra (optional)" : "Back"}</label>
        <textarea ref={back} id="note-back" name="back" rows={2} defaultValue={values?.back} className={input}
          aria-invalid={errors?.back ? true : undefined} />
        {errors?.back && <p className="text-sm text-red-600">{errors.back.join(" ")}</p>}
        {deckId && <ImageUpload deckId={deckId} target={() => back.current} label={`Add image to the ${kind === "CLOZE" ? "extra" : "back"}`} />}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="note-tags" className={label}>Tags (optional, separated by spaces)</label>
        <input id="note-tags" name="tags" defaultValue={values?.tags} className={input} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
