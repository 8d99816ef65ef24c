"use client";

import { useActionState, useState } from "react";
import type { CsvImportState } from "@/app/(study)/decks/[deckId]/import/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { input, label } from "@/components/ui/styles";

export function CsvImportForm({ action }: { action: (p: CsvImportState | null, f: FormData) => Promise<CsvImportState> }) {
  const [state, formAction] = useActionState(action, null);
  const [quizlet, setQuizlet] = useState(false);
  return (
    <div className="space-y-4">
      {state?.message && (
        <p role="alert" data-testid="form-message" className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700"}`}>{state.message}</p>
      )}
      {state?.csv && state.total ? (
        <form action={formAction} className="space-y-3" aria-label="Confirm import">
          <input type="hidden" name="step" value="import" />
          <input type="hidden" name="csv" value={state.csv} />
          {state.quizlet && (
            <>
              <input type="hidden" name="format" value="quizlet" />
              <input type="hidden" name="termSeparator" value={state.quizlet.term} />
              <input type="hidden" name="rowSeparator" value={state.quizlet.row} />
            </>
          )}
          <Preview state={state} />
          <SubmitButton pendingText="Importing…">Import {state.total} card(s)</SubmitButton>
        </form>
      ) : (
        <form action={formAction} className="flex flex-col gap-3" aria-label="Preview import">
          <input type="hidden" name="step" value="preview" />
          <label htmlFor="csv-file" className={label}>CSV or tab-separated file</label>
          <input id="csv-file" name="file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" className="text-sm" />
          <label htmlFor="csv-text" className={label}>…or paste rows (front, back, tags, type)</label>
          <textarea id="csv-text" name="text" rows={6} className={input} placeholder={"front,back,tags\nCapital of Peru?,Lima,geo"} />
          <fieldset className="flex flex-col gap-2 text-sm">
            <legend className={label}>Format</legend>
            <label className="flex items-center gap-2"><input type="radio" name="format" value="auto" defaultChecked onChange={() => setQuizlet(false)} /> CSV, tab-separated or Anki text (detected)</label>
            <label className="flex items-center gap-2"><input type="radio" name="format" value="quizlet" onChange={() => setQuizlet(true)} /> Quizlet export with my separators</label>
            {quizlet && (
              <div className="grid grid-cols-2 gap-3 pl-6">
                <label className="flex flex-col gap-1"><span className={label}>Between term and definition</span>
                  <input name="termSeparator" defaultValue="\t" className={input} aria-describedby="sep-help" /></label>
                <label className="flex flex-col gap-1"><span className={label}>Between rows</span>
                  <input name="rowSeparator" defaultValue="\n" className={input} aria-describedby="sep-help" /></label>
                <p id="sep-help" className="col-span-2 text-xs text-slate-500">As chosen in Quizlet&apos;s export: <code>{"\\t"}</code> is a tab, <code>{"\\n"}</code> a new line; anything else is taken as typed (e.g. &quot; - &quot; or ;).</p>
              </div>
            )}
          </fieldset>
          <SubmitButton pendingText="Reading…">Preview</SubmitButton>
        </form>
      )}
      {state?.errors?.length ? (
        <div>
          <h2 className="font-medium">Lines that will be skipped</h2>
          <ul className="list-disc pl-5 text-sm text-red-700" data-testid="import-errors">{state.errors.map((e) => <li key={e.line + e.message}>{e.message}</li>)}</ul>
        </div>
      ) : null}
    </div>
  );
}

function Preview({ state }: { state: CsvImportState }) {
  return (
    <table className="w-full text-left text-sm" data-testid="import-preview">
      <caption className="mb-1 text-left text-xs text-slate-500">First {state.preview?.length} of {state.total} row(s)</caption>
      <thead className="text-xs text-slate-500"><tr><th scope="col">Line</th><th scope="col">Type</th><th scope="col">Front</th><th scope="col">Back</th><th scope="col">Tags</th></tr></thead>
      <tbody>
        {state.preview?.map((r) => (
          <tr key={r.line} className="border-t border-slate-100 dark:border-slate-800">
            <td>{r.line}</td><td>{r.kind.toLowerCase()}</td><td className="max-w-xs truncate">{r.front}</td><td className="max-w-xs truncate">{r.back}</td><td>{r.tags.join(" ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
