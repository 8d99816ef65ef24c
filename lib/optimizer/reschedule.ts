// Rescheduling after new weights are applied. The memory state a card would have under the new
// weights is found by replaying its review history through the same scheduler the review screen
// uses (lib/srs/scheduler: learning steps, maximum interval, fuzz), as Anki's "reschedule cards on
// change" does; ratings and answer times are facts, only the model changes. ts-fsrs `reschedule`
// replays the same way but through bare `fsrs.next`, which would skip the deck's cap on Easy. Cards whose history is incomplete (first answer not from New, e.g. imported progress)
// keep their stability/difficulty and only get a new interval from the new weights.
// Pure: the data layer reads cards in id order after `cursor`, applies `updates`, stores `cursor`.
import { schedule, schedulerFor } from "../srs/scheduler";
import type { DeckOptions, MemoryState, Rating } from "../srs/types";
import { historyStart } from "./training-items";
import { fromStudyTime, toStudyTime, type StudyClock } from "../srs/study-clock";

export type HistoryEntry = { rating: number; review: Date; state: number }; // rating 0 = manual reset

export type CardToReschedule = {
  id: string; // the CardState id: the resumable cursor
  deckId: string;
  current: MemoryState | null;
  history: readonly HistoryEntry[]; // in time order
};

const DAY_MS = 86_400_000;

/** Memory state after replaying the history with `options` (new weights); null if it can't be replayed. */
export function replayHistory(history: readonly HistoryEntry[], options: DeckOptions, clock: StudyClock): MemoryState | null {
  const from = historyStart(history);
  if (from < 0) return null;
  const graded = history.slice(from).filter((h) => h.rating >= 1 && h.rating <= 4);
  let state: MemoryState | null = null;
  for (const h of graded) state = schedule(state, h.rating as Rating, h.review, options, clock).next;
  return state;
}

/** Same stability and difficulty, new interval from the last review (review-state cards only). */
export function rescheduleFromMemory(current: MemoryState, options: DeckOptions, clock: StudyClock): MemoryState {
  if (current.state !== 2 || !current.lastReview) return current;
  const f = schedulerFor(options);
  const interval = Math.min(options.maximumInterval, f.next_interval(current.stability, current.elapsedDays));
  return { ...current, scheduledDays: interval, due: fromStudyTime(new Date(toStudyTime(current.lastReview, clock).getTime() + interval * DAY_MS), clock) };
}

export type RescheduleUpdate = { id: string; next: MemoryState; replayed: boolean };

export function rescheduleCard(card: CardToReschedule, options: DeckOptions, clock: StudyClock): RescheduleUpdate | null {
  const replayed = replayHistory(card.history, options, clock);
  // Reps and lapses are counts of answers, not model outputs (and a reset keeps them): keep the stored ones.
  const next = replayed && card.current ? { ...replayed, reps: card.current.reps, lapses: card.current.lapses }
    : replayed ?? (card.current ? rescheduleFromMemory(card.current, options, clock) : null);
  if (!next || (card.current && sameSchedule(card.current, next))) return null;
  return { id: card.id, next, replayed: replayed !== null };
}

function sameSchedule(a: MemoryState, b: MemoryState): boolean {
  return a.due.getTime() === b.due.getTime() && Math.abs(a.stability - b.stability) < 1e-9 && Math.abs(a.difficulty - b.difficulty) < 1e-9 && a.state === b.state;
}

export type RescheduleBatch = { updates: RescheduleUpdate[]; cursor: string | null; done: boolean };

/**
 * One batch (cards sorted by id, read after the previous cursor, at most `batchSize`): the changed
 * cards, and the cursor to store so an interrupted job resumes after the last card examined.
 */
export function rescheduleBatch(cards: readonly CardToReschedule[], optionsFor: (deckId: string) => DeckOptions, batchSize: number, clock: StudyClock): RescheduleBatch {
  const updates: RescheduleUpdate[] = [];
  for (const card of cards) {
    const u = rescheduleCard(card, optionsFor(card.deckId), clock);
    if (u) updates.push(u);
  }
  return { updates, cursor: cards.length ? cards[cards.length - 1].id : null, done: cards.length < batchSize };
}
