"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { StudyView } from "@/lib/data/review/types";
import { buryAction, suspendAction, type ReviewActionResult } from "@/app/(study)/review/actions";
import { postReview } from "./review-api";
import { CardFace } from "./card-face";
import { GradeButtons } from "./grade-buttons";
import { QueueCountsBar } from "./queue-counts";
import { SessionSummary, type SessionTally } from "./session-summary";
import { useReviewKeys } from "./use-review-keys";
import { retryWhileUnavailable } from "@/lib/net/retry-while-unavailable";

export function ReviewSession({ initial }: { initial: StudyView }) {
  const [view, setView] = useState(initial);
  // Set once hydrated: keys pressed before that would go nowhere (browser tests wait for it).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [revealed, setRevealed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [tally, setTally] = useState<SessionTally>({ answered: 0, ratings: [0, 0, 0, 0], ms: 0 });
  // One idempotency key per card shown: a retried or double-clicked answer reuses it.
  const requestId = useRef(crypto.randomUUID());
  const shownAt = useRef(Date.now());
  const busy = useRef(false);
  const answers = useRef<{ rating: 1 | 2 | 3 | 4; ms: number }[]>([]); // this session's answers, for undo

  const show = useCallback((result: ReviewActionResult) => {
    if ("retry" in result) {
      // Nothing was saved and the card stays: the student can answer it again (same request id).
      setMessage(result.message);
      return;
    }
    setView(result.view);
    setRevealed(false);
    setMessage(result.ok ? (result.message ?? null) : result.message);
    requestId.current = crypto.randomUUID();
    shownAt.current = Date.now();
  }, []);

  const run = useCallback((fn: () => Promise<ReviewActionResult>, after?: (r: ReviewActionResult) => void) => {
    if (busy.current) return; // ignore key repeats while a request is in flight
    busy.current = true;
    startTransition(async () => {
      try {
        const result = await fn();
        after?.(result);
        show(result);
      } catch {
        setMessage("Lectern could not reach the server. Your answer was not saved; try again.");
      } finally {
        busy.current = false;
      }
    });
  }, [show]);

  const card = view.card;
  const grade = useCallback((rating: 1 | 2 | 3 | 4) => {
    if (!card || !revealed) return;
    const durationMs = Date.now() - shownAt.current;
    const answer = { cardId: card.cardId, rating, expectedVersion: card.version, requestId: requestId.current, durationMs, deckId: view.deckId };
    // Grading is idempotent by request id, so while the database is away the same answer is sent
    // again by itself; the student sees that it is being retried.
    // A request that fails outright (the server restarting) is retried the same way.
    const send = (): Promise<ReviewActionResult> =>
      postReview("grade", answer).catch(() => ({ ok: false as const, retry: true as const, message: "Lectern could not reach the server. Your answer was not saved; try again." }));
    run(() => retryWhileUnavailable(send, { onWait: () => setMessage("The server cannot save right now; retrying your answer…") }),
      (r) => {
        if (!r.ok) return;
        const ms = Math.min(durationMs, 60_000);
        answers.current.push({ rating, ms });
        setTally((t) => {
          const ratings = [...t.ratings] as SessionTally["ratings"];
          ratings[rating - 1]++;
          return { answered: t.answered + 1, ratings, ms: t.ms + ms };
        });
      });
  }, [card, revealed, run, view.deckId]);

  const handlers = useMemo(() => ({
    revealed,
    reveal: () => card && setRevealed(true),
    grade,
    undo: () => run(() => postReview("undo", { deckId: view.deckId }), (r) => {
      const last = answers.current.pop();
      if (r.ok && last) setTally((t) => {
        const ratings = [...t.ratings] as SessionTally["ratings"];
        ratings[last.rating - 1]--;
        return { answered: t.answered - 1, ratings, ms: t.ms - last.ms };
      });
    }),
    suspend: () => card && run(() => suspendAction({ cardId: card.cardId, deckId: view.deckId })),
    bury: () => card && run(() => buryAction({ cardId: card.cardId, deckId: view.deckId })),
  }), [revealed, card, grade, run, view.deckId]);
  useReviewKeys(handlers);

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4" data-testid="review-session" data-hydrated={hydrated}>
      <div className="flex items-center justify-between">
        <QueueCountsBar counts={view.counts} current={card?.state ?? null} />
        <div className="flex gap-2 text-sm">
          <button type="button" onClick={handlers.undo} disabled={pending} aria-keyshortcuts="z" className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800">Undo <kbd className="opacity-60">Z</kbd></button>
          {card && <button type="button" onClick={handlers.bury} disabled={pending} className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">Bury <kbd className="opacity-60">-</kbd></button>}
          {card && <button type="button" onClick={handlers.suspend} disabled={pending} className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">Suspend <kbd className="opacity-60">@</kbd></button>}
        </div>
      </div>
      {message && <p role="status" data-testid="review-message" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">{message}</p>}
      {card ? (
        <article aria-label="Flashcard" data-testid="card" data-card-id={card.cardId}
          className="flex min-h-64 flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-700 dark:bg-slate-900">
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <span>{card.deckTitle}</span>
            {card.state === 0 && <span className="rounded bg-sky-100 px-1.5 text-sky-800">new</span>}
            {card.leech && <span className="rounded bg-red-100 px-1.5 text-red-800" data-testid="leech-badge">leech</span>}
            {card.tags.map((t) => <span key={t} className="rounded bg-slate-100 px-1.5 text-slate-700 dark:bg-slate-800 dark:text-slate-300">#{t}</span>)}
          </div>
          <div data-testid="card-front"><CardFace segments={card.front} side="front" context={card.context} /></div>
          {revealed && (
            <div data-testid="card-back" className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-700">
              <CardFace segments={card.back} side="back" />
              {card.extra && <p className="text-slate-600 dark:text-slate-300">{card.extra}</p>}
              {card.source && <p className="text-xs text-slate-500">Source: {card.source}</p>}
            </div>
          )}
          <div className="mt-auto">
            {revealed ? (
              <GradeButtons preview={view.preview} disabled={pending} onGrade={grade} />
            ) : (
              <button type="button" onClick={() => setRevealed(true)} aria-keyshortcuts="Space"
                className="w-full rounded-lg bg-indigo-600 py-3 font-medium text-white hover:bg-indigo-500">
                Show answer <kbd className="ml-1 text-xs opacity-90">Space</kbd>
              </button>
            )}
          </div>
        </article>
      ) : (
        <SessionSummary tally={tally} nextLearningDue={view.nextLearningDue} today={view.today} />
      )}
    </div>
  );
}
