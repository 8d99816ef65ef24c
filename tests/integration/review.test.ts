import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { gradeCard } from "@/lib/data/review/grade";
import { getStudyView } from "@/lib/data/review/session";
import { undoLastReview } from "@/lib/data/review/undo";
import { buryCard, suspendCard } from "@/lib/data/review/card-flags";
import { NotFoundError } from "@/lib/data/errors";
import { enrol, makeDeckWithNotes, makeUser } from "../support/factories";

const t0 = new Date("2026-05-04T12:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

async function answer(user: { id: string; timeZone: string; dayStartHour: number }, now: Date, rating: 1 | 2 | 3 | 4, deckId: string | null = null) {
  const view = await getStudyView(user, now, deckId);
  if (!view.card) throw new Error("no card due");
  const result = await gradeCard(user.id, { cardId: view.card.cardId, rating, expectedVersion: view.card.version, requestId: randomUUID(), durationMs: 4000 }, now);
  return { view, result };
}

describe("grading", () => {
  it("writes the card state and the review log together, and schedules a Good new card into learning", async () => {
    const student = await makeUser();
    const deck = await makeDeckWithNotes(student.id, [{ front: "Q1" }, { front: "Q2" }]);
    const { view, result } = await answer(student, t0, 3);
    expect(result.status).toBe("ok");
    expect(view.card?.front[0].text).toBe("Q1"); // new cards come in source order
    expect(view.counts.new).toBe(2);
    const state = await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: view.card!.cardId } } });
    expect(state.state).toBe(1); // learning
    expect(state.due.getTime() - t0.getTime()).toBe(10 * 60_000); // second learning step
    const logs = await db().reviewLog.findMany({ where: { userId: student.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, state: 0, deckId: deck.id, durationMs: 4000 });
  });

  it("counts elapsed days in the student's own study days (Tokyo: 08:55 and 09:05 are one day)", async () => {
    const student = await makeUser("STUDENT", { timeZone: "Asia/Tokyo", dayStartHour: 4 });
    await makeDeckWithNotes(student.id, [{ front: "Q" }]);
    const morning = new Date("2026-05-04T23:55:00Z"); // 08:55 in Tokyo; 09:05 is on the next UTC date
    await answer(student, morning, 3);
    await answer(student, new Date(morning.getTime() + 10 * 60_000), 3);
    const logs = await db().reviewLog.findMany({ where: { userId: student.id }, orderBy: { review: "asc" } });
    expect(logs.map((l) => l.elapsedDays)).toEqual([0, 0]);
    const state = await db().cardState.findFirstOrThrow({ where: { userId: student.id } });
    expect(state.stability).toBeCloseTo(2.3065, 4); // not 7.3: the same day
    expect(state.scheduledDays).toBe(2);
  });

  it("adds up today's answers and time over all decks for the screen's 'today' line", async () => {
    const student = await makeUser();
    const a = await makeDeckWithNotes(student.id, [{ front: "A1" }, { front: "A2" }]);
    const b = await makeDeckWithNotes(student.id, [{ front: "B1" }]);
    await answer(student, t0, 3, a.id);
    await answer(student, later(1000), 1, a.id);
    await answer(student, later(2000), 3, b.id);
    const yesterday = new Date(t0.getTime() - 86_400_000);
    const c = await makeDeckWithNotes(student.id, [{ front: "C1" }]);
    await answer(student, yesterday, 3, c.id); // another study day: not today
    expect((await getStudyView(student, later(3000), null)).today).toEqual({ reviews: 3, seconds: 12 });
    expect((await getStudyView(student, later(3000), b.id)).today).toEqual({ reviews: 3, seconds: 12 }); // all decks, whichever is open
  });

  it("applies a double submit of the same answer only once", async () => {
    const student = await makeUser();
    await makeDeckWithNotes(student.id, [{ front: "Q" }]);
    const view = await getStudyView(student, t0, null);
    const input = { cardId: view.card!.cardId, rating: 3 as const, expectedVersion: view.card!.version, requestId: randomUUID(), durationMs: 1000 };
    const results = await Promise.all([gradeCard(student.id, input, t0), gradeCard(student.id, input, t0)]);
    expect(results.map((r) => r.status).sort()).toEqual(expect.arrayContaining(["ok"]));
    expect(results.filter((r) => r.status === "ok")).toHaveLength(1);
    const retry = await gradeCard(student.id, input, later(5000));
    expect(retry.status).toBe("duplicate");
    expect(await db().reviewLog.count({ where: { userId: student.id } })).toBe(1);
  });

  it("refuses an answer to a card that changed since it was shown (a second tab)", async () => {
    const student = await makeUser();
    await makeDeckWithNotes(student.id, [{ front: "Q" }]);
    const shown = await getStudyView(student, t0, null);
    const tabA = { cardId: shown.card!.cardId, rating: 3 as const, expectedVersion: shown.card!.version, durationMs: 1 };
    expect((await gradeCard(student.id, { ...tabA, requestId: randomUUID() }, t0)).status).toBe("ok");
    const tabB = await gradeCard(student.id, { ...tabA, rating: 1, requestId: randomUUID() }, later(1000));
    expect(tabB.status).toBe("conflict");
    const state = await db().cardState.findFirstOrThrow({ where: { userId: student.id } });
    expect(state.version).toBe(1);
    expect(await db().reviewLog.count({ where: { userId: student.id } })).toBe(1);
  });

  it("refuses to grade another user's card and changes nothing", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    await makeDeckWithNotes(owner.id, [{ front: "private" }]);
    const card = await db().card.findFirstOrThrow({ where: { deck: { ownerId: owner.id } } });
    await expect(gradeCard(intruder.id, { cardId: card.id, rating: 4, expectedVersion: null, requestId: randomUUID(), durationMs: 1 }, t0))
      .rejects.toBeInstanceOf(NotFoundError);
    await expect(suspendCard(intruder.id, card.id, t0)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().cardState.count({ where: { cardId: card.id } })).toBe(0);
    expect(await db().reviewLog.count({ where: { cardId: card.id } })).toBe(0);
  });

  it("lets an enrolled student study the class deck with their own schedule", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const [a, b] = [await makeUser(), await makeUser()];
    const deck = await makeDeckWithNotes(teacher.id, [{ front: "shared" }]);
    await enrol(teacher.id, a.id, [deck.id]);
    await enrol(teacher.id, b.id, [deck.id]);
    await answer(a, t0, 4);
    const viewB = await getStudyView(b, t0, null);
    expect(viewB.card?.state).toBe(0); // still new for b
    expect(await db().cardState.count({ where: { deckId: deck.id } })).toBe(1);
  });
});

