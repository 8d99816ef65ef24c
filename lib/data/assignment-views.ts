import "server-only";
// What the pages show: the instructor's assignment progress (roster with pace, readiness and scores,
// chapters, calibration), the readiness column of the class roster, and a student's own assignments.
import { calibrationBins, type CalibrationBin } from "@/lib/assignments/calibration";
import { retrievability } from "@/lib/assignments/curve";
import type { Readiness } from "@/lib/assignments/readiness";
import { pace, type Pace } from "@/lib/assignments/pace";
import { dayNumber, studyToday } from "@/lib/assignments/study-dates";
import { q } from "./pg";
import { requireOwnedClass } from "./access";
import { NotFoundError } from "./errors";
import { ASSIGNMENT_SCOPE_SQL, listStudentAssignments, requireOwnedAssignment, type AssignmentSummary } from "./assignments";
import { classReadiness, progressOf, type ChapterInfo } from "./assignment-progress";
import { cramCount } from "./assignment-cram";
import { modelOf, studentModels } from "./assignment-students";

async function summaryOf(assignmentId: string): Promise<AssignmentSummary> {
  const [a] = await q<AssignmentSummary>(
    `SELECT a.id, a."classId", k.name AS "className", a."deckId", d.title AS "deckTitle", a.title, a."startAt", a."dueAt",
       a."examAt", a."targetRecall", a."examAware", a."chapterIds", a.tags
     FROM "Assignment" a JOIN "Class" k ON k.id = a."classId" JOIN "Deck" d ON d.id = a."deckId" WHERE a.id = $1`, [assignmentId]);
  if (!a) throw new NotFoundError("That assignment");
  return a;
}

async function enrolled(classId: string) {
  return q<{ id: string; name: string; email: string }>(
    `SELECT u.id, u.name, u.email FROM "Enrollment" e JOIN "User" u ON u.id = e."userId" WHERE e."classId" = $1 ORDER BY u.name, u.id`, [classId]);
}

export type ProgressRow = {
  userId: string; name: string; email: string; introduced: number; total: number; pace: Pace;
  readiness: Readiness | null; score: number | null; chapters: Record<string, number>;
};

export type ReadinessSortKey = "name" | "introduced" | "behindBy" | "readiness" | "score";

function sortRows(rows: ProgressRow[], key: ReadinessSortKey, dir: "asc" | "desc"): ProgressRow[] {
  const value = (r: ProgressRow): number | string | null =>
    key === "name" ? r.name : key === "introduced" ? r.introduced : key === "behindBy" ? r.pace.behindBy : key === "readiness" ? r.readiness?.mean ?? null : r.score;
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a), vb = value(b);
    if (va === null || vb === null) { if (va !== vb) return va === null ? 1 : -1; }
    else if (va !== vb) return sign * (typeof va === "string" ? va.localeCompare(String(vb)) : Number(va) - Number(vb));
    return a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId);
  });
}

/**
 * Class calibration: predicted R at each review-state answer vs answered correctly, predicted with
 * the weights that scheduled that student's card (personal, preset or default; studentModels).
 */
async function classCalibration(classId: string, userIds: string[]): Promise<CalibrationBin[]> {
  const [rows, decks] = await Promise.all([q<{ u: string; d: string; s: number; t: number; ok: boolean }>(
    `SELECT r."userId" AS u, r."deckId" AS d, r.stability AS s, r."elapsedDays" AS t, r.rating > 1 AS ok FROM "ReviewLog" r
     JOIN "Enrollment" e ON e."userId" = r."userId" AND e."classId" = $1
     JOIN "ClassDeck" cd ON cd."classId" = $1 AND cd."deckId" = r."deckId"
     WHERE r.state = 2 AND r.rating > 0 AND r.stability > 0 ORDER BY r.review DESC LIMIT 200000`, [classId]),
    q<{ deckId: string }>(`SELECT "deckId" FROM "ClassDeck" WHERE "classId" = $1`, [classId])]);
  const models = await studentModels(userIds, decks.map((d) => d.deckId));
  return calibrationBins(rows.map((r) => ({ predicted: retrievability(r.t, r.s, modelOf(models, r.u, r.d).weights), recalled: r.ok })));
}

export async function getAssignmentProgress(instructorId: string, assignmentId: string, now: Date, sort: ReadinessSortKey = "name", dir: "asc" | "desc" = "asc") {
  const owned = await requireOwnedAssignment(instructorId, assignmentId);
  const [a, students] = await Promise.all([summaryOf(assignmentId), enrolled(owned.classId)]);
  const [{ chapters, students: progress }, scores, calibration] = await Promise.all([
    progressOf(a, students.map((s) => s.id), now),
    q<{ userId: string; score: number }>(`SELECT "userId", score FROM "ExamScore" WHERE "assignmentId" = $1`, [a.id]),
    classCalibration(a.classId, students.map((s) => s.id)),
  ]);
  const scoreOf = new Map(scores.map((s) => [s.userId, s.score]));
  const rows: ProgressRow[] = students.map((s, i) => {
    const p = progress[i];
    return {
      userId: s.id, name: s.name, email: s.email, introduced: p.introduced, total: p.total, pace: p.pace, readiness: p.readiness,
      score: scoreOf.get(s.id) ?? null, chapters: Object.fromEntries([...p.chapters].map(([id, r]) => [id, r.mean])),
    };
  });
  const chapterClass = chapters.map((c) => {
    const means = progress.map((p) => p.chapters.get(c.id)?.mean).filter((m): m is number => m !== undefined);
    return { ...c, mean: means.length ? means.reduce((x, y) => x + y, 0) / means.length : null };
  });
  const scored = rows.filter((r) => r.score !== null && r.readiness);
  const comparison = scored.length ? {
    students: scored.length,
    predicted: scored.reduce((x, r) => x + r.readiness!.mean, 0) / scored.length,
    actual: scored.reduce((x, r) => x + r.score!, 0) / scored.length,
    meanAbsError: scored.reduce((x, r) => x + Math.abs(r.readiness!.mean - r.score!), 0) / scored.length,
  } : null;
  return { assignment: a, rows: sortRows(rows, sort, dir), chapters: chapterClass, classReadiness: classReadiness(progress), comparison, calibration };
}

