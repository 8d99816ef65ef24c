import "server-only";
// Progress and exam readiness of an assignment, per student and chapter: three set-based queries
// (the assignment's cards, the students' memory of them, their recent study days), then the pure
// readiness model of lib/assignments. A card reviewed after the exam is read as it stood at the exam,
// from the first review log after it (the log keeps the state before the answer).
// Every date is the student's own: the exam day begins at their rollover hour in their zone, pace
// counts their study days, and recall uses the FSRS weights that schedule their cards.
import { pace, type Pace } from "@/lib/assignments/pace";
import { studyDayStart, studyToday } from "@/lib/assignments/study-dates";
import { adherenceOf, examRecallMs, summarize, classReadiness as pooled, type Readiness } from "@/lib/assignments/readiness";
import { DAY_MS } from "@/lib/assignments/curve";
import { q, ts } from "./pg";
import { ASSIGNMENT_SCOPE_SQL, type AssignmentSummary } from "./assignments";
import { modelOf, studentModels } from "./assignment-students";

export type StudentProgress = {
  userId: string;
  introduced: number;
  total: number;
  pace: Pace;
  readiness: Readiness | null; // null without an exam date
  examStart: Date | null; // when the student's exam day begins (their zone and rollover hour)
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

async function memoryRows(a: AssignmentSummary, userIds: string[], asOf: Date[], now: Date, chapterIds: string[]): Promise<StateRow[]> {
  // Read each student's state as of min(now, their exam): after it, the first later log holds the state before it.
  const afterExam = asOf.some((t) => t < now);
  const from = `FROM "Assignment" a JOIN "Card" c ON c."deckId" = a."deckId" JOIN "Note" n ON n.id = c."noteId"
     JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = ANY($2::text[])`;
  const where = `WHERE a.id = $1 AND ${ASSIGNMENT_SCOPE_SQL} AND s."lastReview" IS NOT NULL AND s.state <> 0`;
  const packed = await q<{ userId: string; cards: string }>(
    afterExam
      ? `SELECT s."userId", ${PACK("COALESCE(l.stability, s.stability)", "COALESCE(l.difficulty, s.difficulty)",
          `COALESCE(l.review - l."elapsedDays" * interval '1 day', s."lastReview")`, "COALESCE(l.due, s.due)")} AS cards
         ${from} JOIN unnest($2::text[], $3::timestamp[]) AS u(id, asof) ON u.id = s."userId"
         LEFT JOIN LATERAL (SELECT r.stability, r.difficulty, r.review, r."elapsedDays", r.due FROM "ReviewLog" r
           WHERE r."cardId" = c.id AND r."userId" = s."userId" AND r.review > u.asof AND r.rating > 0 ORDER BY r.review LIMIT 1) l ON s."lastReview" > u.asof
         ${where} GROUP BY s."userId"`
      : `SELECT s."userId", ${PACK("s.stability", "s.difficulty", `s."lastReview"`, "s.due")} AS cards
         ${from} ${where} AND $3::timestamp[] IS NOT NULL GROUP BY s."userId"`,
    [a.id, userIds, asOf.map(ts), chapterIds],
  );
  // Only a past exam limits which answers count; before it, an answer stamped a moment after `now`
  // (another request's clock) still counts.
  const limitOf = new Map(userIds.map((id, i) => [id, asOf[i] < now ? asOf[i].getTime() : Infinity]));
  const out: StateRow[] = [];
  for (const { userId, cards } of packed) {
    const limit = limitOf.get(userId)!;
    for (const card of cards.split(";")) {
      const [chapter, stability, difficulty, last, due] = card.split(",");
      const row = { userId, chapterId: chapterIds[Number(chapter) - 1] || null, stability: Number(stability), difficulty: Number(difficulty), last: Number(last) * 1000, due: Number(due) * 1000 };
      if (row.last <= limit && row.stability > 0) out.push(row);
    }
  }
  return out;
}

/** Study days with reviews among each student's last ADHERENCE_WINDOW study days (ReviewDay is keyed by study day). */
async function studyDays(userIds: string[], todays: number[]): Promise<Map<string, number>> {
  const key = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  const rows = await q<{ userId: string; days: string }>(
    `SELECT r."userId", count(DISTINCT r.day) AS days FROM unnest($1::text[], $2::date[]) AS u(id, today)
     JOIN "ReviewDay" r ON r."userId" = u.id AND r.day > u.today - $3::int AND r.day <= u.today AND r.reviews > 0 GROUP BY r."userId"`,
    [userIds, todays.map(key), ADHERENCE_WINDOW],
  );
  return new Map(rows.map((r) => [r.userId, Number(r.days)]));
}

/** Progress of the given students (already authorized by the caller) on one assignment. */
export async function progressOf(a: AssignmentSummary, userIds: string[], now: Date): Promise<{ chapters: ChapterInfo[]; students: StudentProgress[] }> {
  if (!userIds.length) return { chapters: await assignmentChapters(a.id), students: [] };
  const [chapters, models] = await Promise.all([assignmentChapters(a.id), studentModels(userIds, [a.deckId])]);
  const model = userIds.map((id) => modelOf(models, id, a.deckId));
  const examStart = model.map((m) => (a.examAt ? studyDayStart(a.examAt, m.clock) : null));
  const asOf = examStart.map((e) => (e && e < now ? e : now));
  const [days, rows] = await Promise.all([
    studyDays(userIds, model.map((m) => studyToday(now, m.clock))),
    memoryRows(a, userIds, asOf, now, chapters.map((c) => c.id)),
  ]);
  const total = chapters.reduce((n, c) => n + c.cards, 0);
  const byUser = new Map<string, StateRow[]>();
  for (const r of rows) (byUser.get(r.userId) ?? byUser.set(r.userId, []).get(r.userId)!).push(r);
  const students = userIds.map((userId, i): StudentProgress => {
    const mine = byUser.get(userId) ?? [];
    const { clock, weights } = model[i];
    const progress = { userId, introduced: mine.length, total, examStart: examStart[i], pace: pace({ total, introduced: mine.length, startAt: a.startAt, dueAt: a.dueAt, now, clock }) };
    if (!examStart[i]) return { ...progress, readiness: null, chapters: new Map() };
    const adherence = adherenceOf(days.get(userId) ?? 0, ADHERENCE_WINDOW);
    const opts = { examTarget: a.examAware ? a.targetRecall : null, weights };
    const perChapter = new Map<string, number[]>(chapters.map((c) => [c.id, []]));
    const exam = examStart[i]!.getTime();
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
