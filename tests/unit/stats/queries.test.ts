// Static checks of the SQL text; tests/integration runs it on PostgreSQL. These catch the mistakes a
// string can hide: a parameter number the caller doesn't pass, or an unquoted camelCase column
// (PostgreSQL folds it to lower case and fails at run time).
import { describe, expect, it } from "vitest";
import * as Q from "@/lib/stats/queries";
import { dayKeySql, dayStartSql } from "@/lib/stats/sql-day";

const QUERIES: [string, string, number][] = [
  ["dueForecastSql", Q.dueForecastSql(), 5],
  ["reviewDaysSql", Q.reviewDaysSql(), 3],
  ["dailyReviewsSql", Q.dailyReviewsSql(), 5],
  ["trueRetentionSql", Q.trueRetentionSql(), 4],
  ["cardCountsSql", Q.cardCountsSql(), 2],
  ["unseenCardsSql", Q.unseenCardsSql(), 2],
  ["chapterMasterySql", Q.chapterMasterySql(), 3],
  ["rosterSql", Q.rosterSql(), 2],
  ["classRetentionWeeklySql", Q.classRetentionWeeklySql(), 3],
  ["hardestCardsSql", Q.hardestCardsSql(), 2],
];

describe("stats SQL", () => {
  it.each(QUERIES)("%s uses exactly its documented parameters", (_name, sql, count) => {
    const used = new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect([...used].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it.each(QUERIES)("%s quotes every camelCase identifier", (_name, sql) => {
    const withoutStrings = sql.replace(/--.*$/gm, "").replace(/'[^']*'/g, "''").replace(/"[^"]*"/g, '""');
    expect(withoutStrings.match(/\b[a-z]+[A-Z]\w*/g)).toBeNull();
  });

  it("buckets days with the agreed formula", () => {
    expect(dayKeySql("l.review", "$2::text", "$3::int")).toBe(
      "to_char(((l.review AT TIME ZONE 'UTC' AT TIME ZONE $2::text) - make_interval(hours => $3::int))::date::timestamp, 'YYYY-MM-DD')",
    );
    expect(Q.dailyReviewsSql()).toContain(dayKeySql("l.review", "$2::text", "$3::int"));
    expect(Q.rosterSql()).toContain(`AT TIME ZONE s.tz) - make_interval(hours => s.h)`);
  });

  it("filters ReviewLog on a plain range of review so the (userId, review) index applies", () => {
    expect(Q.dailyReviewsSql()).toContain(`l."userId" = $1 AND l.review >= ${dayStartSql("$4::date", "$2::text", "$3::int")}`);
    expect(Q.trueRetentionSql()).toContain(`l."userId" = $1 AND l.review >= `);
    expect(Q.dueForecastSql()).toContain(`s."userId" = $1 AND s.due < `);
  });
});
