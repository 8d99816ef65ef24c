import "server-only";
// Progress and exam readiness of an assignment, per student and chapter: three set-based queries
// (the assignment's cards, the students' memory of them, their recent study days), then the pure
// readiness model of lib/assignments. A card reviewed after the exam is read as it stood at the exam,
// from the first review log after it (the log keeps the state before the answer).
import { pace, type Pace } from "@/lib/assignments/pace";
import { adherenceOf, examRecallMs, summarize, classReadiness as pooled, type Readiness } from "@/lib/assignments/readiness";
import { DAY_MS } from "@/lib/assignments/curve";
import { q, ts } from "./pg";
import { ASSIGNMENT_SCOPE_SQL, type AssignmentSummary } from "./assignments";

export type StudentProgress = {
  userId: string;
  introduced: number;
  total: number;
  pace: Pace;
  readiness: Readiness | null; // null without an exam date
  chapters: Map<string, Readiness>; // chapter id ("" = no chapter) -> readiness
};

export type ChapterInfo = { id: string; title: string; cards: number };

const ADHERENCE_WINDOW = 14;

type StateRow = { userId: string; chapterId: string | null; stability: number; difficulty: number; last: number; due: number }; // times in epoch ms

export async function assignmentChapters(assignmentId: string): Promise<ChapterInfo[]> {
  const rows = await q<{ id: string | null; title: string | null; cards: string }>(
    `SELECT n."chapterId" AS id, ch.title, count(*) AS cards FROM "Assignment" a JOIN "Card" c ON c."deckId" = a."deckId"
     JOIN "Note" n ON n.id = c."noteId" LEFT JOIN "Chapter" ch ON ch.id = n."chapterId"
     WHERE a.id = $1 AND ${ASSIGNMENT_SCOPE_SQL} GROUP BY n."chapterId", ch.title, ch.index ORDER BY ch.index NULLS LAST`,
    [assignmentId],
  );
  return rows.map((r) => ({ id: r.id ?? "", title: r.title ?? "Other cards", cards: Number(r.cards) }));
}

const EPOCH_S = (col: string) => `extract(epoch FROM ${col})::bigint`;

// One packed text per student ("chapter#,S,D,last,due;…": chapter as its place in $4, times in whole
// seconds) rather than a row per card: parsing 60,000 rows field by field costs several times the
// query itself (bench/assignments.ts). Rounding S and D in SQL would cost more than it saves.
const PACK = (s: string, d: string, last: string, due: string) =>
  `string_agg(concat_ws(',', COALESCE(array_position($4::text[], n."chapterId"), 0), ${s}, ${d}, ${EPOCH_S(last)}, ${EPOCH_S(due)}), ';')`;

async function memoryRows(a: AssignmentSummary, userIds: string[], now: Date, chapterIds: string[]): Promise<StateRow[]> {
  // Read the state as of min(now, exam): after the exam, the first later log holds the state before it.
  const afterExam = a.examAt !== null && a.examAt < now;
  const asOf = afterExam ? a.examAt! : now;
  const from = `FROM "Assignment" a JOIN "Card" c ON c."deckId" = a."deckId" JOIN "Note" n ON n.id = c."noteId"
     JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = ANY($2::text[])`;
  const where = `WHERE a.id = $1 AND ${ASSIGNMENT_SCOPE_SQL} AND s."lastReview" IS NOT NULL AND s.state <> 0`;
  const packed = await q<{ userId: string; cards: string }>(
    afterExam
      ? `SELECT s."userId", ${PACK("COALESCE(l.stability, s.stability)", "COALESCE(l.difficulty, s.difficulty)",
          `COALESCE(l.review - l."elapsedDays" * interval '1 day', s."lastReview")`, "COALESCE(l.due, s.due)")} AS cards
         ${from}
         LEFT JOIN LATERAL (SELECT r.stability, r.difficulty, r.review, r."elapsedDays", r.due FROM "ReviewLog" r
           WHERE r."cardId" = c.id AND r."userId" = s."userId" AND r.review > $3 AND r.rating > 0 ORDER BY r.review LIMIT 1) l ON s."lastReview" > $3
         ${where} GROUP BY s."userId"`
      : `SELECT s."userId", ${PACK("s.stability", "s.difficulty", `s."lastReview"`, "s.due")} AS cards
         ${from} ${where} AND $3::timestamp IS NOT NULL GROUP BY s."userId"`,
    [a.id, userIds, ts(asOf), chapterIds],
  );
  const limit = asOf.getTime();
  const out: StateRow[] = [];
  for (const { userId, cards } of packed) {
    for (const card of cards.split(";")) {
      const [chapter, stability, difficulty, last, due] = card.split(",");
      const row = { userId, chapterId: chapterIds[Number(chapter) - 1] || null, stability: Number(stability), difficulty: Number(difficulty), last: Number(last) * 1000, due: Number(due) * 1000 };
      if (row.last <= limit && row.stability > 0) out.push(row);
    }
  }
  return out;
}

