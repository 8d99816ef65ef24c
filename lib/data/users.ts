import "server-only";
import { reviewDayRebuildSql } from "@/lib/stats";
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
      // The User row above already holds the new zone and hour inside this transaction.
      await client.query(reviewDayRebuildSql(true), [userId]);
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
