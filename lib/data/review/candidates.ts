import "server-only";
// The queries behind the due queue. Each is bounded (LIMIT) and served by an index:
// CardState (userId, due) for learning and reviews, Card (deckId, position) for new cards.
import { qPrepared, ts } from "../pg";

export type Candidate = {
  cardId: string;
  noteId: string;
  deckId: string;
  due: Date | null; // null for new cards
  state: number; // 0 new, 1 learning, 2 review, 3 relearning
  position: number;
};

const LEARN_AHEAD_MS = 20 * 60_000; // like Anki: learning cards due within 20 minutes may be shown early

export async function learningCandidates(userId: string, deckIds: string[], now: Date): Promise<Candidate[]> {
  return qPrepared<Candidate>(
    `SELECT s."cardId", c."noteId", s."deckId", s.due, s.state, c.position
     FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
     WHERE s."userId" = $1 AND s."deckId" = ANY($2::text[]) AND s.state IN (1, 3) AND NOT s.suspended
       AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= $3) AND s.due <= $4
     ORDER BY s.due LIMIT 1000`,
    [userId, deckIds, ts(now), ts(new Date(now.getTime() + LEARN_AHEAD_MS))],
  );
}

export async function reviewCandidates(userId: string, deckIds: string[], now: Date, dayEnd: Date, limit: number): Promise<Candidate[]> {
  if (limit <= 0) return [];
  return qPrepared<Candidate>(
    `SELECT s."cardId", c."noteId", s."deckId", s.due, s.state, c.position
     FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
     WHERE s."userId" = $1 AND s."deckId" = ANY($2::text[]) AND s.state = 2 AND NOT s.suspended
       AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= $3) AND s.due < $4
     ORDER BY s.due, s."cardId" LIMIT $5`,
    [userId, deckIds, ts(now), ts(dayEnd), limit],
  );
}

/** New cards per deck in source order: no state row yet, or reset to new (state 0) and not suspended. */
export async function newCandidates(userId: string, limits: { deckId: string; limit: number }[], now: Date): Promise<Candidate[]> {
  const wanted = limits.filter((l) => l.limit > 0);
  if (!wanted.length) return [];
  return qPrepared<Candidate>(
    `SELECT c.id AS "cardId", c."noteId", c."deckId", NULL::timestamp AS due, 0 AS state, c.position
     FROM unnest($2::text[], $3::int[]) AS d(id, lim)
     CROSS JOIN LATERAL (
       SELECT k.* FROM "Card" k LEFT JOIN "CardState" s ON s."cardId" = k.id AND s."userId" = $1
       WHERE k."deckId" = d.id
         AND (s.id IS NULL OR (s.state = 0 AND NOT s.suspended AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= $4)))
       ORDER BY k.position LIMIT d.lim) c
     ORDER BY array_position($2::text[], c."deckId"), c.position`,
    // Over-fetch a little: siblings of cards answered today are skipped after this query.
    [userId, wanted.map((l) => l.deckId), wanted.map((l) => l.limit + 10), ts(now)],
  );
}

export type TodayCounts = { deckId: string; newDone: number; reviewsDone: number };

/** What was already studied today per deck (for the daily limits), in all (answers, time) and which notes were answered. */
export async function todayActivity(userId: string, dayStart: Date) {
  const [counts, notes] = await Promise.all([
    qPrepared<{ deckId: string; newDone: string; reviewsDone: string; answers: string; ms: string | null }>(
      `SELECT "deckId", count(*) FILTER (WHERE state = 0) AS "newDone", count(*) FILTER (WHERE state = 2) AS "reviewsDone",
         count(*) AS answers, sum("durationMs") AS ms
       FROM "ReviewLog" WHERE "userId" = $1 AND review >= $2 AND rating > 0 GROUP BY "deckId"`,
      [userId, ts(dayStart)],
    ),
    qPrepared<{ noteId: string; cardId: string }>(
      `SELECT DISTINCT c."noteId", c.id AS "cardId" FROM "ReviewLog" r JOIN "Card" c ON c.id = r."cardId"
       WHERE r."userId" = $1 AND r.review >= $2 AND r.rating > 0`,
      [userId, ts(dayStart)],
    ),
  ]);
  return {
    counts: counts.map((r) => ({ deckId: r.deckId, newDone: Number(r.newDone), reviewsDone: Number(r.reviewsDone) })),
    // Answers and time today over all decks (the review screen's "today" line), from the same rows.
    today: {
      reviews: counts.reduce((n, r) => n + Number(r.answers), 0),
      seconds: Math.round(counts.reduce((ms, r) => ms + Number(r.ms ?? 0), 0) / 1000),
    },
    answeredToday: notes.reduce((m, n) => m.set(n.noteId, (m.get(n.noteId) ?? new Set<string>()).add(n.cardId)), new Map<string, Set<string>>()),
  };
}
