"use client";
// A custom-study session: every chosen card once (Again puts it back at the end), with the answer
// sent to the server either to reschedule it or only to be recorded.
import { useRef, useState, useTransition } from "react";
import type { StudyCard } from "@/lib/data/review/types";
import type { CustomAnswerResult } from "@/app/(study)/decks/[deckId]/custom/actions";
import type { CustomStudySpec } from "@/lib/data/review/custom-study";

type Mode = CustomStudySpec["mode"];
import { CardFace } from "./card-face";
import { GradeButtons } from "./grade-buttons";
import { button } from "@/components/ui/styles";

type Answer = (input: { cardId: string; rating: 1 | 2 | 3 | 4; mode: Mode; reschedule: boolean; expectedVersion: number | null; requestId: string; durationMs: number }) => Promise<CustomAnswerResult>;

export function CustomSession({ cards, mode, reschedule, answer }: { cards: StudyCard[]; mode: Mode; reschedule: boolean; answer: Answer }) {
  const [queue, setQueue] = useState(cards);
  const [versions, setVersions] = useState<Record<string, number | null>>(() => Object.fromEntries(cards.map((c) => [c.cardId, c.version])));
  const [revealed, setRevealed] = useState(false);
  const [done, setDone] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const shownAt = useRef(0);
  const card = queue[0];
  if (!card) {
    return (
      <div className="space-y-2 text-center" data-testid="custom-done">
        <p className="text-lg font-medium">Custom study finished: {done} answer{done === 1 ? "" : "s"}.</p>
        <p className="text-sm text-slate-600 dark:text-slate-300">{reschedule ? "Your answers rescheduled these cards." : "Your schedule was not changed."}</p>
      </div>
    );
  }
  const grade = (rating: 1 | 2 | 3 | 4) => start(async () => {
    const r = await answer({ cardId: card.cardId, rating, mode, reschedule, expectedVersion: versions[card.cardId] ?? null, requestId: crypto.randomUUID(), durationMs: Date.now() - shownAt.current });
    setMessage(r.ok ? null : r.message);
    if (r.ok) setVersions((v) => ({ ...v, [card.cardId]: r.version }));
    setDone((n) => n + 1);
    setQueue((q) => (rating === 1 && r.ok ? [...q.slice(1), card] : q.slice(1)));
    setRevealed(false);
  });
  if (!revealed && shownAt.current === 0) shownAt.current = Date.now();
  return (
    <div className="space-y-4" data-testid="custom-session">
      <p className="text-sm text-slate-500">{queue.length} left · {reschedule ? "answers reschedule cards" : "answers do not change your schedule"}</p>
      {message && <p role="alert" className="text-sm text-red-600">{message}</p>}
      <div className="min-h-32 rounded-xl border border-slate-200 p-6 dark:border-slate-700" data-testid="custom-card">
        <CardFace segments={revealed ? card.back : card.front} side={revealed ? "back" : "front"} context={card.context} />
        {revealed && card.extra && <p className="mt-3 text-slate-600 dark:text-slate-300">{card.extra}</p>}
      </div>
      {revealed
        ? <GradeButtons preview={null} disabled={pending} onGrade={(r) => { shownAt.current = 0; grade(r); }} />
        : <button type="button" className={button} onClick={() => setRevealed(true)}>Show answer</button>}
    </div>
  );
}
