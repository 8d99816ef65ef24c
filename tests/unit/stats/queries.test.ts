// Static checks of the SQL text; tests/integration runs it on PostgreSQL. These catch the mistakes a
// string can hide: a parameter number the caller doesn't pass, or an unquoted camelCase column
// (PostgreSQL folds it to lower case and fails at run time).
import { describe, expect, it } from "vitest";
import * as Q from "@/lib/stats/queries";
import { dayKeySql, dayStartSql } from "@/lib/stats/sql-day";

const QUERIES: [string, string, number][] = [
  ["dueForecastSql", Q.dueForecastSql(), 5],
  ["reviewDaysSql", Q.reviewDaysSql(), 1],
  ["dailyReviewsSql", Q.dailyReviewsSql(), 3],
  ["trueRetentionSql", Q.trueRetentionSql(), 2],
  ["cardCountsSql", Q.cardCountsSql(), 2],
  ["unseenCardsSql", Q.unseenCardsSql(), 2],
  ["chapterMasterySql", Q.chapterMasterySql(), 3],
  ["rosterSql", Q.rosterSql(), 2],
  ["classRetentionWeeklySql", Q.classRetentionWeeklySql(), 3],
  ["hardestCardsSql", Q.hardestCardsSql(), 1],
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
    expect(dayKeySql("s.due", "$2::text", "$3::int")).toContain("AT TIME ZONE 'UTC' AT TIME ZONE $2::text) - make_interval(hours => $3::int))::date");
    expect(Q.dueForecastSql()).toContain(dayKeySql("s.due", "$2::text", "$3::int"));
    expect(Q.rosterSql()).toContain(`AT TIME ZONE u."timeZone") - make_interval(hours => u."dayStartHour")`);
  });

  it("reads review counts from the ReviewDay rollup instead of scanning ReviewLog", () => {
    for (const sql of [Q.reviewDaysSql(), Q.dailyReviewsSql(), Q.trueRetentionSql(), Q.classRetentionWeeklySql()]) {
      expect(sql).toContain(`FROM "ReviewDay"`);
      expect(sql).not.toContain(`"ReviewLog"`);
    }
    expect(Q.rosterSql()).toContain(`ORDER BY l.review DESC LIMIT 1`); // last activity: one index probe per student
  });

  it("filters CardState on a plain range of due so the (userId, due) index applies", () => {
    expect(Q.dueForecastSql()).toContain(`s."userId" = $1 AND s.due < ${dayStartSql("$4::date", "$2::text", "$3::int")}`);
  });
});
