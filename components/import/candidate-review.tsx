"use client";

import { useMemo, useState, useTransition } from "react";
import { editCandidateAction, setCandidatesStatusAction } from "@/app/(teach)/import/actions";
import type { ActionState } from "@/lib/actions/state";
import type { CandidateDto, SourceSentence } from "./types";
import { CandidateItem } from "./candidate-item";
import { SourcePanel } from "./source-panel";
import { doubtfulWords } from "./ocr-marks";
import { ReviewViewControls } from "./review-view-controls";
import type { ReviewView } from "@/lib/card-review";

const FILTERS = ["ALL", "PENDING", "APPROVED", "REJECTED", "PUBLISHED"] as const;

type Props = {
  candidates: CandidateDto[]; sentences: SourceSentence[]; chapterPath: string; lowConfidence?: string[];
  view: ReviewView; hidden: number; // the list's order and filter (from the URL), and how many likely rejects it hides
};

export function CandidateReview({ candidates, sentences, chapterPath, lowConfidence = [], view, hidden }: Props) {
  const doubtful = useMemo(() => doubtfulWords(lowConfidence), [lowConfidence]);
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>("ALL");
  const [selected, setSelected] = useState<string | null>(candidates[0]?.id ?? null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<ActionState | null>(null);
  const [busy, start] = useTransition();
  const visible = useMemo(() => candidates.filter((c) => filter === "ALL" || c.status === filter), [candidates, filter]);
  const current = candidates.find((c) => c.id === selected);
  // Bulk actions act on selected cards that are in the list: a card hidden as a likely reject after
  // it was ticked is not approved or rejected with the others.
  const selectedShown = useMemo(() => candidates.filter((c) => checked.has(c.id)).map((c) => c.id), [candidates, checked]);

  const run = (fn: () => Promise<ActionState>) => start(async () => {
    const r = await fn();
    setMessage(r);
    if (r.ok) setChecked(new Set());
  });
  const setStatus = (ids: string[], status: "APPROVED" | "REJECTED" | "PENDING") => run(() => setCandidatesStatusAction(chapterPath, ids, status));

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-label="Suggested cards" className="min-w-0 space-y-3">
        <ReviewViewControls view={view} hidden={hidden} />
        <div className="flex flex-wrap items-center gap-2" role="tablist" aria-label="Filter by status">
          {FILTERS.map((f) => (
            <button key={f} type="button" role="tab" aria-selected={filter === f} onClick={() => setFilter(f)}
              className="rounded-full border px-3 py-1 text-xs aria-selected:bg-indigo-600 aria-selected:text-white">
              {f.toLowerCase()} ({f === "ALL" ? candidates.length : candidates.filter((c) => c.status === f).length})
            </button>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <label className="flex items-center gap-1">
            <input type="checkbox" aria-label="Select all shown"
              checked={visible.length > 0 && visible.filter((c) => c.status !== "PUBLISHED").every((c) => checked.has(c.id))}
              onChange={(e) => setChecked(e.target.checked ? new Set(visible.filter((c) => c.status !== "PUBLISHED").map((c) => c.id)) : new Set())} />
            Select all shown
          </label>
          <button type="button" disabled={busy || !selectedShown.length} onClick={() => setStatus(selectedShown, "APPROVED")} className="rounded bg-emerald-600 px-3 py-1 text-white disabled:opacity-50">Approve selected ({selectedShown.length})</button>
          <button type="button" disabled={busy || !selectedShown.length} onClick={() => setStatus(selectedShown, "REJECTED")} className="rounded bg-red-600 px-3 py-1 text-white disabled:opacity-50">Reject selected</button>
        </div>
        {message?.message && <p role="status" className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-600"}`}>{message.message}</p>}
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {visible.map((c) => (
            <CandidateItem key={`${c.id}-${c.front}-${c.back}-${c.context ?? ""}`} c={c} selected={c.id === selected} checked={checked.has(c.id)} busy={busy} doubtful={doubtful}
              onSelect={() => setSelected(c.id)}
              onCheck={(v) => setChecked((s) => { const n = new Set(s); if (v) n.add(c.id); else n.delete(c.id); return n; })}
              onStatus={(s) => setStatus([c.id], s)}
              onSave={(front, back, context) => run(() => editCandidateAction(chapterPath, c.id, { front, back, context }))} />
          ))}
          {visible.length === 0 && <li className="p-4 text-sm text-slate-500">No cards here.</li>}
        </ul>
      </section>
      <aside aria-label="Source passage" className="lg:sticky lg:top-20 lg:self-start">
        <div className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <SourcePanel sentences={sentences} highlight={current?.sentenceIds ?? []} doubtful={doubtful} />
        </div>
      </aside>
    </div>
  );
}
