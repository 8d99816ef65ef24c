import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from "ts-fsrs";
import { forget, previewIntervals, schedule } from "@/lib/srs/scheduler";
import { UTC_MIDNIGHT as UTC } from "@/lib/srs/study-clock";
import type { DeckOptions, MemoryState, Rating as R } from "@/lib/srs/types";

const DEFAULTS: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"],
  newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND", enableFuzz: false,
};
const t0 = new Date("2026-01-10T09:00:00Z");

/** Runs a rating sequence through our wrapper, answering each time the card falls due. */
function runOurs(ratings: R[], options = DEFAULTS) {
  let state: MemoryState | null = null;
  let now = t0;
  const dues: number[] = [];
  for (const r of ratings) {
    state = schedule(state, r, now, options, UTC).next;
    dues.push(state.due.getTime());
    now = state.due;
  }
  return { state: state!, dues };
}

/** The same sequence straight through ts-fsrs with the same parameters. */
function runReference(ratings: R[]) {
  const f = fsrs(generatorParameters({ request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false, enable_short_term: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] }));
  let card: Card = createEmptyCard(t0);
  let now = t0;
  const dues: number[] = [];
  for (const r of ratings) {
    card = f.next(card, now, r as Grade).card;
    dues.push(card.due.getTime());
    now = card.due;
  }
  return { card, dues };
}

describe("schedule", () => {
  it.each([
    [[3, 3, 3, 3, 3]],
    [[1, 3, 3, 4, 2, 1, 3, 3]],
    [[4, 4, 1, 1, 3, 4]],
    [[2, 2, 3, 1, 3, 3, 3]],
  ] as R[][][])("matches ts-fsrs exactly for the sequence %j with default parameters", (ratings) => {
    const ours = runOurs(ratings);
    const ref = runReference(ratings);
    expect(ours.dues).toEqual(ref.dues);
    expect(ours.state.stability).toBeCloseTo(ref.card.stability, 10);
    expect(ours.state.difficulty).toBeCloseTo(ref.card.difficulty, 10);
    expect(ours.state.lapses).toBe(ref.card.lapses);
    expect(ours.state.reps).toBe(ref.card.reps);
  });

  it("moves a new card to learning on Good, one step at a time, then graduates it", () => {
    const first = schedule(null, 3, t0, DEFAULTS, UTC);
    expect(first.next.state).toBe(1);
    expect(first.next.due.getTime() - t0.getTime()).toBe(10 * 60_000);
    expect(first.log).toMatchObject({ rating: 3, state: 0 });
    const second = schedule(first.next, 3, first.next.due, DEFAULTS, UTC);
    expect(second.next.state).toBe(2);
    expect(second.next.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it("sends Again on a new card to the first learning step and counts a lapse only from review", () => {
    const again = schedule(null, 1, t0, DEFAULTS, UTC);
    expect(again.next.due.getTime() - t0.getTime()).toBe(60_000);
    expect(again.lapsed).toBe(false);
    const review = runOurs([4]).state;
    const lapse = schedule(review, 1, review.due, DEFAULTS, UTC);
    expect(lapse).toMatchObject({ lapsed: true, next: { state: 3, lapses: 1 } });
    expect(lapse.next.due.getTime() - review.due.getTime()).toBe(10 * 60_000); // relearning step
  });

  it("never schedules beyond the maximum interval", () => {
    const capped = { ...DEFAULTS, maximumInterval: 10 };
    const { state, dues } = runOurs([4, 4, 4, 4, 4, 4], capped);
    expect(state.scheduledDays).toBe(10); // ts-fsrs alone would give Easy 12 days here
    expect(dues.at(-1)! - dues.at(-2)!).toBe(10 * 86_400_000);
    const p = previewIntervals(state, state.due, capped, UTC);
    expect(p[4].label).toBe("10d");
  });

  it("gives longer intervals for a lower desired retention", () => {
    const low = runOurs([4, 3, 3], { ...DEFAULTS, desiredRetention: 0.8 }).state.scheduledDays;
    const high = runOurs([4, 3, 3], { ...DEFAULTS, desiredRetention: 0.95 }).state.scheduledDays;
    expect(low).toBeGreaterThan(high);
  });

  it("uses personal weights when given", () => {
    const personal = [...generatorParameters().w];
    personal[2] = personal[2] * 4; // initial stability for Good
    const noSteps = { ...DEFAULTS, learningSteps: [] };
    const def = schedule(null, 3, t0, noSteps, UTC).next.stability;
    const mine = schedule(null, 3, t0, { ...noSteps, weights: personal }, UTC).next.stability;
    expect(def).toBeCloseTo(generatorParameters().w[2], 5);
    expect(mine).toBeCloseTo(personal[2], 5);
  });

  it("applies fuzz deterministically for the same inputs when enabled", () => {
    const fuzzy = { ...DEFAULTS, enableFuzz: true };
    const review = runOurs([4, 3, 3]).state;
    const a = schedule(review, 3, review.due, fuzzy, UTC).next.due.getTime();
    const b = schedule(review, 3, review.due, fuzzy, UTC).next.due.getTime();
    expect(a).toBe(b);
  });
});

describe("previewIntervals", () => {
  it("labels the four outcomes of a new card like Anki", () => {
    const p = previewIntervals(null, t0, DEFAULTS, UTC);
    expect([p[1].label, p[2].label, p[3].label]).toEqual(["1m", "6m", "10m"]);
    expect(p[4].label).toMatch(/^\d+d$/);
  });

  it("orders the outcomes of a review card from Again to Easy", () => {
    const review = runOurs([3, 3, 3, 3]).state;
    const p = previewIntervals(review, review.due, DEFAULTS, UTC);
    const ms = ([1, 2, 3, 4] as const).map((r) => p[r].due.getTime());
    expect([...ms].sort((a, b) => a - b)).toEqual(ms);
  });
});

describe("forget", () => {
  it("resets a card to new, keeping counts unless asked", () => {
    const review = runOurs([3, 3, 1, 3, 3]).state;
    expect(forget(review, t0, DEFAULTS, UTC)).toMatchObject({ state: 0, lapses: review.lapses });
    expect(forget(review, t0, DEFAULTS, UTC, true)).toMatchObject({ state: 0, lapses: 0, reps: 0 });
  });
});

