import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { q } from "@/lib/data/pg";
import { dayKeyOf } from "@/lib/stats";
import { dayKeySql } from "@/lib/stats/sql-day";
import { dayKey } from "@/lib/srs/study-day";
import { studentDashboard } from "@/lib/data/stats/student";
import { classDashboard, classRoster } from "@/lib/data/stats/class";
import { createClass, joinClass, assignDeck } from "@/lib/data/classes";
import { makeDeckWithNotes, makeUser } from "../support/factories";

async function logReview(userId: string, cardId: string, deckId: string, at: string, rating = 3, state = 2, scheduledDays = 5) {
  await db().reviewLog.create({
    data: { id: randomUUID(), userId, cardId, deckId, rating, state, due: new Date(at), stability: 5, difficulty: 5, elapsedDays: 5,
      lastElapsedDays: 5, scheduledDays, learningSteps: 0, review: new Date(at), durationMs: 6000 },
  });
}

describe("study-day bucketing", () => {
  it("agrees between PostgreSQL and both TypeScript twins across zones, rollover hours and DST", async () => {
    const zones = ["UTC", "America/New_York", "Asia/Kolkata", "Asia/Tokyo", "Europe/London", "Australia/Lord_Howe"];
    const instants = ["2026-03-08T06:59:59Z", "2026-03-08T07:00:00Z", "2026-03-08T08:30:00Z", "2026-11-01T05:30:00Z", "2026-11-01T08:00:00Z",
      "2026-06-30T22:30:00Z", "2026-12-31T23:59:59Z", "2027-01-01T03:00:00Z"];
    for (const tz of zones) for (const hour of [0, 4, 23]) for (const at of instants) {
      const [row] = await q<{ day: string }>(`SELECT ${dayKeySql("$1::timestamp", "$2::text", "$3::int")} AS day`, [at, tz, hour]);
      expect({ tz, hour, at, day: row.day }).toEqual({ tz, hour, at, day: dayKey(new Date(at), tz, hour) });
      expect(dayKeyOf(new Date(at), tz, hour)).toBe(row.day);
    }
  });
});

describe("student dashboard", () => {
  it("counts a 3:30 am review for the previous day and computes streaks and daily reviews in the student's zone", async () => {
    const student = await makeUser("STUDENT", { timeZone: "America/New_York", dayStartHour: 4 });
    const deck = await makeDeckWithNotes(student.id, [{ front: "a" }, { front: "b" }]);
    const card = await db().card.findFirstOrThrow({ where: { deckId: deck.id } });
    await logReview(student.id, card.id, deck.id, "2026-03-07T08:30:00Z"); // 03:30 EST Mar 7 -> study day Mar 6
    await logReview(student.id, card.id, deck.id, "2026-03-07T09:30:00Z", 1); // 04:30 EST -> Mar 7, an Again
    await logReview(student.id, card.id, deck.id, "2026-03-08T12:00:00Z"); // 08:00 EDT (after the DST change) -> Mar 8
    const s = await studentDashboard(student, new Date("2026-03-08T15:00:00Z"));
    expect(s.today).toBe("2026-03-08");
    expect(s.streaks).toMatchObject({ current: 3, longest: 3, reviewedToday: true });
    expect(s.perDay.slice(-3).map((d) => [d.day, d.reviews])).toEqual([["2026-03-06", 1], ["2026-03-07", 1], ["2026-03-08", 1]]);
    expect(s.retention.overall.last7.all).toMatchObject({ total: 3, passed: 2 });
    expect(s.counts.new).toBe(2); // no CardState rows: both cards unseen
    const later = await studentDashboard(student, new Date("2026-03-10T15:00:00Z"));
    expect(later.streaks).toMatchObject({ current: 0, longest: 3 });
  });
});

describe("class dashboard", () => {
  it("reports per-student numbers over the class's decks only and refuses other instructors", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const other = await makeUser("INSTRUCTOR");
    const [ana, ben] = [await makeUser(), await makeUser()];
    const deck = await makeDeckWithNotes(teacher.id, [{ front: "q1" }, { front: "q2" }]);
    const personal = await makeDeckWithNotes(ana.id, [{ front: "mine" }]);
    const klass = await createClass(teacher.id, "Stats class");
    await assignDeck(teacher.id, klass.id, deck.id);
    await joinClass(ana.id, klass.joinCode);
    await joinClass(ben.id, klass.joinCode);
    const [c1] = await db().card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    const mine = await db().card.findFirstOrThrow({ where: { deckId: personal.id } });
    const now = new Date("2026-05-20T12:00:00Z");
    await logReview(ana.id, c1.id, deck.id, "2026-05-19T12:00:00Z", 1);
    await logReview(ana.id, c1.id, deck.id, "2026-05-18T12:00:00Z", 3);
    await logReview(ana.id, mine.id, personal.id, "2026-05-19T13:00:00Z", 3); // not a class deck: ignored
    await db().cardState.create({ data: { userId: ana.id, cardId: c1.id, deckId: deck.id, due: now, stability: 1, difficulty: 7,
      elapsedDays: 1, scheduledDays: 1, learningSteps: 0, reps: 2, lapses: 1, state: 3, lastReview: now } });
    const roster = await classRoster(teacher.id, klass.id, now);
    const a = roster.find((r) => r.userId === ana.id)!;
    const b = roster.find((r) => r.userId === ben.id)!;
    expect(a).toMatchObject({ reviews7: 2, retention7: 0.5, waiting: 2 }); // c1 due now + q2 never studied
    expect(b).toMatchObject({ reviews7: 0, neverReviewed: true, waiting: 2 }); // both cards new to Ben
    const dash = await classDashboard(teacher, klass.id, now, "reviews7", "desc");
    expect(dash.roster[0].userId).toBe(ana.id);
    expect(dash.hardest[0]).toMatchObject({ cardId: c1.id, reviews: 2, passed: 1 });
    await expect(classRoster(other.id, klass.id, now)).rejects.toThrow(/not found/);
  });
});