/** The readiness column of the class roster: the next exam's assignment (else the latest past one). */
export async function rosterReadiness(instructorId: string, classId: string, now: Date): Promise<{ title: string; byUser: Map<string, Readiness> } | null> {
  await requireOwnedClass(instructorId, classId);
  const [pick] = await q<{ id: string }>(
    `SELECT id FROM "Assignment" WHERE "classId" = $1 AND "examAt" IS NOT NULL ORDER BY "examAt" < $2, abs(extract(epoch FROM "examAt" - $2::timestamp)) LIMIT 1`,
    [classId, now.toISOString()]);
  if (!pick) return null;
  const a = await summaryOf(pick.id);
  const students = await enrolled(classId);
  const { students: progress } = await progressOf(a, students.map((s) => s.id), now);
  return { title: a.title, byUser: new Map(progress.filter((p) => p.readiness).map((p) => [p.userId, p.readiness!])) };
}

export type StudentAssignment = AssignmentSummary & {
  examStart: Date | null; // when this student's exam day begins (their zone and rollover hour)
  introduced: number; total: number; pace: Pace; readiness: Readiness | null; chapters: (ChapterInfo & { readiness: Readiness | null })[];
  cram: number; // studied cards predicted below target on exam day (pre-exam cram)
};

/** The student's own assignments with their progress and readiness (never anyone else's). */
export async function getMyAssignments(userId: string, now: Date): Promise<StudentAssignment[]> {
  const list = await listStudentAssignments(userId);
  return Promise.all(list.map(async (a) => {
    const { chapters, students: [p] } = await progressOf(a, [userId], now);
    const cram = p.examStart && p.examStart > now ? await cramCount(userId, a.id, now) : 0;
    return {
      ...a, examStart: p.examStart, introduced: p.introduced, total: p.total, pace: p.pace, readiness: p.readiness, cram,
      chapters: chapters.map((c) => ({ ...c, readiness: p.chapters.get(c.id) ?? null })),
    };
  }));
}

export type BehindPace = { assignmentId: string; title: string; userId: string; name: string; behindBy: number; perDay: number };

/**
 * Students behind pace on the class's assignments being introduced now (started, not past due, in
 * each student's own study days), most behind first.
 */
export async function behindPace(instructorId: string, classId: string, now: Date): Promise<BehindPace[]> {
  await requireOwnedClass(instructorId, classId);
  const rows = await q<{ assignmentId: string; title: string; startAt: Date; dueAt: Date; userId: string; name: string; timeZone: string; dayStartHour: number; total: string; introduced: string }>(
    // Margins for every zone (UTC−12 to UTC+14) and rollover hour; each student's own days decide below.
    `WITH a AS (SELECT * FROM "Assignment" WHERE "classId" = $1 AND "startAt" <= $2::timestamp + interval '1 day' AND "dueAt" + interval '3 days' > $2),
     cards AS (SELECT a.id AS aid, c.id AS cid FROM a JOIN "Card" c ON c."deckId" = a."deckId" JOIN "Note" n ON n.id = c."noteId" WHERE ${ASSIGNMENT_SCOPE_SQL})
     SELECT a.id AS "assignmentId", a.title, a."startAt", a."dueAt", u.id AS "userId", u.name, u."timeZone", u."dayStartHour",
       (SELECT count(*) FROM cards WHERE aid = a.id) AS total,
       (SELECT count(*) FROM cards JOIN "CardState" s ON s."cardId" = cards.cid AND s."userId" = u.id AND s.state <> 0 WHERE aid = a.id) AS introduced
     FROM a CROSS JOIN "Enrollment" e JOIN "User" u ON u.id = e."userId" WHERE e."classId" = $1`,
    [classId, now.toISOString()],
  );
  return rows
    .filter((r) => {
      const today = studyToday(now, { timeZone: r.timeZone, dayStartHour: r.dayStartHour });
      return dayNumber(r.startAt) <= today && today <= dayNumber(r.dueAt);
    })
    .map((r) => {
      const p = pace({ total: Number(r.total), introduced: Number(r.introduced), startAt: r.startAt, dueAt: r.dueAt, now, clock: { timeZone: r.timeZone, dayStartHour: r.dayStartHour } });
      return { assignmentId: r.assignmentId, title: r.title, userId: r.userId, name: r.name, behindBy: p.behindBy, perDay: p.perDay };
    })
    .filter((r) => r.behindBy > 0)
    .sort((a, b) => b.behindBy - a.behindBy || a.name.localeCompare(b.name));
}
