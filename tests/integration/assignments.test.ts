// Assignments against a real database: instructors create and score them, students see their own
// progress and readiness, the queue and the grade path follow them, and nobody else can touch them.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createNote } from "@/lib/data/notes";
import {
  assignmentFormOptions, createAssignment, deleteAssignment, listClassAssignments, saveExamScores, updateAssignment, type AssignmentInput,
} from "@/lib/data/assignments";
import { behindPace, getAssignmentProgress, getMyAssignments, rosterReadiness } from "@/lib/data/assignment-views";
import { gradeCard } from "@/lib/data/review/grade";
import { getStudyView } from "@/lib/data/review/session";
import { NotFoundError, ValidationError } from "@/lib/data/errors";
import { cramCount, startCram } from "@/lib/data/assignment-cram";
import { examReviewDay } from "@/lib/assignments/exam";
import { DAY_MS } from "@/lib/assignments/curve";
import { toStudyTime } from "@/lib/srs/study-clock";
import { enrol, makeDeckWithNotes, makeUser } from "../support/factories";

const t0 = new Date("2026-05-04T12:00:00Z");
const day = (n: number) => new Date(Date.UTC(2026, 4, 4 + n));

function input(deckId: string, over: Partial<AssignmentInput> = {}): AssignmentInput {
  return { title: "Chapters 1–2", deckId, chapterIds: [], tags: [], startAt: day(0), dueAt: day(4), examAt: day(20), targetRecall: 0.9, examAware: true, ...over };
}

async function setup() {
  const teacher = await makeUser("INSTRUCTOR");
  const student = await makeUser();
  const deck = await makeDeckWithNotes(teacher.id, Array.from({ length: 10 }, (_, i) => ({ front: `Q${i}` })));
  await createNote(teacher.id, deck.id, { kind: "BASIC", front: "Tagged 1", back: "a", tags: ["exam"] });
  await createNote(teacher.id, deck.id, { kind: "BASIC", front: "Tagged 2", back: "a", tags: ["exam"] });
  const klass = await enrol(teacher.id, student.id, []);
  return { teacher, student, deck, klass };
}

async function answer(user: { id: string; timeZone: string; dayStartHour: number }, now: Date, rating: 1 | 2 | 3 | 4) {
  const view = await getStudyView(user, now, null);
  if (!view.card) throw new Error("nothing to study");
  const r = await gradeCard(user.id, { cardId: view.card.cardId, rating, expectedVersion: view.card.version, requestId: randomUUID(), durationMs: 1000 }, now);
  expect(r.status).toBe("ok");
  return view.card;
}

