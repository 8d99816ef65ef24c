"use client";

import { useRef, useState } from "react";
import { button, buttonSecondary, label } from "@/components/ui/styles";

type Counts = { decks: number; notetypes: number; notes: number; cards: number; media: number; reviews: number; skipped: string[] };
type Summary = Counts & { notesAdded: number; notesUpdated: number; notesUnchanged: number; reviewsAdded: number };
type Reply = { ok: boolean; message?: string; preview?: Counts; summary?: Summary };

// Upload with XMLHttpRequest for its upload progress events (fetch has none).
function post(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<Reply> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Reply);
      } catch {
        resolve({ ok: false, message: "The import failed; nothing was changed." });
      }
    };
    xhr.onerror = () => resolve({ ok: false, message: "The upload failed; check your connection." });
    xhr.send(form);
  });
}

export function AnkiImportForm({ deckId, deckTitle }: { deckId: string; deckTitle: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState<null | "preview" | "import">(null);
  const [progress, setProgress] = useState(0);
  const [reply, setReply] = useState<Reply | null>(null);
  const [preview, setPreview] = useState<Counts | null>(null);

  async function run(step: "preview" | "import") {
    const form = new FormData(formRef.current!);
    form.set("step", step);
    setBusy(step);
    setProgress(0);
    const r = await post(`/decks/${deckId}/import/anki`, form, setProgress);
    setBusy(null);
    setReply(r);
    if (step === "preview") setPreview(r.ok ? r.preview ?? null : null);
  }

  return (
    <form ref={formRef} className="flex flex-col gap-3" aria-label="Import an Anki package" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="anki-file" className={label}>Anki package (.apkg or .colpkg)</label>
      <input id="anki-file" name="file" type="file" accept=".apkg,.colpkg" className="text-sm" onChange={() => { setPreview(null); setReply(null); }} />
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className={label}>Where the notes go</legend>
        <label><input type="radio" name="target" value="deck" defaultChecked /> Into “{deckTitle}”</label>
        <label><input type="radio" name="target" value="package" /> Into the package’s own decks (created as needed)</label>
      </fieldset>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className={label}>Notes you imported before</legend>
        <label><input type="radio" name="policy" value="keep-newer" defaultChecked /> Update them when the package’s version is newer</label>
        <label><input type="radio" name="policy" value="keep-mine" /> Keep mine</label>
      </fieldset>
      {busy && (
        <div aria-live="polite" className="space-y-1 text-sm">
          <progress max={1} value={progress < 1 ? progress : undefined} className="w-full" aria-label="Upload progress" />
          <p>{progress < 1 ? `Uploading… ${Math.round(progress * 100)} %` : busy === "preview" ? "Reading the package…" : "Importing…"}</p>
        </div>
      )}
      {reply && !reply.ok && <p role="alert" data-testid="anki-message" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{reply.message}</p>}
      {preview && !reply?.summary && <CountsTable title="In this package" counts={preview} />}
      {reply?.summary && (
        <div role="status" data-testid="anki-summary" className="space-y-2 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <p>Imported: {reply.summary.notesAdded} new note(s), {reply.summary.notesUpdated} updated, {reply.summary.notesUnchanged} unchanged; {reply.summary.reviewsAdded} review(s) added; {reply.summary.media} media file(s).</p>
          <Skipped list={reply.summary.skipped} />
        </div>
      )}
      <div className="flex gap-2">
        <button type="button" className={buttonSecondary} disabled={!!busy} onClick={() => run("preview")}>Preview</button>
        <button type="button" className={button} disabled={!!busy || !preview} onClick={() => run("import")}>Import</button>
      </div>
    </form>
  );
}

function CountsTable({ title, counts }: { title: string; counts: Counts }) {
  const rows: [string, number][] = [["Decks", counts.decks], ["Note types", counts.notetypes], ["Notes", counts.notes], ["Cards", counts.cards], ["Media files", counts.media], ["Reviews", counts.reviews]];
  return (
    <div data-testid="anki-preview" className="text-sm">
      <p className="font-medium">{title}</p>
      <table className="mt-1"><tbody>{rows.map(([k, v]) => <tr key={k}><th scope="row" className="pr-4 text-left font-normal">{k}</th><td>{v}</td></tr>)}</tbody></table>
      <Skipped list={counts.skipped} />
    </div>
  );
}

function Skipped({ list }: { list: string[] }) {
  if (!list.length) return null;
  return <details><summary>{list.length} item(s) skipped or renamed</summary><ul className="list-disc pl-5">{list.slice(0, 100).map((s) => <li key={s}>{s}</li>)}</ul></details>;
}
