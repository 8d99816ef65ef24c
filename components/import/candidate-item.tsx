"use client";

import { useState } from "react";
import { OcrMarks } from "./ocr-marks";
import type { CandidateDto } from "./types";
import { input } from "@/components/ui/styles";
import { CONTEXT_MAX } from "@/lib/notes/context";

const BADGE: Record<CandidateDto["status"], string> = {
  PENDING: "bg-slate-100 text-slate-700", APPROVED: "bg-emerald-100 text-emerald-800",
  REJECTED: "bg-red-100 text-red-800", PUBLISHED: "bg-indigo-100 text-indigo-800",
};

type Props = {
  c: CandidateDto; selected: boolean; checked: boolean; busy: boolean;
  onSelect: () => void; onCheck: (v: boolean) => void; onStatus: (s: "APPROVED" | "REJECTED") => void;
  onSave: (front: string, back: string, context: string) => void; // an empty context removes the line
  doubtful: ReadonlySet<string>; // words OCR was unsure of
};

export function CandidateItem({ c, selected, checked, busy, onSelect, onCheck, onStatus, onSave, doubtful }: Props) {
  const [editing, setEditing] = useState(false);
  const [front, setFront] = useState(c.front);
  const [back, setBack] = useState(c.back);
  const [context, setContext] = useState(c.context ?? "");
  return (
    <li data-testid="candidate" data-status={c.status} onClick={onSelect}
      className={`cursor-pointer space-y-2 p-3 ${selected ? "bg-indigo-50 dark:bg-indigo-950" : ""}`}>
      <div className="flex items-start gap-2">
        <input type="checkbox" checked={checked} disabled={c.status === "PUBLISHED"} aria-label={`Select: ${c.front}`}
          onChange={(e) => onCheck(e.target.checked)} onClick={(e) => e.stopPropagation()} className="mt-1" />
        <div className="min-w-0 flex-1 space-y-1">
          {editing ? (
            <div className="space-y-2" onClick={(e) => e.stopPropagation()}>
              <label className="block text-xs">Context line (optional, shown small above the question)<input value={context} onChange={(e) => setContext(e.target.value)} maxLength={CONTEXT_MAX} className={input} /></label>
              <label className="block text-xs">Front<textarea value={front} onChange={(e) => setFront(e.target.value)} rows={2} className={input} /></label>
              <label className="block text-xs">Back<textarea value={back} onChange={(e) => setBack(e.target.value)} rows={2} className={input} /></label>
              <div className="flex gap-2">
                <button type="button" disabled={busy} onClick={() => { onSave(front, back, context); setEditing(false); }} className="rounded bg-indigo-600 px-2 py-1 text-xs text-white">Save</button>
                <button type="button" onClick={() => setEditing(false)} className="rounded border px-2 py-1 text-xs">Cancel</button>
              </div>
            </div>
          ) : (
            <>
              {c.context && <p data-testid="candidate-context" className="text-xs text-slate-500 dark:text-slate-400">{c.context}</p>}
              <p className="font-medium"><OcrMarks text={c.front} doubtful={doubtful} /></p>
              <p className="text-sm text-slate-600 dark:text-slate-300"><OcrMarks text={c.back} doubtful={doubtful} /></p>
            </>
          )}
          <p className="flex flex-wrap gap-1 text-xs text-slate-600 dark:text-slate-400">
            <span className={`rounded px-1.5 ${BADGE[c.status]}`}>{c.status.toLowerCase()}{c.edited ? ", edited" : ""}</span>
            <span>{c.kind === "cloze" ? "cloze" : "Q&A"}</span>
            {/* The rule that made the card, unless it only repeats the kind ("cloze · cloze"). */}
            {c.rule !== c.kind && <span>· {c.rule}</span>}
            <span>· score {c.score.toFixed(2)}</span>
            {c.page && <span>· p. {c.page}</span>}
            {c.flags.map((f) => <span key={f} className="rounded bg-amber-100 px-1.5 text-amber-800">{f}</span>)}
          </p>
          {c.rankedFor && <p data-testid="ranked-for" className="truncate text-xs text-slate-600 dark:text-slate-400" title={`Ranked high for: ${c.rankedFor}`}>Ranked high for: {c.rankedFor}</p>}
          {c.rejectReason && (
            <p data-testid="likely-reject" className="text-xs text-amber-800 dark:text-amber-300">
              <span className="rounded bg-amber-100 px-1.5 font-medium dark:bg-amber-900">Likely needs work</span>{" "}
              <span className="sr-only">(the model predicts a strict instructor would reject this card: </span>{c.rejectReason}<span className="sr-only">)</span>
            </p>
          )}
        </div>
      </div>
      {c.status !== "PUBLISHED" && !editing && (
        <div className="flex gap-2 pl-6" onClick={(e) => e.stopPropagation()}>
          <button type="button" disabled={busy} onClick={() => onStatus("APPROVED")} className="rounded border border-emerald-300 px-2 py-0.5 text-xs text-emerald-800">Approve</button>
          <button type="button" disabled={busy} onClick={() => onStatus("REJECTED")} className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-800">Reject</button>
          <button type="button" onClick={() => setEditing(true)} className="rounded border px-2 py-0.5 text-xs">Edit</button>
        </div>
      )}
    </li>
  );
}