describe("assignments", () => {
  it("puts the deck in the class and shows the student progress and pace", async () => {
    const { teacher, student, deck, klass } = await setup();
    const a = await createAssignment(teacher.id, klass.id, input(deck.id));
    expect(await db().classDeck.count({ where: { classId: klass.id, deckId: deck.id } })).toBe(1);
    expect((await listClassAssignments(teacher.id, klass.id)).map((x) => x.id)).toEqual([a.id]);
    await answer(student, t0, 3);
    const [behind] = await behindPace(teacher.id, klass.id, t0);
    expect(behind).toMatchObject({ assignmentId: a.id, userId: student.id, behindBy: 2, perDay: 3 }); // day 1 of 4: 3 expected, 1 done
    const [mine] = await getMyAssignments(student.id, t0);
    expect(mine).toMatchObject({ id: a.id, introduced: 1, total: 12 });
    expect(mine.pace.perDay).toBe(3); // 11 cards left over 4 days (the due day included)
    expect(mine.readiness!.mean).toBeGreaterThan(0);
    expect(mine.readiness!.mean).toBeLessThan(1 / 12 + 1e-9);
  });

  it("refuses bad dates, an exam before the due date and other decks' chapters, writing nothing", async () => {
    const { teacher, deck, klass } = await setup();
    await expect(createAssignment(teacher.id, klass.id, input(deck.id, { dueAt: day(-1) }))).rejects.toThrow(/due date can't be before/);
    await expect(createAssignment(teacher.id, klass.id, input(deck.id, { examAt: day(2) }))).rejects.toBeInstanceOf(ValidationError);
    await expect(createAssignment(teacher.id, klass.id, input(deck.id, { chapterIds: ["nope"] }))).rejects.toThrow(/chapters of the chosen deck/);
    expect(await db().assignment.count({ where: { classId: klass.id } })).toBe(0);
  });

  it("introduces the assignment's cards first (earliest deadline first)", async () => {
    const { teacher, student, deck, klass } = await setup();
    await createAssignment(teacher.id, klass.id, input(deck.id, { tags: ["exam"], dueAt: day(2) }));
    const first = await answer(student, t0, 3);
    expect(first.front[0].text).toBe("Tagged 1");
  });

  it("plans an exam-aware card's next review for the exam, and a plain one by FSRS", async () => {
    for (const examAware of [true, false]) {
      const { teacher, student, deck, klass } = await setup();
      await createAssignment(teacher.id, klass.id, input(deck.id, { examAware }));
      const card = await answer(student, t0, 3);
      const step = new Date(t0.getTime() + 10 * 60_000);
      const view = await getStudyView(student, step, null);
      expect(view.card!.cardId).toBe(card.cardId);
      await gradeCard(student.id, { cardId: card.cardId, rating: 3, expectedVersion: view.card!.version, requestId: randomUUID(), durationMs: 1 }, step);
      const s = await db().cardState.findFirstOrThrow({ where: { userId: student.id, cardId: card.cardId } });
      expect(s.state).toBe(2);
      // Days to the exam are study days: in study time the exam date's UTC midnight begins the exam day.
      const k = examReviewDay(s, (day(20).getTime() - toStudyTime(step, student).getTime()) / DAY_MS, 0.9);
      if (examAware) expect(s.scheduledDays).toBe(k);
      else expect(s.scheduledDays).not.toBe(k);
    }
  });

  it("compares predicted readiness with entered scores, all or nothing", async () => {
    const { teacher, student, deck, klass } = await setup();
    const a = await createAssignment(teacher.id, klass.id, input(deck.id));
    await answer(student, t0, 3);
    await expect(saveExamScores(teacher.id, a.id, [{ email: student.email, score: 0.5 }], day(19))).rejects.toThrow(/Scores can be entered from the exam day, 2026-05-24/);
    await expect(saveExamScores(teacher.id, a.id, [{ email: student.email, score: 0.5 }, { email: "stranger@example.test", score: 0.9 }], day(21)))
      .rejects.toThrow(/Not students of this class: stranger@example.test/);
    expect(await db().examScore.count({ where: { assignmentId: a.id } })).toBe(0);
    await saveExamScores(teacher.id, a.id, [{ email: student.email.toUpperCase(), score: 0.5 }], day(21));
    const p = await getAssignmentProgress(teacher.id, a.id, day(21), "readiness", "desc");
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0].score).toBe(0.5);
    expect(p.comparison).toMatchObject({ students: 1, actual: 0.5 });
    expect(p.comparison!.meanAbsError).toBeCloseTo(Math.abs(p.rows[0].readiness!.mean - 0.5), 9);
    expect((await rosterReadiness(teacher.id, klass.id, day(21)))!.byUser.get(student.id)!.mean).toBeCloseTo(p.rows[0].readiness!.mean, 9);
  });

  it("crams the cards below target on exam day by making them due, keeping their memory state", async () => {
    const { teacher, student, deck, klass } = await setup();
    const a = await createAssignment(teacher.id, klass.id, input(deck.id, { targetRecall: 0.99, examAware: false }));
    const card = await answer(student, t0, 4); // Easy: a review card, due in days
    const before = await db().cardState.findFirstOrThrow({ where: { userId: student.id, cardId: card.cardId } });
    expect(before.due > t0).toBe(true);
    const later = new Date(t0.getTime() + 60_000);
    expect(await cramCount(student.id, a.id, later)).toBe(1);
    expect(await startCram(student.id, a.id, later)).toEqual({ cards: 1, deckId: deck.id });
    const after = await db().cardState.findFirstOrThrow({ where: { id: before.id } });
    expect(after.due).toEqual(later);
    expect(after).toMatchObject({ stability: before.stability, difficulty: before.difficulty, state: 2, reps: before.reps, version: before.version + 1 });
    expect(await cramCount(student.id, a.id, later)).toBe(0);
    expect(await cramCount(student.id, a.id, day(21))).toBe(0); // after the exam there is nothing to cram
  });

  it("lets the instructor change and delete an assignment", async () => {
    const { teacher, deck, klass } = await setup();
    const a = await createAssignment(teacher.id, klass.id, input(deck.id));
    await updateAssignment(teacher.id, a.id, input(deck.id, { title: "Renamed", examAware: false }));
    expect(await db().assignment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ title: "Renamed", examAware: false });
    await deleteAssignment(teacher.id, a.id);
    expect(await db().assignment.count({ where: { id: a.id } })).toBe(0);
  });
});

