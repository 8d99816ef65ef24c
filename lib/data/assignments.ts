import "server-only";
// Assignments: only the class's instructor creates, changes or scores them; students read the ones
// of classes they are enrolled in. Every lookup is scoped by class ownership or enrolment.
import { db } from "@/lib/db";
import { fitToExamDay } from "@/lib/assignments/exam";
import { studyDayStart } from "@/lib/assignments/study-dates";
import { toStudyTime, type StudyClock } from "@/lib/srs/study-clock";
import type { MemoryState } from "@/lib/srs/types";
import type { ScoreEntry } from "@/lib/assignments/scores-csv";
import { q, ts } from "./pg";
import { requireOwnedClass, requireOwnedDeck } from "./access";
import { NotFoundError, ValidationError } from "./errors";

export type AssignmentInput = {
  title: string;
  deckId: string;
  chapterIds: string[];
  tags: string[];
  startAt: Date;
  dueAt: Date;
  examAt: Date | null;
  targetRecall: number;
  examAware: boolean;
};

/** SQL predicate: card `c` of note `n` is in assignment `a`'s scope. */
export const ASSIGNMENT_SCOPE_SQL = `c."deckId" = a."deckId" AND (cardinality(a."chapterIds") = 0 OR n."chapterId" = ANY(a."chapterIds"))
  AND (cardinality(a.tags) = 0 OR n.tags && a.tags)`;

async function checkInput(instructorId: string, input: AssignmentInput) {
  await requireOwnedDeck(instructorId, input.deckId);
  if (input.dueAt < input.startAt) throw new ValidationError("The due date can't be before the start date.", "dueAt");
  if (input.examAt && input.examAt < input.dueAt) throw new ValidationError("The exam can't be before the due date.", "examAt");
  if (!(input.targetRecall >= 0.5 && input.targetRecall <= 0.99)) throw new ValidationError("Target recall must be between 50% and 99%.", "targetRecall");
  if (input.chapterIds.length) {
    const found = await q<{ id: string }>(`SELECT DISTINCT "chapterId" AS id FROM "Note" WHERE "deckId" = $1 AND "chapterId" = ANY($2::text[])`, [input.deckId, input.chapterIds]);
    if (found.length !== new Set(input.chapterIds).size) throw new ValidationError("Pick chapters of the chosen deck.", "chapterIds");
  }
}

/** Creates the assignment and puts its deck in the class (students study it from Today). */
export async function createAssignment(instructorId: string, classId: string, input: AssignmentInput) {
  await requireOwnedClass(instructorId, classId);
  await checkInput(instructorId, input);
  return db().$transaction(async (tx) => {
    await tx.classDeck.upsert({ where: { classId_deckId: { classId, deckId: input.deckId } }, create: { classId, deckId: input.deckId }, update: {} });
    return tx.assignment.create({ data: { classId, ...input, title: input.title.trim() } });
  });
}

/** An assignment of a class the instructor owns (NotFoundError for anyone else). */
export async function requireOwnedAssignment(instructorId: string, assignmentId: string): Promise<{ id: string; classId: string }> {
  const [a] = await q<{ id: string; classId: string }>(
    `SELECT a.id, a."classId" FROM "Assignment" a JOIN "Class" k ON k.id = a."classId" WHERE a.id = $1 AND k."ownerId" = $2`, [assignmentId, instructorId]);
  if (!a) throw new NotFoundError("That assignment");
  return a;
}

export async function updateAssignment(instructorId: string, assignmentId: string, input: AssignmentInput) {
  const a = await requireOwnedAssignment(instructorId, assignmentId);
  await checkInput(instructorId, input);
  return db().$transaction(async (tx) => {
    await tx.classDeck.upsert({ where: { classId_deckId: { classId: a.classId, deckId: input.deckId } }, create: { classId: a.classId, deckId: input.deckId }, update: {} });
    return tx.assignment.update({ where: { id: a.id }, data: { ...input, title: input.title.trim() } });
  });
}

export async function deleteAssignment(instructorId: string, assignmentId: string) {
  const a = await requireOwnedAssignment(instructorId, assignmentId);
  await db().assignment.delete({ where: { id: a.id } }); // the deck stays in the class; reviews stay
}

export type AssignmentSummary = {
  id: string; classId: string; className: string; deckId: string; deckTitle: string; title: string;
  startAt: Date; dueAt: Date; examAt: Date | null; targetRecall: number; examAware: boolean; chapterIds: string[]; tags: string[];
};

const SUMMARY_SQL = `SELECT a.id, a."classId", k.name AS "className", a."deckId", d.title AS "deckTitle", a.title, a."startAt", a."dueAt",
  a."examAt", a."targetRecall", a."examAware", a."chapterIds", a.tags
  FROM "Assignment" a JOIN "Class" k ON k.id = a."classId" JOIN "Deck" d ON d.id = a."deckId"`;

export async function listClassAssignments(instructorId: string, classId: string): Promise<AssignmentSummary[]> {
  await requireOwnedClass(instructorId, classId);
  return q<AssignmentSummary>(`${SUMMARY_SQL} WHERE a."classId" = $1 ORDER BY a."dueAt", a.id`, [classId]);
}

/** Assignments of the classes the student is enrolled in, earliest due first. */
export async function listStudentAssignments(userId: string): Promise<AssignmentSummary[]> {
  return q<AssignmentSummary>(
    `${SUMMARY_SQL} JOIN "Enrollment" e ON e."classId" = a."classId" AND e."userId" = $1 WHERE d."archivedAt" IS NULL AND d."deletedAt" IS NULL ORDER BY a."dueAt", a.id`,
    [userId],
  );
}

