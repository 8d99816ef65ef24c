// Load balancing moves a due time by whole study days. Across a DST change that move must keep the
// wall-clock time: 24-hour steps are an hour off, and a due time within an hour of the rollover
// (a card answered at 3:20 am by a student whose day starts at 4 am) lands a study day off.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { q } from "@/lib/data/pg";
import { gradeCard } from "@/lib/data/review/grade";
import { deckOptionsFor } from "@/lib/data/review/deck-options";
import { presetOfDeck, updatePresetOptions } from "@/lib/data/presets";
import { schedule } from "@/lib/srs/scheduler";
import { toStudyTime, type StudyClock } from "@/lib/srs/study-clock";
import { fuzzRange } from "@/lib/srs/load-balance";
import type { DeckOptions, MemoryState } from "@/lib/srs/types";
import { makeDeckWithNotes, makeUser } from "../support/factories";

const DAY = 86_400_000;
const CLOCK: StudyClock = { timeZone: "America/New_York", dayStartHour: 4 };
const DEFAULTS: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"],
  newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND",
};
const memoryAt = (now: Date): MemoryState => ({
  due: now, stability: 14, difficulty: 5, elapsedDays: 14, scheduledDays: 14, learningSteps: 0, reps: 5, lapses: 0, state: 2,
  lastReview: new Date(now.getTime() - 14 * DAY),
});
const studyDayNumber = (t: Date) => Math.floor(toStudyTime(t, CLOCK).getTime() / DAY);
const wallClock = (t: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: CLOCK.timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(t);

describe("load balancing across a DST change", () => {
  it("puts the review on the chosen study day at the answer's wall-clock time", async () => {
    // Interval without fuzz for this memory (it does not depend on the date), then an answer at
    // 03:20 New York time (study day before, the day starts at 4 am) that many days before the
    // spring change, so the fuzz range straddles it.
    const probe = new Date("2026-01-15T08:20:00Z");
    const plain = schedule(memoryAt(probe), 3, probe, { ...DEFAULTS, enableFuzz: false }, CLOCK).next.scheduledDays;
    const now = new Date(Date.parse("2026-03-09T08:20:00Z") - plain * DAY); // 03:20 EST, plain days before 9 March
    expect(wallClock(now)).toBe("03:20");
    const { min, max } = fuzzRange(plain, 14, 36500);
    // The first day offset whose 03:20 is in daylight time.
    const change = Array.from({ length: max + 1 }, (_, d) => d).find((d) => wallClock(new Date(now.getTime() + d * DAY)) !== "03:20")!;
    expect(change).toBeGreaterThan(min);
    expect(change).toBeLessThanOrEqual(max);

    const student = await makeUser("STUDENT", CLOCK);
    const deck = await makeDeckWithNotes(student.id, [{ front: "target" }]);
    const preset = await presetOfDeck(student.id, deck.id);
    await updatePresetOptions(student.id, preset.id, { ...preset, loadBalance: true, easyDays: [1, 1, 1, 1, 1, 1, 1] });
    const card = await db().card.findFirstOrThrow({ where: { deckId: deck.id } });
    await db().cardState.create({ data: { userId: student.id, cardId: card.id, deckId: deck.id, ...memoryAt(now) } });
    const options = (await deckOptionsFor(student.id, [deck.id])).get(deck.id)!;
    // The one empty day is on the other side of the change from where the scheduler's fuzz lands
    // (load at mid-afternoon of each study day: 03:20 + d days - 12 h).
    const fuzzed = schedule(memoryAt(now), 3, now, options, CLOCK).next.scheduledDays;
    const empty = fuzzed < change ? max : min;
    const days = Array.from({ length: max + 2 }, (_, d) => d).filter((d) => d >= 1 && d !== empty).flatMap((d) => Array(30).fill(d));
    const ids = days.map(() => randomUUID());
    await q(`INSERT INTO "Note" (id, "deckId", front, position, "updatedAt") SELECT id, $1, 'load', 1000, now() FROM unnest($2::text[]) AS id`, [deck.id, ids]);
    await q(`INSERT INTO "Card" (id, "noteId", "deckId", ordinal, position) SELECT id, id, $1, 0, 100000 FROM unnest($2::text[]) AS id`, [deck.id, ids]);
    await q(`INSERT INTO "CardState" (id, "userId", "cardId", "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "updatedAt")
             SELECT id, $3, id, $1, $4::timestamp + d * interval '1 day' - interval '12 hours', 10, 5, 0, 10, 0, 3, 0, 2, now() FROM unnest($2::text[], $5::int[]) AS t(id, d)`,
      [deck.id, ids, student.id, now.toISOString(), days]);

    const r = await gradeCard(student.id, { cardId: card.id, rating: 3, expectedVersion: 0, requestId: randomUUID(), durationMs: 3000 }, now);
    expect(r.status).toBe("ok");
    const state = await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: card.id } } });
    expect(state.scheduledDays).toBe(empty);
    expect(studyDayNumber(state.due) - studyDayNumber(now)).toBe(empty);
    expect(wallClock(state.due)).toBe("03:20");
  });
});
