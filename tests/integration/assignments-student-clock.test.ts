// Assignments in each student's own terms: pace, behind-pace and the exam day follow their study
// days (time zone + rollover hour), and readiness and calibration use the FSRS weights that schedule
// their cards.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { default_w } from "ts-fsrs";
import { db } from "@/lib/db";
import { createAssignment, type AssignmentInput } from "@/lib/data/assignments";
import { behindPace, getAssignmentProgress, getMyAssignments } from "@/lib/data/assignment-views";
import { gradeCard } from "@/lib/data/review/grade";
import { getStudyView } from "@/lib/data/review/session";
import { createNote } from "@/lib/data/notes";
import { DAY_MS, retrievability } from "@/lib/assignments/curve";
import { adherenceOf, examRecallMs } from "@/lib/assignments/readiness";
import { studyDayStart } from "@/lib/assignments/study-dates";
import { makeDeckWithNotes, makeUser } from "../support/factories";

const day = (n: number) => new Date(Date.UTC(2026, 4, 4 + n)); // day(0) = 4 May
const t0 = new Date("2026-05-04T12:00:00Z");

function input(deckId: string, over: Partial<AssignmentInput> = {}): AssignmentInput {
  return { title: "Chapters 1–2", deckId, chapterIds: [], tags: [], startAt: day(0), dueAt: day(4), examAt: day(20), targetRecall: 0.9, examAware: false, ...over };
}

async function classWith(students: { timeZone?: string; dayStartHour?: number }[]) {
  const teacher = await makeUser("INSTRUCTOR");
  const deck = await makeDeckWithNotes(teacher.id, Array.from({ length: 10 }, (_, i) => ({ front: `Q${i}` })));
  const users = await Promise.all(students.map((o) => makeUser("STUDENT", o)));
  const klass = await db().class.create({ data: { ownerId: teacher.id, name: "Class", joinCode: randomUUID().slice(0, 8) } });
  for (const u of users) await db().enrollment.create({ data: { classId: klass.id, userId: u.id } });
  const a = await createAssignment(teacher.id, klass.id, input(deck.id));
  const cards = await db().card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
  return { teacher, deck, users, klass, a, cards };
}

async function grade(userId: string, cardId: string, rating: 1 | 2 | 3 | 4, now: Date) {
  const s = await db().cardState.findFirst({ where: { userId, cardId } });
  const r = await gradeCard(userId, { cardId, rating, expectedVersion: s ? s.version : null, requestId: randomUUID(), durationMs: 1000 }, now);
  expect(r.status).toBe("ok");
  return db().cardState.findFirstOrThrow({ where: { userId, cardId } });
}