/** What the assignment form offers: the instructor's decks with their chapters and tags. */
export async function assignmentFormOptions(instructorId: string, classId: string) {
  await requireOwnedClass(instructorId, classId);
  const decks = await q<{ id: string; title: string }>(`SELECT id, title FROM "Deck" WHERE "ownerId" = $1 AND "archivedAt" IS NULL AND "deletedAt" IS NULL ORDER BY "createdAt"`, [instructorId]);
  const chapters = await q<{ deckId: string; id: string; title: string }>(
    `SELECT DISTINCT n."deckId", ch.id, ch.title, ch.index FROM "Note" n JOIN "Chapter" ch ON ch.id = n."chapterId"
     WHERE n."deckId" = ANY($1::text[]) ORDER BY ch.index`, [decks.map((d) => d.id)]);
  const tags = await q<{ deckId: string; tag: string }>(
    `SELECT DISTINCT n."deckId", t AS tag FROM "Note" n CROSS JOIN LATERAL unnest(n.tags) t WHERE n."deckId" = ANY($1::text[]) ORDER BY t`, [decks.map((d) => d.id)]);
  return decks.map((d) => ({
    ...d,
    chapters: chapters.filter((c) => c.deckId === d.id).map((c) => ({ id: c.id, title: c.title })),
    tags: tags.filter((t) => t.deckId === d.id).map((t) => t.tag),
  }));
}

/**
 * Saves actual exam scores (0..1) by email; all-or-nothing: every email must be a student of the
 * class, and only once the exam day has begun (in the instructor's time zone and rollover hour).
 */
export async function saveExamScores(instructorId: string, assignmentId: string, entries: ScoreEntry[], now: Date) {
  const a = await requireOwnedAssignment(instructorId, assignmentId);
  const [exam] = await q<{ examAt: Date | null; timeZone: string; dayStartHour: number }>(
    `SELECT a."examAt", u."timeZone", u."dayStartHour" FROM "Assignment" a JOIN "User" u ON u.id = $2 WHERE a.id = $1`, [a.id, instructorId]);
  if (!exam.examAt) throw new ValidationError("This assignment has no exam date, so there are no exam scores to enter.", "scores");
  if (now < studyDayStart(exam.examAt, exam)) {
    throw new ValidationError(`Scores can be entered from the exam day, ${exam.examAt.toISOString().slice(0, 10)}.`, "scores");
  }
  if (!entries.length) throw new ValidationError("Enter at least one score.", "scores");
  const students = await q<{ id: string; email: string }>(
    `SELECT u.id, lower(u.email) AS email FROM "Enrollment" e JOIN "User" u ON u.id = e."userId" WHERE e."classId" = $1 AND lower(u.email) = ANY($2::text[])`,
    [a.classId, entries.map((e) => e.email.toLowerCase())],
  );
  const byEmail = new Map(students.map((s) => [s.email, s.id]));
  const unknown = entries.filter((e) => !byEmail.has(e.email.toLowerCase())).map((e) => e.email);
  if (unknown.length) throw new ValidationError(`Not students of this class: ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? "…" : ""}.`, "scores");
  if (entries.some((e) => !(e.score >= 0 && e.score <= 1))) throw new ValidationError("Scores must be from 0% to 100%.", "scores");
  await db().$transaction(entries.map((e) => {
    const userId = byEmail.get(e.email.toLowerCase())!;
    return db().examScore.upsert({
      where: { assignmentId_userId: { assignmentId: a.id, userId } },
      create: { assignmentId: a.id, userId, score: e.score }, update: { score: e.score, enteredAt: new Date() },
    });
  }));
  return entries.length;
}

/**
 * Exam plans for the grade path's read (user $1, card alias `c`): every exam-aware assignment with an
 * exam covering the card in the student's classes, as JSON; planForExam picks the next one. Read in
 * the same statement as the card so grading costs no extra round trip.
 */
export const EXAM_PLANS_SQL = `(SELECT json_agg(json_build_object('examAt', a."examAt", 'target', a."targetRecall") ORDER BY a."examAt")
  FROM "Assignment" a JOIN "Note" n ON n.id = c."noteId" JOIN "Enrollment" e ON e."classId" = a."classId" AND e."userId" = $1
  WHERE a."deckId" = c."deckId" AND a."examAware" AND a."examAt" IS NOT NULL AND ${ASSIGNMENT_SCOPE_SQL}) AS "examPlans"`;

export type ExamPlansRow = { examPlans: { examAt: string; target: number }[] | null };

/**
 * The grade path's one call: the scheduler's result, re-planned for the student's next exam on this
 * card (if any), counted in the student's study days (`clock`) with the weights that scheduled it.
 */
export function planForExam<T extends MemoryState>(plans: ExamPlansRow["examPlans"], next: T, now: Date, clock: StudyClock, weights?: number[]): T {
  if (next.state !== 2 || !plans) return next; // learning steps are minutes long: nothing to plan
  // json_build_object writes timestamps without a zone; they are UTC like every timestamp here.
  // An exam is upcoming until the student's exam day begins (in study time: its date's UTC midnight).
  const studyNow = toStudyTime(now, clock);
  const upcoming = plans.map((p) => ({ examDate: new Date(`${p.examAt}Z`), target: p.target })).find((p) => p.examDate > studyNow);
  return upcoming ? fitToExamDay(next, now, upcoming, clock, weights) : next;
}
