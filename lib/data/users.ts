import "server-only";
import { pool } from "./pg";

/**
 * Saves name, time zone and day-start hour. When the study day changes, the student's ReviewDay
 * rollup is rebuilt from their review logs in the same transaction, so streaks, the heatmap and
 * per-day stats follow the new day boundary instead of keeping old days in the old zone. ReviewLog
 * is share-locked meanwhile, so no answer can slip between the delete and the re-aggregation (other
 * students' answers wait for the few milliseconds a rebuild takes).
 */
export async function updateStudyPreferences(userId: string, input: { name: string; timeZone: string; dayStartHour: number }) {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const before = await client.query<{ timeZone: string; dayStartHour: number }>(
      `SELECT "timeZone", "dayStartHour" FROM "User" WHERE id = $1 FOR UPDATE`, [userId]);
    if (!before.rows[0]) throw new Error("no such user");
    await client.query(`UPDATE "User" SET name = $2, "timeZone" = $3, "dayStartHour" = $4 WHERE id = $1`,
      [userId, input.name, input.timeZone, input.dayStartHour]);
    const { timeZone, dayStartHour } = before.rows[0];
    if (timeZone !== input.timeZone || dayStartHour !== input.dayStartHour) {
      await client.query(`LOCK TABLE "ReviewLog" IN SHARE MODE`);
      await client.query(`DELETE FROM "ReviewDay" WHERE "userId" = $1`, [userId]);
      await client.query(`INSERT INTO "ReviewDay" ("userId", "deckId", day, reviews, ms, again, "rTotal", "rPassed", "mTotal", "mPassed")
        SELECT l."userId", l."deckId", ((l.review AT TIME ZONE 'UTC' AT TIME ZONE $2) - make_interval(hours => $3::int))::date,
          count(*), coalesce(sum(l."durationMs"), 0), count(*) FILTER (WHERE l.rating = 1),
          count(*) FILTER (WHERE l.state = 2), count(*) FILTER (WHERE l.state = 2 AND l.rating > 1),
          count(*) FILTER (WHERE l.state = 2 AND l."scheduledDays" >= 21), count(*) FILTER (WHERE l.state = 2 AND l."scheduledDays" >= 21 AND l.rating > 1)
        FROM "ReviewLog" l WHERE l."userId" = $1 AND l.rating > 0
        GROUP BY 1, 2, 3`, [userId, input.timeZone, input.dayStartHour]);
    }
    await client.query("COMMIT");
    return { id: userId };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
