import { describe, expect, it } from "vitest";
import { default_w, forgetting_curve } from "ts-fsrs";
import { schedule } from "@/lib/srs/scheduler";
import { UTC_MIDNIGHT as UTC } from "@/lib/srs/study-clock";
import type { DeckOptions, MemoryState, Rating } from "@/lib/srs/types";
import { rescheduleBatch, rescheduleCard, rescheduleFromMemory, replayHistory, type CardToReschedule, type HistoryEntry } from "@/lib/optimizer/reschedule";
import { FORGETFUL_WEIGHTS } from "@/lib/optimizer/synthetic";

const base: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"],
  newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "TAG_ONLY", enableFuzz: false,
};
const DAY = 86_400_000;

/** Answers a card the way the review screen does (old weights), returning its state and log. */
function study(cardId: string, ratings: Rating[], gapsDays: number[], start = Date.parse("2025-01-01T10:00:00Z")): CardToReschedule {
  let state: MemoryState | null = null;
  let t = start;
  const history: HistoryEntry[] = [];
  ratings.forEach((rating, i) => {
    t += (gapsDays[i] ?? 0) * DAY + 11 * 60_000;
    history.push({ rating, review: new Date(t), state: state?.state ?? 0 });
    state = schedule(state, rating, new Date(t), base, UTC).next;
  });
  return { id: cardId, deckId: "d1", current: state, history };
}

describe("rescheduling with new weights", () => {
  const cards = [
    study("s1", [3, 3, 3, 3, 3], [0, 0, 1, 3, 8]),
    study("s2", [1, 1, 3, 3, 1, 3, 3], [0, 0, 0, 1, 2, 0, 1]),
    study("s3", [4, 3, 2, 3], [0, 8, 20, 15]),
  ];

  it("replaying with the same weights reproduces the stored state, so nothing changes", () => {
    for (const card of cards) {
      expect(replayHistory(card.history, base, UTC)).toEqual(card.current);
      expect(rescheduleCard(card, base, UTC)).toBeNull();
    }
  });

  it("a forgetful student's weights bring review cards back sooner, by the new model's interval", () => {
    const forgetful = { ...base, weights: [...FORGETFUL_WEIGHTS] };
    let sooner = 0;
    for (const card of cards) {
      const update = rescheduleCard(card, forgetful, UTC)!;
      expect(update.replayed).toBe(true);
      const next = update.next, old = card.current!;
      expect(next.state).toBe(2);
      expect(next.stability).toBeLessThan(old.stability);
      expect(next.due.getTime()).toBeLessThanOrEqual(old.due.getTime()); // one-day intervals stay one day
      if (next.due < old.due) sooner++;
      // Due when the new model predicts the desired retention (days are whole, so roughly).
      const days = (next.due.getTime() - next.lastReview!.getTime()) / DAY;
      expect(days).toBe(next.scheduledDays);
      const r = forgetting_curve(FORGETFUL_WEIGHTS as number[], days, next.stability);
      if (days > 2) expect(Math.abs(r - 0.9)).toBeLessThan(0.01);
      expect([next.reps, next.lapses]).toEqual([old.reps, old.lapses]);
    }
    expect(sooner).toBeGreaterThanOrEqual(2);
  });

  it("replays only what follows a manual reset", () => {
    const card = study("s4", [3, 3, 3], [0, 1, 3]);
    const reset: HistoryEntry = { rating: 0, review: new Date(card.history[2].review.getTime() + 5 * DAY), state: 2 };
    const after = study("tmp", [3, 3], [0, 1], reset.review.getTime() + DAY);
    expect(replayHistory([...card.history, reset, ...after.history], base, UTC)).toEqual(after.current);
  });

  it("without a complete history keeps stability and difficulty and takes the new interval", () => {
    const card = cards[0];
    const imported = { ...card, history: card.history.slice(2).map((h) => ({ ...h, state: 2 })) };
    const slower = { ...base, desiredRetention: 0.8 };
    expect(replayHistory(imported.history, slower, UTC)).toBeNull();
    const update = rescheduleCard(imported, slower, UTC)!;
    expect(update.replayed).toBe(false);
    expect(update.next.stability).toBe(card.current!.stability);
    expect(update.next.due.getTime()).toBeGreaterThan(card.current!.due.getTime());
    expect(rescheduleFromMemory({ ...card.current!, state: 1 }, slower, UTC)).toEqual({ ...card.current!, state: 1 });
  });

  it("works in resumable batches", () => {
    const forgetful = { ...base, weights: [...FORGETFUL_WEIGHTS] };
    const first = rescheduleBatch(cards.slice(0, 2), () => forgetful, 2, UTC);
    expect(first).toMatchObject({ cursor: "s2", done: false });
    expect(first.updates.map((u) => u.id)).toEqual(["s1", "s2"]);
    expect(rescheduleBatch(cards.slice(2), () => forgetful, 2, UTC)).toMatchObject({ cursor: "s3", done: true });
    expect(rescheduleBatch([], () => ({ ...base, weights: [...default_w] }), 2, UTC)).toEqual({ updates: [], cursor: null, done: true });
  });
});
