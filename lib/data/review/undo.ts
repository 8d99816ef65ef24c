import "server-only";
// Undo the student's most recent answer: delete its ReviewLog and restore the CardState exactly as
// it was (ReviewLog.prevState), or remove the state row if the card was new. One transaction.
import { pool, ts } from "../pg";

const UNDO_WINDOW_MS = 24 * 60 * 60_000; // answers older than a day are history, not mistakes

export async function undoLastReview(userId: string, now: Date): Promise<boolean> {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string; cardId: string | null; prevState: Record<string, unknown> | null }>(
      `SELECT id, "cardId", "prevState" FROM "ReviewLog" WHERE "userId" = $1 AND rating > 0 AND review >= $2
       ORDER BY review DESC, id DESC LIMIT 1 FOR UPDATE`,
      [userId, ts(new Date(now.getTime() - UNDO_WINDOW_MS))],
    );
    const log = rows[0];
    if (!log || !log.cardId) {
      await client.query("ROLLBACK");
      return false;
    }
    await client.query(`DELETE FROM "ReviewLog" WHERE id = $1`, [log.id]);
    const p = log.prevState;
    if (!p) {
      await client.query(`DELETE FROM "CardState" WHERE "userId" = $1 AND "cardId" = $2`, [userId, log.cardId]);
    } else {
      await client.query(
        `UPDATE "CardState" SET due = $3, stability = $4, difficulty = $5, "elapsedDays" = $6, "scheduledDays" = $7,
           "learningSteps" = $8, reps = $9, lapses = $10, state = $11, "lastReview" = $12, suspended = $13, leech = $14,
           "buriedUntil" = $15, version = version + 1, "updatedAt" = now()
         WHERE "userId" = $1 AND "cardId" = $2`,
        [userId, log.cardId, p.due, p.stability, p.difficulty, p.elapsedDays, p.scheduledDays, p.learningSteps, p.reps,
          p.lapses, p.state, p.lastReview, p.suspended, p.leech, p.buriedUntil],
      );
    }
    await client.query("COMMIT");
    return true;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