describe("assignment dates in the student's study days", () => {
  it("counts pace and behind-pace in each student's study days", async () => {
    const { teacher, users: [utc, la], klass } = await classWith([{ timeZone: "UTC" }, { timeZone: "America/Los_Angeles" }]);
    // 05:00 UTC on 8 May (the due date): the 8th in UTC, still 22:00 on the 7th in Los Angeles.
    const at = new Date("2026-05-08T05:00:00Z");
    const [mineUtc] = await getMyAssignments(utc.id, at);
    const [mineLa] = await getMyAssignments(la.id, at);
    expect(mineUtc.pace).toMatchObject({ daysLeft: 1, expected: 10, perDay: 10 });
    expect(mineLa.pace).toMatchObject({ daysLeft: 2, expected: 8, perDay: 5 });
    const behind = new Map((await behindPace(teacher.id, klass.id, at)).map((b) => [b.userId, b]));
    expect(behind.get(utc.id)).toMatchObject({ behindBy: 10, perDay: 10 });
    expect(behind.get(la.id)).toMatchObject({ behindBy: 8, perDay: 5 });
    // A day later the assignment is past due in UTC, but Los Angeles is still on its due day.
    const later = new Date(at.getTime() + DAY_MS);
    expect((await behindPace(teacher.id, klass.id, later)).map((b) => b.userId)).toEqual([la.id]);
  });

  it("puts an assignment's cards first from the student's own start day", async () => {
    const { teacher, deck, users: [utc, la], klass } = await classWith([{ timeZone: "UTC" }, { timeZone: "America/Los_Angeles" }]);
    await createNote(teacher.id, deck.id, { kind: "BASIC", front: "Tagged", back: "a", tags: ["exam"] });
    await createAssignment(teacher.id, klass.id, input(deck.id, { title: "Starts 6 May", tags: ["exam"], startAt: day(2), dueAt: day(2), examAt: null }));
    // 05:00 UTC on 6 May: the 6th in UTC, still 22:00 on the 5th in Los Angeles.
    const at = new Date("2026-05-06T05:00:00Z");
    expect((await getStudyView(utc, at, deck.id)).card!.front[0].text).toBe("Tagged");
    expect((await getStudyView(la, at, deck.id)).card!.front[0].text).not.toBe("Tagged");
    expect((await getStudyView(la, new Date(at.getTime() + 6 * 3_600_000), deck.id)).card!.front[0].text).toBe("Tagged");
  });

  it("starts the exam at the student's own exam day: a review on that day is not counted as preparation", async () => {
    const { teacher, users: [auckland, utc], a, cards } = await classWith([{ timeZone: "Pacific/Auckland" }, { timeZone: "UTC" }]);
    for (const u of [auckland, utc]) await grade(u.id, cards[0].id, 4, t0);
    // 17:00 UTC on 23 May: 05:00 on the 24th (exam day) in Auckland, the day before in UTC.
    const at = new Date("2026-05-23T17:00:00Z");
    for (const u of [auckland, utc]) await grade(u.id, cards[0].id, 3, at);
    const [mine] = await getMyAssignments(auckland.id, at);
    expect(mine.examStart!.toISOString()).toBe("2026-05-23T16:00:00.000Z");
    const after = await getAssignmentProgress(teacher.id, a.id, day(22));
    const recall = new Map(after.rows.map((r) => [r.userId, r.readiness!.mean * r.total]));
    expect(recall.get(utc.id)!).toBeGreaterThan(0.97); // reviewed hours before their exam day
    expect(recall.get(auckland.id)!).toBeLessThan(0.9); // read as it stood when their exam day began
  });
});

describe("readiness and calibration with the student's own FSRS weights", () => {
  // Personal weights whose forgetting curve has the steepest decay FSRS allows (w20 = 0.8, default 0.15):
  // the same 90% at t = S, but recall falls faster beyond it.
  const personal = default_w.map((x, i) => (i === 20 ? 0.8 : x));

  it("predicts exam-day recall with the weights that schedule the student's cards", async () => {
    const { teacher, users: [student], a, cards } = await classWith([{ timeZone: "Europe/Berlin" }]);
    await db().fsrsParams.create({ data: { userId: student.id, scope: "all", weights: personal } });
    const s = await grade(student.id, cards[0].id, 4, t0);
    const now = new Date(t0.getTime() + 3_600_000);
    const p = await getAssignmentProgress(teacher.id, a.id, now);
    const exam = studyDayStart(day(20), { timeZone: "Europe/Berlin", dayStartHour: 4 }).getTime();
    const args = [s.stability, s.difficulty, s.lastReview!.getTime(), s.due.getTime(), exam, adherenceOf(1, 14)] as const;
    const mine = examRecallMs(...args, { weights: personal, examTarget: null });
    const defaults = examRecallMs(...args, { examTarget: null });
    expect(Math.abs(mine - defaults)).toBeGreaterThan(0.02);
    expect(p.rows[0].readiness!.mean * p.rows[0].total).toBeCloseTo(mine, 9);
  });

  it("bins each review's predicted recall under the student's weights", async () => {
    const { teacher, users: [student], a, cards } = await classWith([{}]);
    await db().fsrsParams.create({ data: { userId: student.id, scope: "all", weights: personal } });
    await grade(student.id, cards[0].id, 4, t0);
    await grade(student.id, cards[0].id, 3, new Date(t0.getTime() + 40 * DAY_MS));
    const log = await db().reviewLog.findFirstOrThrow({ where: { userId: student.id, state: 2 } });
    const { calibration } = await getAssignmentProgress(teacher.id, a.id, day(41));
    expect(calibration).toHaveLength(1);
    const predicted = retrievability(log.elapsedDays, log.stability, personal);
    expect(Math.abs(predicted - retrievability(log.elapsedDays, log.stability))).toBeGreaterThan(0.02);
    expect(calibration[0].predicted).toBeCloseTo(predicted, 9);
  });
});