describe("nobody but the class's instructor can touch its assignments", async () => {
  const { teacher, student, deck, klass } = await setup();
  const a = await createAssignment(teacher.id, klass.id, input(deck.id));
  const other = await makeUser("INSTRUCTOR");
  const otherDeck = await makeDeckWithNotes(other.id, [{ front: "theirs" }]);
  const otherClass = await enrol(other.id, (await makeUser()).id, []);
  const snapshot = async () => JSON.stringify(await Promise.all([
    db().assignment.findMany({ orderBy: { id: "asc" } }), db().examScore.findMany({ orderBy: { userId: "asc" } }), db().classDeck.count(),
    db().cardState.findMany({ orderBy: { id: "asc" } }),
  ]));

  const attempts: [string, string, () => Promise<unknown>][] = [
    ["another instructor", "create an assignment in the class", () => createAssignment(other.id, klass.id, input(otherDeck.id))],
    ["another instructor", "assign the class's deck in their own class", () => createAssignment(other.id, otherClass.id, input(deck.id))],
    ["another instructor", "change the assignment", () => updateAssignment(other.id, a.id, input(otherDeck.id))],
    ["another instructor", "delete the assignment", () => deleteAssignment(other.id, a.id)],
    ["another instructor", "list the class's assignments", () => listClassAssignments(other.id, klass.id)],
    ["another instructor", "read the form options of the class", () => assignmentFormOptions(other.id, klass.id)],
    ["another instructor", "read progress and readiness", () => getAssignmentProgress(other.id, a.id, t0)],
    ["another instructor", "read the roster readiness", () => rosterReadiness(other.id, klass.id, t0)],
    ["another instructor", "enter scores", () => saveExamScores(other.id, a.id, [{ email: student.email, score: 1 }], day(21))],
    ["the student", "change the assignment", () => updateAssignment(student.id, a.id, input(deck.id, { title: "x" }))],
    ["the student", "delete the assignment", () => deleteAssignment(student.id, a.id)],
    ["the student", "enter their own score", () => saveExamScores(student.id, a.id, [{ email: student.email, score: 1 }], day(21))],
    ["the student", "read the class's readiness", () => getAssignmentProgress(student.id, a.id, t0)],
    ["the student", "read the roster readiness", () => rosterReadiness(student.id, klass.id, t0)],
    ["another instructor", "see who is behind pace", () => behindPace(other.id, klass.id, t0)],
    ["another instructor", "cram the class's assignment", () => startCram(other.id, a.id, t0)],
    ["the class's instructor (not a student of it)", "cram it", () => startCram(teacher.id, a.id, t0)],
  ];
  for (const [who, what, run] of attempts) {
    it(`refuses ${who} who tries to ${what}`, async () => {
      const before = await snapshot();
      await expect(run()).rejects.toBeInstanceOf(NotFoundError);
      expect(await snapshot()).toBe(before);
    });
  }

  it("shows a student only the assignments of their own classes", async () => {
    const outsider = await makeUser();
    expect(await getMyAssignments(outsider.id, t0)).toEqual([]);
    expect((await getMyAssignments(student.id, t0)).map((x) => x.id)).toEqual([a.id]);
  });
});
