// Load balancing and Easy Days on the grade path: the due day moves within the fuzz range to the
// least-loaded / non-easy day of the student's reviews in the decks sharing the preset.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { q } from "@/lib/data/pg";
import { gradeCard } from "@/lib/data/review/grade";
import { deckOptionsFor } from "@/lib/data/review/deck-options";
import { presetOfDeck, updatePresetOptions } from "@/lib/data/presets";
import { schedule } from "@/lib/srs/scheduler";
import type { StudyClock } from "@/lib/srs/study-clock";
import { fuzzRange } from "@/lib/srs/load-balance";
import type { DeckOptions, MemoryState } from "@/lib/srs/types";
import { makeDeckWithNotes, makeUser } from "../support/factories";

const DAY = 86_400_000;
const now = new Date("2026-05-04T12:00:00Z"); // a Monday, noon UTC (study day rolls over at 4 am UTC)

// A new deck's options (Deck defaults), as the grade path reads them.
const DECK_DEFAULTS: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"],
  newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND",
};

const memory: MemoryState = {
  due: now, stability: 14, difficulty: 5, elapsedDays: 14, scheduledDays: 14, learningSteps: 0, reps: 5, lapses: 0, state: 2,
  lastReview: new Date(now.getTime() - 14 * DAY),
};

async function setup(loadOn: (day: number) => number, preset: { loadBalance: boolean; easyDays?: number[] }) {
  const student = await makeUser();
  const deck = await makeDeckWithNotes(student.id, [{ front: "target" }]);
  const p = await presetOfDeck(student.id, deck.id);
  await updatePresetOptions(student.id, p.id, { ...p, loadBalance: preset.loadBalance, easyDays: preset.easyDays ?? [1, 1, 1, 1, 1, 1, 1] });
  const card = await db().card.findFirstOrThrow({ where: { deckId: deck.id } });
  await db().cardState.create({ data: { userId: student.id, cardId: card.id, deckId: deck.id, ...memory } });
  // Other review cards already due on each of the next 60 days (at noon, like the scheduler's due times).
  const days = Array.from({ length: 60 }, (_, d) => d + 1).flatMap((d) => Array(loadOn(d)).fill(d));
  const ids = days.map(() => randomUUID());
  await q(`INSERT INTO "Note" (id, "deckId", front, position, "updatedAt") SELECT id, $1, 'load', 1000, now() FROM unnest($2::text[]) AS id`, [deck.id, ids]);
  await q(`INSERT INTO "Card" (id, "noteId", "deckId", ordinal, position) SELECT id, id, $1, 0, 100000 FROM unnest($2::text[]) AS id`, [deck.id, ids]);
  await q(`INSERT INTO "CardState" (id, "userId", "cardId", "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "updatedAt")
           SELECT id, $3, id, $1, $4::timestamp + d * interval '1 day', 10, 5, 0, 10, 0, 3, 0, 2, now() FROM unnest($2::text[], $5::int[]) AS t(id, d)`,
    [deck.id, ids, student.id, now.toISOString(), days]);
  const options = (await deckOptionsFor(student.id, [deck.id])).get(deck.id)!;
  const grade = async () => {
    const version = (await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: card.id } } })).version;
    const r = await gradeCard(student.id, { cardId: card.id, rating: 3, expectedVersion: version, requestId: randomUUID(), durationMs: 3000 }, now);
    expect(r.status).toBe("ok");
    return db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: card.id } } });
  };
  return { options, grade };
}

// makeUser() students study in UTC with the day rolling over at 4 am.
const CLOCK: StudyClock = { timeZone: "UTC", dayStartHour: 4 };

describe("load balancing on the grade path", () => {
  const plainInterval = () => schedule(memory, 3, now, { ...DECK_DEFAULTS, enableFuzz: false }, CLOCK).next.scheduledDays;

  it("puts the review on the one empty day of its fuzz range", async () => {
    const { min, max } = fuzzRange(plainInterval(), memory.elapsedDays, 36500);
    expect(max - min).toBeGreaterThanOrEqual(4);
    const empty = max; // the far end: plain fuzz would pick it only 1 time in max-min+1
    const { options, grade } = await setup((d) => (d === empty ? 0 : 30), { loadBalance: true });
    expect(schedule(memory, 3, now, options, CLOCK).next.scheduledDays).not.toBe(empty); // the scheduler's fuzz alone lands elsewhere
    const state = await grade();
    expect(state.scheduledDays).toBe(empty);
    expect(Math.round((state.due.getTime() - now.getTime()) / DAY)).toBe(empty);
  });

  it("leaves the scheduler's own fuzz alone when the preset uses neither feature", async () => {
    const { options, grade } = await setup((d) => (d % 2 ? 0 : 30), { loadBalance: false });
    const state = await grade();
    expect(state.scheduledDays).toBe(schedule(memory, 3, now, options, CLOCK).next.scheduledDays);
  });

  it("avoids a minimum easy day even when it is the empty one", async () => {
    const { min, max } = fuzzRange(plainInterval(), memory.elapsedDays, 36500);
    // Every weekday a minimum day but one, chosen away from where the scheduler's own fuzz lands; load is even.
    const fuzzed = schedule(memory, 3, now, DECK_DEFAULTS, CLOCK).next.scheduledDays;
    const firstWeekday = (fuzzed === min ? max : min) % 7; // today is a Monday (0)
    const easyDays = [0, 0, 0, 0, 0, 0, 0].map((_, w) => (w === firstWeekday ? 1 : 0));
    const { options, grade } = await setup(() => 10, { loadBalance: true, easyDays });
    expect(schedule(memory, 3, now, options, CLOCK).next.scheduledDays).toBe(fuzzed);
    expect(fuzzed % 7).not.toBe(firstWeekday);
    const state = await grade();
    expect(state.scheduledDays % 7).toBe(firstWeekday);
    expect(state.scheduledDays).toBeGreaterThanOrEqual(min);
    expect(state.scheduledDays).toBeLessThanOrEqual(max);
  });
});