describe("ReviewDay rollup", () => {
  it("stays equal to an aggregate of the logs through grading, undo and history removal", async () => {
    const { gradeCard } = await import("@/lib/data/review/grade");
    const { getStudyView } = await import("@/lib/data/review/session");
    const { undoLastReview } = await import("@/lib/data/review/undo");
    const { deleteDeck } = await import("@/lib/data/decks");
    const student = await makeUser("STUDENT", { timeZone: "Asia/Kolkata", dayStartHour: 4 });
    const deck = await makeDeckWithNotes(student.id, [{ front: "a" }, { front: "b" }, { front: "c" }]);
    let now = new Date("2026-07-01T20:00:00Z");
    for (const rating of [3, 1, 4, 3] as const) {
      const v = await getStudyView(student, now, null);
      await gradeCard(student.id, { cardId: v.card!.cardId, rating, expectedVersion: v.card!.version, requestId: randomUUID(), durationMs: 2500 }, now);
      now = new Date(now.getTime() + 15 * 60_000);
    }
    await undoLastReview(student.id, now);
    const rollup = () => q<{ day: string; reviews: number; ms: number; again: number }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, reviews, ms, again FROM "ReviewDay" WHERE "userId" = $1 AND reviews <> 0 ORDER BY day`, [student.id]);
    const fromLogs = await q<{ day: string; reviews: number; ms: number; again: number }>(
      `SELECT ${dayKeySql("review", "'Asia/Kolkata'", "4")} AS day, count(*)::int AS reviews, sum("durationMs")::int AS ms,
         count(*) FILTER (WHERE rating = 1)::int AS again FROM "ReviewLog" WHERE "userId" = $1 GROUP BY 1 ORDER BY 1`, [student.id]);
    expect(await rollup()).toEqual(fromLogs);
    expect(fromLogs.reduce((n, r) => n + r.reviews, 0)).toBe(3);
    const { purgeExpiredDecks } = await import("@/lib/data/deck-trash");
    await deleteDeck(student.id, deck.id, { keepReviews: false }, now);
    await purgeExpiredDecks(new Date(now.getTime() + 31 * 86_400_000));
    expect(await rollup()).toEqual([]);
  });

  it("is rebuilt in the new study day when the student changes time zone or day-start hour", async () => {
    const { updateStudyPreferences } = await import("@/lib/data/users");
    const student = await makeUser("STUDENT", { timeZone: "UTC", dayStartHour: 4 });
    const deck = await makeDeckWithNotes(student.id, [{ front: "a" }]);
    const [card] = await db().card.findMany({ where: { deckId: deck.id } });
    // 23:30 UTC on June 1 is June 1 in UTC, but already June 2 (09:30) in Sydney.
    await logReview(student.id, card.id, deck.id, "2026-06-01T23:30:00Z", 3);
    await logReview(student.id, card.id, deck.id, "2026-06-02T12:00:00Z", 3);
    const days = () => q<{ day: string; reviews: number }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, reviews FROM "ReviewDay" WHERE "userId" = $1 AND reviews <> 0 ORDER BY day`, [student.id]);
    expect(await days()).toEqual([{ day: "2026-06-01", reviews: 1 }, { day: "2026-06-02", reviews: 1 }]);
    await updateStudyPreferences(student.id, { name: "Moved", timeZone: "Australia/Sydney", dayStartHour: 4 });
    expect(await days()).toEqual([{ day: "2026-06-02", reviews: 2 }]); // both answers fall on June 2 in Sydney
    await updateStudyPreferences(student.id, { name: "Moved again", timeZone: "Australia/Sydney", dayStartHour: 4 }); // same day: untouched
    expect(await days()).toEqual([{ day: "2026-06-02", reviews: 2 }]);
    expect((await db().user.findUniqueOrThrow({ where: { id: student.id } })).name).toBe("Moved again");
  });
});
