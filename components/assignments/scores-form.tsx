"use client";

import type { ActionState } from "@/lib/actions/state";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { input, label } from "@/components/ui/styles";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

/** Exam scores typed as "email,score" lines, or imported from a CSV file with those two columns. */
export function ScoresForm({ action }: { action: Action }) {
  return (
    <ActionForm action={action} label="Enter exam scores">
      <div className="flex flex-col gap-1">
        <label htmlFor="scores-input" className={label}>Scores, one student per line: email, score in %</label>
        <textarea id="scores-input" name="scores" rows={4} className={`${input} font-mono text-sm`} placeholder={"ada@example.edu, 86\nalan@example.edu, 72"} aria-describedby="scores-hint" />
        <p id="scores-hint" className="text-xs text-slate-500">Nothing is saved unless every line is right. Entering a student again replaces their score.</p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="scores-file" className={label}>…or import a CSV file (email, score)</label>
        <input id="scores-file" name="file" type="file" accept=".csv,text/csv,text/plain" className="text-sm" />
      </div>
      <div><SubmitButton>Save scores</SubmitButton></div>
    </ActionForm>
  );
}
