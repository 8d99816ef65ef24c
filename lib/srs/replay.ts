// Replays review histories through the scheduler the review screen uses (lib/srs/scheduler), so a
// card ends with the memory state, state and due time a student answering the same way on the same
// study days would have. Rows are plain (card, time, rating, revlog type, ease factor, interval):
// the `fsrs` CLI reads them from CSV and Anki import reads them from an .apkg's revlog table. Which
// rows count follows Anki (revlog-filter.ts); a history that did not start in FSRS is seeded from
// SM-2 (sm2-start.ts) and the answers after its first are replayed from there.
import { default_w } from "ts-fsrs";
import { schedule, validSteps } from "./scheduler";
import { usableHistory, type RevlogRow } from "./revlog-filter";
import { memoryFromSm2, sm2Of } from "./sm2-start";
import { moveStudyDays, type StudyClock } from "./study-clock";
import { schedulingWeights } from "./weights";
import type { DeckOptions, MemoryState, Rating } from "./types";

export type ReplayOptions = {
  deck: DeckOptions; // steps, retention, maximum interval, fuzz; `weights` (default FSRS-6 when absent)
  clock: StudyClock; // the student's time zone and rollover hour
  ignoreBefore?: number; // ms: answers before it do not count (Anki's "ignore reviews before")
};

export type ReplayedCard = { cardId: string; memory: MemoryState; answers: number; seededFromSm2: boolean };


/** One card's rows, in time order. Null when no answer counts (never answered, or reset since). */
export function replayCard(rows: readonly RevlogRow[], options: ReplayOptions): ReplayedCard | null {
  const usable = usableHistory(rows, options.ignoreBefore ?? 0);
  if (!usable) return null;
  const { deck, clock } = options;
  let memory: MemoryState | null = null;
  let answers = usable.rows;
  if (!usable.complete) {
    // Anki seeds from the first answer of the whole log after the cut-off (it may precede a reset).
    const first = rows.find((r) => r.rating > 0 && r.time > (options.ignoreBefore ?? 0)) ?? usable.rows[0];
    memory = sm2Memory(first, usable.rows[0].time, deck, clock);
    answers = usable.rows.slice(1);
  }
  for (const row of answers) memory = schedule(memory, row.rating as Rating, new Date(row.time), deck, clock).next;
  return { cardId: usable.rows[0].cardId, memory: memory!, answers: usable.rows.length, seededFromSm2: !usable.complete };
}

/** A review-state card as SM-2 left it after the answer at `at`. */
function sm2Memory(row: RevlogRow, at: number, deck: DeckOptions, clock: StudyClock): MemoryState {
  const weights = schedulingWeights(deck.weights ?? default_w, validSteps(deck.relearningSteps).length);
  const { stability, difficulty } = memoryFromSm2(row, weights);
  const interval = sm2Of(row).interval;
  const lastReview = new Date(at);
  return {
    stability, difficulty, state: 2, lastReview, elapsedDays: 0, scheduledDays: interval, learningSteps: 0, reps: 1, lapses: 0,
    due: moveStudyDays(lastReview, interval, clock),
  };
}

/** Every card of `rows` (any order), in order of first appearance. */
export function replayCards(rows: readonly RevlogRow[], options: ReplayOptions): { cards: ReplayedCard[]; skipped: string[] } {
  const byCard = new Map<string, RevlogRow[]>();
  for (const r of rows) {
    const list = byCard.get(r.cardId);
    if (list) list.push(r);
    else byCard.set(r.cardId, [r]);
  }
  const cards: ReplayedCard[] = [];
  const skipped: string[] = [];
  for (const [cardId, list] of byCard) {
    list.sort((a, b) => a.time - b.time);
    const replayed = replayCard(list, options);
    if (replayed) cards.push(replayed);
    else skipped.push(cardId);
  }
  return { cards, skipped };
}
