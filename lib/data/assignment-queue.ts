import "server-only";
// New cards by deadline: the review screen's one call. Each deck's remaining new-card budget today
// is shared among the student's started, unfinished assignments on it, earliest due date first (each
// gets its pace, leftovers to the earliest), and those cards come before the deck's other new cards.
// An assignment starts on the student's own study day of its start date (their zone and rollover).
import { newCardBudget, pace } from "@/lib/assignments/pace";
import { DAY_MS } from "@/lib/assignments/curve";
import { studyToday } from "@/lib/assignments/study-dates";
import type { StudyClock } from "@/lib/srs/study-clock";
import { qPrepared, ts } from "./pg";
import { ASSIGNMENT_SCOPE_SQL } from "./assignments";
import type { Candidate } from "./review/candidates";

type Open = { id: string; deckId: string; startAt: Date; dueAt: Date; total: string; introduced: string };

// `fresh` may still be on its way: the assignments are read meanwhile (one round trip less per grade).
export async function deadlineFirst(userId: string, clock: StudyClock, pendingFresh: Candidate[] | Promise<Candidate[]>, budgets: { deckId: string; limit: number }[], now: Date): Promise<(Candidate & { rank?: number })[]> {
  const [open, fresh] = await Promise.all([openAssignments(userId, clock, budgets, now), pendingFresh]);
  const shares: { id: string; n: number; rank: number }[] = [];
  for (const { deckId, limit } of budgets) {
    const mine = open.filter((a) => a.deckId === deckId && Number(a.total) > Number(a.introduced));
    const budget = newCardBudget(mine.map((a) => {
      const p = pace({ total: Number(a.total), introduced: Number(a.introduced), startAt: a.startAt, dueAt: a.dueAt, now, clock });
      return { id: a.id, dueAt: a.dueAt, perDay: p.perDay, remaining: Number(a.total) - Number(a.introduced) };
    }), limit);
    for (const [id, n] of budget) if (n > 0) shares.push({ id, n, rank: open.findIndex((a) => a.id === id) });
  }
  if (!shares.length) return fresh;
  const picked = await qPrepared<Candidate & { assignmentId: string }>(
    `SELECT x.id AS "assignmentId", k.* FROM unnest($2::text[], $3::int[]) AS x(id, lim)
     CROSS JOIN LATERAL (
       SELECT c.id AS "cardId", c."noteId", c."deckId", NULL::timestamp AS due, 0 AS state, c.position
       FROM "Assignment" a JOIN "Card" c ON c."deckId" = a."deckId" JOIN "Note" n ON n.id = c."noteId"
       LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
       WHERE a.id = x.id AND ${ASSIGNMENT_SCOPE_SQL}
         AND (s.id IS NULL OR (s.state = 0 AND NOT s.suspended AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= $4)))
       ORDER BY c.position LIMIT x.lim) k`,
    // Over-fetch like newCandidates: siblings of cards answered today are skipped later.
    [userId, shares.map((s) => s.id), shares.map((s) => s.n + 10), ts(now)],
  );
  const rankOf = new Map(shares.map((s) => [s.id, s.rank]));
  const seen = new Set<string>();
  const first = picked.flatMap(({ assignmentId, ...c }) => (seen.has(c.cardId) ? [] : (seen.add(c.cardId), [{ ...c, rank: rankOf.get(assignmentId) ?? 0 }])));
  return [...first, ...fresh.filter((c) => !seen.has(c.cardId))];
}

async function openAssignments(userId: string, clock: StudyClock, budgets: { deckId: string }[], now: Date): Promise<Open[]> {
  return qPrepared<Open>(
    `SELECT a.id, a."deckId", a."startAt", a."dueAt", count(c.id) AS total, count(s.id) FILTER (WHERE s.state <> 0) AS introduced
     FROM "Assignment" a JOIN "Enrollment" e ON e."classId" = a."classId" AND e."userId" = $1
     JOIN "Card" c ON c."deckId" = a."deckId" JOIN "Note" n ON n.id = c."noteId"
     LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
     WHERE a."startAt" <= $2::date AND a."deckId" = ANY($3::text[]) AND ${ASSIGNMENT_SCOPE_SQL}
     GROUP BY a.id ORDER BY a."dueAt", a.id`,
    [userId, new Date(studyToday(now, clock) * DAY_MS).toISOString().slice(0, 10), budgets.map((b) => b.deckId)],
  );
}