describe("undo", () => {
  it("restores the exact previous state and deletes the log", async () => {
    const student = await makeUser();
    await makeDeckWithNotes(student.id, [{ front: "Q" }]);
    await answer(student, t0, 3);
    const before = await db().cardState.findFirstOrThrow({ where: { userId: student.id } });
    await answer(student, later(11 * 60_000), 3); // graduates
    expect(await undoLastReview(student.id, later(12 * 60_000))).toBe(true);
    const after = await db().cardState.findFirstOrThrow({ where: { userId: student.id } });
    expect({ ...after, version: 0, updatedAt: null }).toEqual({ ...before, version: 0, updatedAt: null });
    expect(await db().reviewLog.count({ where: { userId: student.id } })).toBe(1);
    expect(await undoLastReview(student.id, later(13 * 60_000))).toBe(true);
    expect(await db().cardState.count({ where: { userId: student.id } })).toBe(0); // new again
    expect(await undoLastReview(student.id, later(14 * 60_000))).toBe(false);
  });
});

describe("queue", () => {
  it("respects the new-cards-per-day limit across the study day and resets at the rollover hour", async () => {
    const student = await makeUser("STUDENT", { timeZone: "America/New_York", dayStartHour: 4 });
    await makeDeckWithNotes(student.id, [1, 2, 3, 4].map((i) => ({ front: `N${i}` })), { newPerDay: 2 });
    const evening = new Date("2026-05-04T23:00:00Z"); // 19:00 in New York
    await answer(student, evening, 4);
    await answer(student, later(0) > evening ? evening : evening, 4).catch(() => null);
    const afterTwo = await getStudyView(student, new Date(evening.getTime() + 60_000), null);
    expect(afterTwo.counts.new).toBe(0);
    const beforeRollover = await getStudyView(student, new Date("2026-05-05T07:59:00Z"), null); // 03:59 local
    expect(beforeRollover.counts.new).toBe(0);
    const afterRollover = await getStudyView(student, new Date("2026-05-05T08:00:00Z"), null); // 04:00 local
    expect(afterRollover.counts.new).toBe(2);
  });

  it("buries the sibling of a reversed card for the rest of the day", async () => {
    const student = await makeUser();
    await makeDeckWithNotes(student.id, [{ kind: "REVERSED", front: "cat", back: "gato" }]);
    const first = await answer(student, t0, 4); // Easy: goes to review, not due today
    expect(first.view.counts.new).toBe(1); // only one sibling offered per day
    const next = await getStudyView(student, later(1000), null);
    expect(next.card).toBeNull();
    const tomorrow = await getStudyView(student, later(24 * 3600_000), null);
    expect(tomorrow.card?.ordinal).toBe(1);
    expect(tomorrow.card?.front[0].text).toBe("gato");
  });

  it("hides buried and suspended cards", async () => {
    const student = await makeUser();
    await makeDeckWithNotes(student.id, [{ front: "A" }, { front: "B" }]);
    const v = await getStudyView(student, t0, null);
    await buryCard(student, v.card!.cardId, t0);
    const v2 = await getStudyView(student, t0, null);
    expect(v2.card?.front[0].text).toBe("B");
    await suspendCard(student.id, v2.card!.cardId, t0);
    expect((await getStudyView(student, t0, null)).card).toBeNull();
    expect((await getStudyView(student, later(24 * 3600_000), null)).card?.front[0].text).toBe("A");
  });

  it("suspends a card as a leech when it lapses for the eighth time", async () => {
    const student = await makeUser();
    await makeDeckWithNotes(student.id, [{ front: "hard" }], { leechThreshold: 2 });
    let now = t0;
    await answer(student, now, 4); // to review
    for (let lapse = 1; lapse <= 2; lapse++) {
      const state = await db().cardState.findFirstOrThrow({ where: { userId: student.id } });
      now = new Date(state.due.getTime() + 1000);
      const { result } = await answer(student, now, 1);
      if (lapse < 2) {
        expect(result).toMatchObject({ status: "ok", leech: false });
        now = new Date(now.getTime() + 11 * 60_000);
        await answer(student, now, 4);
      } else {
        expect(result).toMatchObject({ status: "ok", leech: true, suspended: true });
      }
    }
    const state = await db().cardState.findFirstOrThrow({ where: { userId: student.id } });
    expect(state).toMatchObject({ leech: true, suspended: true, lapses: 2 });
  });
});

describe("today overview", () => {
  it("counts what is due today within the limits, and what comes up tomorrow and this week", async () => {
    const { todayOverview } = await import("@/lib/data/review/overview");
    const student = await makeUser("STUDENT", { timeZone: "UTC", dayStartHour: 4 });
    const deck = await makeDeckWithNotes(student.id, [{ front: "a" }, { front: "b" }, { front: "c" }, { front: "d" }, { front: "e" }]);
    const cards = await db().card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    const at = new Date("2026-05-04T12:00:00Z"); // the study day runs to 04:00 on May 5
    const dues = ["2026-05-04T08:00:00Z", "2026-05-05T10:00:00Z", "2026-05-06T02:00:00Z", "2026-05-09T12:00:00Z"]; // today, tomorrow x2, this week
    for (const [i, due] of dues.entries()) {
      await db().cardState.create({ data: { userId: student.id, cardId: cards[i].id, deckId: deck.id, due: new Date(due), stability: 5, difficulty: 5,
        elapsedDays: 3, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: new Date("2026-05-01T12:00:00Z") } });
    }
    const [row] = await todayOverview(student, at);
    expect(row).toMatchObject({ review: 1, new: 1, learning: 0, total: 2, tomorrow: 2, week: 3 });
  });
});
