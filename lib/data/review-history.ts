import "server-only";
// Writes a student's past answers in bulk: every answer as a ReviewLog with the fields the
// scheduler gives it, and each card's CardState as the history leaves it. Used to seed the demo
// (a newcomer sees real dashboards, and an optimizable history) and by the tests. Set-based SQL,
// so thousands of answers go in a few statements; the ReviewDay rollup trigger fires as usual.
import { randomUUID } from "node:crypto";
import { schedule } from "@/lib/srs/scheduler";
import type { DeckOptions, MemoryState, Rating } from "@/lib/srs/types";
import { q } from "./pg";
import type { StudyClock } from "@/lib/srs/study-clock";

export type PastAnswer = { cardId: string; rating: Rating; review: Date; durationMs?: number };

const CHUNK = 5000;

/** `answers` sorted by card, then time; cards must belong to `deckId`. */
export async function insertReviewHistory(userId: string, deckId: string, answers: readonly PastAnswer[], options: DeckOptions): Promise<{ cards: number; reviews: number }> {
  const [clock] = await q<StudyClock>(`SELECT "timeZone", "dayStartHour" FROM "User" WHERE id = $1`, [userId]);
  if (!clock) throw new Error(`No user ${userId}`);
  const logs: unknown[][] = [];
  const states: { cardId: string; m: MemoryState }[] = [];
  for (let start = 0; start < answers.length; ) {
    let end = start;
    while (end < answers.length && answers[end].cardId === answers[start].cardId) end++;
    let m: MemoryState | null = null;
    for (let i = start; i < end; i++) {
      const a = answers[i];
      const { next, log } = schedule(m, a.rating, a.review, options, clock);
      logs.push([randomUUID(), a.cardId, log.rating, log.state, log.due.toISOString(), log.stability, log.difficulty, log.elapsedDays,
        log.lastElapsedDays, log.scheduledDays, log.learningSteps, a.review.toISOString(), a.durationMs ?? 8000]);
      m = next;
    }
    if (m) states.push({ cardId: answers[start].cardId, m });
    start = end;
  }
  const col = <T>(rows: unknown[][], i: number) => rows.map((r) => r[i] as T);
  for (let i = 0; i < logs.length; i += CHUNK) {
    const chunk = logs.slice(i, i + CHUNK);
    await q(`INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability, difficulty, "elapsedDays",
               "lastElapsedDays", "scheduledDays", "learningSteps", review, "durationMs")
             SELECT id, $1, c, $2, r, s, du, st, di, el, lel, sd, ls, rv, ms
             FROM unnest($3::text[], $4::text[], $5::int[], $6::int[], $7::timestamp[], $8::float8[], $9::float8[], $10::int[],
                         $11::int[], $12::int[], $13::int[], $14::timestamp[], $15::int[])
               AS t(id, c, r, s, du, st, di, el, lel, sd, ls, rv, ms)`,
      [userId, deckId, ...Array.from({ length: 13 }, (_, k) => col(chunk, k))]);
  }
  for (let i = 0; i < states.length; i += CHUNK) {
    const chunk = states.slice(i, i + CHUNK);
    await q(`INSERT INTO "CardState" (id, "userId", "cardId", "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays",
               "learningSteps", reps, lapses, state, "lastReview", version, "updatedAt")
             SELECT id, $1, c, $2, du, st, di, el, sd, ls, reps, lapses, state, lr, 1, now()
             FROM unnest($3::text[], $4::text[], $5::timestamp[], $6::float8[], $7::float8[], $8::int[], $9::int[], $10::int[],
                         $11::int[], $12::int[], $13::int[], $14::timestamp[])
               AS t(id, c, du, st, di, el, sd, ls, reps, lapses, state, lr)
             ON CONFLICT ("userId", "cardId") DO NOTHING`,
      [userId, deckId, chunk.map(() => randomUUID()), chunk.map((s) => s.cardId), chunk.map((s) => s.m.due.toISOString()),
        chunk.map((s) => s.m.stability), chunk.map((s) => s.m.difficulty), chunk.map((s) => s.m.elapsedDays), chunk.map((s) => s.m.scheduledDays),
        chunk.map((s) => s.m.learningSteps), chunk.map((s) => s.m.reps), chunk.map((s) => s.m.lapses), chunk.map((s) => s.m.state),
        chunk.map((s) => s.m.lastReview?.toISOString() ?? null)]);
  }
  return { cards: states.length, reviews: logs.length };
}
