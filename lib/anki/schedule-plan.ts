// Each Anki card's scheduling for the importing student: cards with review history get the FSRS
// memory state and due date of replaying that history (lib/srs/replay, the `fsrs replay` path,
// with the student's time zone and rollover); suspended and buried cards keep those flags; new
// cards stay new (no state row). Review rows become review-log drafts.
import { default_w } from "ts-fsrs";
import { replayCard } from "../srs/replay";
import { validSteps } from "../srs/scheduler";
import { memoryFromSm2 } from "../srs/sm2-start";
import { schedulingWeights } from "../srs/weights";
import { RevlogKind, type RevlogKindValue, type RevlogRow } from "../srs/revlog-filter";
import type { StudyClock } from "../srs/study-clock";
import type { CardStateValue, DeckOptions, MemoryState } from "../srs/types";
import type { AnkiCard, AnkiRevlog } from "./types";

export type CardPlan = { memory: MemoryState | null; suspended: boolean; buried: boolean; seededFromSm2: boolean };
export type LogDraft = { revlogId: string; ankiCardId: string; rating: number; state: CardStateValue; review: Date; durationMs: number; scheduledDays: number };

export function toRevlogRows(revlog: readonly AnkiRevlog[]): RevlogRow[] {
  return revlog.map((r) => ({ cardId: r.cardId, time: Number(r.id), rating: r.ease, kind: Math.min(Math.max(r.type, 0), 5) as RevlogKindValue, factor: r.factor, interval: r.ivl }));
}

/**
 * A review card without any usable log (a shared deck exported with scheduling but no revlog):
 * its memory state from the SM-2 interval and ease on the card, as Anki does when FSRS is switched
 * on, and the due day Anki gave it (day numbers count from the collection's creation, `crt`).
 */
function fromCardSm2(card: AnkiCard, crt: number, deck: DeckOptions): MemoryState | null {
  if (card.type !== 2 || card.ivl <= 0) return null;
  const weights = schedulingWeights(deck.weights ?? default_w, validSteps(deck.relearningSteps).length);
  const { stability, difficulty } = memoryFromSm2({ interval: card.ivl, factor: card.factor }, weights);
  const due = new Date((crt + card.due * 86_400) * 1000);
  return {
    stability, difficulty, state: 2, due, lastReview: new Date(due.getTime() - card.ivl * 86_400_000), elapsedDays: 0, scheduledDays: card.ivl,
    learningSteps: 0, reps: card.reps, lapses: card.lapses,
  };
}

export function planCards(cards: readonly AnkiCard[], revlog: readonly AnkiRevlog[], deck: DeckOptions, clock: StudyClock, crt = 0): Map<string, CardPlan> {
  // Grouped as revlog entries and turned into replay rows one card at a time, so a million answers
  // are not held twice over.
  const byCard = new Map<string, AnkiRevlog[]>();
  for (const r of revlog) {
    const list = byCard.get(r.cardId);
    if (list) list.push(r);
    else byCard.set(r.cardId, [r]);
  }
  const plans = new Map<string, CardPlan>();
  for (const card of cards) {
    const rows = toRevlogRows(byCard.get(card.id) ?? []).sort((a, b) => a.time - b.time);
    // A card reset to new in Anki (type 0) is new again whatever its log says.
    const replayed = card.type === 0 ? null : replayCard(rows, { deck, clock });
    const sm2 = replayed || card.type === 0 ? null : fromCardSm2(card, crt, deck);
    plans.set(card.id, {
      memory: replayed?.memory ?? sm2,
      suspended: card.queue === -1,
      buried: card.queue === -2 || card.queue === -3,
      seededFromSm2: replayed?.seededFromSm2 ?? sm2 !== null,
    });
  }
  return plans;
}

const STATE_OF_KIND: Record<number, CardStateValue> = { [RevlogKind.Learning]: 1, [RevlogKind.Review]: 2, [RevlogKind.Relearning]: 3, [RevlogKind.Filtered]: 2 };

/** Every revlog row, graded or manual, as a Lectern review log (manual rows keep rating 0). */
export function logDrafts(revlog: readonly AnkiRevlog[]): LogDraft[] {
  return revlog.map(logDraft);
}

export function logDraft(r: AnkiRevlog): LogDraft {
  return {
    revlogId: r.id, ankiCardId: r.cardId, rating: Math.min(Math.max(r.ease, 0), 4), state: r.lastIvl === 0 && r.type === 0 ? 0 : (STATE_OF_KIND[r.type] ?? 2),
    review: new Date(Number(r.id)), durationMs: Math.max(0, Math.min(r.time, 3_600_000)), scheduledDays: r.ivl > 0 ? r.ivl : 0,
  };
}
