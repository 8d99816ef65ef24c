"use client";

import { useActionState, useState, type FormEvent } from "react";
import { importSourceAction } from "@/app/(teach)/import/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { input, label } from "@/components/ui/styles";
import { META_MAX } from "@/lib/import/metadata/clean";

export function UploadForm({ maxMb }: { maxMb: number }) {
  const [state, action] = useActionState(importSourceAction, null);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const fileErrors = tooBig ? [tooBig] : state && !state.ok ? state.fieldErrors?.file : undefined;
  const e: Record<string, string[] | undefined> = { ...(state && !state.ok ? state.fieldErrors : undefined), file: fileErrors };
  // The server refuses bodies over its limit before reading them (413); saying so here is kinder
  // than uploading 50 MB to learn it.
  function checkSize(ev: FormEvent<HTMLFormElement>) {
    const file = (ev.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > maxMb * 1024 * 1024) {
      ev.preventDefault();
      setTooBig(`That file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxMb} MB. Split it into chapters and import them one by one.`);
    } else setTooBig(null);
  }
  return (
    <form action={action} onSubmit={checkSize} className="flex flex-col gap-4" aria-label="Import a chapter">
      <FormMessage state={state} />
      <Field label="Title (optional)" name="title" maxLength={200} defaultValue={state && !state.ok ? state.values?.title : undefined} errors={e.title} />
      <Field label="Author (optional)" name="author" maxLength={META_MAX} defaultValue={state && !state.ok ? state.values?.author : undefined} errors={e.author}
        hint="Left empty, it is taken from the file when the file names one (EPUB, Word, PDF, web page, or a “by …” line under a text's title); you can change it on the import's page." />
      <div className="flex flex-col gap-1">
        <label htmlFor="file" className={label}>Book or chapter file</label>
        <input id="file" name="file" type="file" accept=".pdf,.epub,.docx,.html,.htm,.jpg,.jpeg,.png,.md,.markdown,.txt,application/pdf,application/epub+zip,text/html,image/jpeg,image/png,text/plain,text/markdown" className="text-sm"
          aria-describedby={e?.file ? "file-error file-hint" : "file-hint"} aria-invalid={e?.file ? true : undefined} />
        <p id="file-hint" className="text-xs text-slate-500">PDF (with text or scanned), EPUB, Word (.docx), a saved web page, a photo of a page (JPEG, PNG), Markdown or plain text; up to {maxMb} MB. Footnotes, page numbers and running heads are sorted out.</p>
        {e?.file && <p id="file-error" className="text-sm text-red-600">{e.file.join(" ")}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="text" className={label}>…or paste the text</label>
        <textarea id="text" name="text" rows={6} className={input} />
      </div>
      <SubmitButton pendingText="Uploading…">Import and generate cards</SubmitButton>
    </form>
  );
}
