import "server-only";
// Pre-exam cram: the student's studied cards of an assignment whose predicted recall on the exam day
// is below target become due now. Only the due date moves; the answers are normal (early) reviews
// through the grade path, so FSRS keeps each card's memory state and the long-term schedule.
// "Exam day" and "predicted recall" are the student's: their exam day begins at their rollover hour in
// their zone, and R uses the weights that schedule their cards.
import { needsCram } from "@/lib/assignments/exam";
import { studyDayStart } from "@/lib/assignments/study-dates";
import { q, ts } from "./pg";
import { ASSIGNMENT_SCOPE_SQL } from "./assignments";
import { NotFoundError } from "./errors";
import { modelOf, studentModels } from "./assignment-students";

type Row = { id: string; deckId: string; stability: number; difficulty: number; lastReview: Date; due: Date; examAt: Date; target: number };

async function below(userId: string, assignmentId: string, now: Date): Promise<Row[]> {
  const rows = await q<Row>(
    `SELECT s.id, a."deckId", s.stability, s.difficulty, s."lastReview", s.due, a."examAt", a."targetRecall" AS target
     FROM "Assignment" a JOIN "Enrollment" e ON e."classId" = a."classId" AND e."userId" = $1
     JOIN "Card" c ON c."deckId" = a."deckId" JOIN "Note" n ON n.id = c."noteId"
     JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
     WHERE a.id = $2 AND a."examAt" > $3::timestamp - interval '2 days' AND ${ASSIGNMENT_SCOPE_SQL} AND s.state = 2 AND NOT s.suspended AND s."lastReview" IS NOT NULL`,
    [userId, assignmentId, ts(now)],
  );
  if (!rows.length) return rows;
  const { clock, weights } = modelOf(await studentModels([userId], [rows[0].deckId]), userId, rows[0].deckId);
  const examAt = studyDayStart(rows[0].examAt, clock);
  if (examAt <= now) return []; // the exam day has begun for this student
  return rows.filter((r) => r.due > now && needsCram(r, { examAt, target: r.target }, weights));
}

/** How many of the student's studied cards are predicted below target on exam day (0 after the exam). */
export async function cramCount(userId: string, assignmentId: string, now: Date): Promise<number> {
  return (await below(userId, assignmentId, now)).length;
}

/** Makes those cards due now; returns how many. NotFoundError unless the student is in the assignment's class. */
export async function startCram(userId: string, assignmentId: string, now: Date): Promise<{ cards: number; deckId: string }> {
  const [a] = await q<{ deckId: string }>(
    `SELECT a."deckId" FROM "Assignment" a JOIN "Enrollment" e ON e."classId" = a."classId" AND e."userId" = $1 WHERE a.id = $2`, [userId, assignmentId]);
  if (!a) throw new NotFoundError("That assignment");
  const rows = await below(userId, assignmentId, now);
  if (rows.length) {
    await q(`UPDATE "CardState" SET due = $3, version = version + 1, "updatedAt" = now() WHERE "userId" = $1 AND id = ANY($2::text[]) AND due > $3`,
      [userId, rows.map((r) => r.id), ts(now)]);
  }
  return { cards: rows.length, deckId: a.deckId };
}