async function studyDays(userIds: string[], now: Date): Promise<Map<string, number>> {
  const rows = await q<{ userId: string; days: string }>(
    `SELECT "userId", count(DISTINCT day) AS days FROM "ReviewDay" WHERE "userId" = ANY($1::text[]) AND day >= $2::date AND day <= $3::date AND reviews > 0 GROUP BY "userId"`,
    [userIds, ts(new Date(now.getTime() - ADHERENCE_WINDOW * DAY_MS)).slice(0, 10), ts(now).slice(0, 10)],
  );
  return new Map(rows.map((r) => [r.userId, Number(r.days)]));
}

/** Progress of the given students (already authorized by the caller) on one assignment. */
export async function progressOf(a: AssignmentSummary, userIds: string[], now: Date): Promise<{ chapters: ChapterInfo[]; students: StudentProgress[] }> {
  if (!userIds.length) return { chapters: await assignmentChapters(a.id), students: [] };
  const [chapters, days] = await Promise.all([assignmentChapters(a.id), studyDays(userIds, now)]);
  const rows = await memoryRows(a, userIds, now, chapters.map((c) => c.id));
  const total = chapters.reduce((n, c) => n + c.cards, 0);
  const byUser = new Map<string, StateRow[]>();
  for (const r of rows) (byUser.get(r.userId) ?? byUser.set(r.userId, []).get(r.userId)!).push(r);
  const dueEnd = new Date(a.dueAt.getTime() + DAY_MS); // "by" the due date: through its end
  const students = userIds.map((userId): StudentProgress => {
    const mine = byUser.get(userId) ?? [];
    const progress = { userId, introduced: mine.length, total, pace: pace({ total, introduced: mine.length, startAt: a.startAt, dueAt: dueEnd, now }) };
    if (!a.examAt) return { ...progress, readiness: null, chapters: new Map() };
    const adherence = adherenceOf(days.get(userId) ?? 0, ADHERENCE_WINDOW);
    const opts = { examTarget: a.examAware ? a.targetRecall : null };
    const perChapter = new Map<string, number[]>(chapters.map((c) => [c.id, []]));
    const exam = a.examAt.getTime();
    for (const r of mine) perChapter.get(r.chapterId ?? "")?.push(examRecallMs(r.stability, r.difficulty, r.last, r.due, exam, adherence, opts));
    const all: number[] = [];
    const chapterReadiness = new Map<string, Readiness>();
    for (const c of chapters) {
      const p = perChapter.get(c.id) ?? [];
      const studied = p.length;
      while (p.length < c.cards) p.push(0); // never-studied cards count as not recalled
      chapterReadiness.set(c.id, summarize(p, studied));
      all.push(...p);
    }
    return { ...progress, readiness: summarize(all, mine.length), chapters: chapterReadiness };
  });
  return { chapters, students };
}

/** The class figure: mean of the students' readiness with its interval (lib/assignments/readiness). */
export function classReadiness(students: StudentProgress[]): Readiness | null {
  return pooled(students.map((s) => s.readiness).filter((r): r is Readiness => r !== null));
}
