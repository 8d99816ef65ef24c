// Dashboard speed. Seeds (set-based SQL) a class of 200 students with 2,000,000 review logs and a
// solo student with 100,000, then times the student and instructor dashboards' data (server time),
// side by side with a reference measured in the same run: one plain index range scan counting the
// same student's or class's logs. Targets (issue): student < 100 ms, class < 300 ms.
// Run: node --conditions=react-server --import tsx bench/stats.ts [--quick]
import { benchDatabase, timeRuns } from "./lib-db";

const quick = process.argv.includes("--quick");
const STUDENTS = 200, LOGS_PER_STUDENT = quick ? 1000 : 10_000, SOLO_LOGS = quick ? 10_000 : 100_000, CARDS = 2000;

const { stop } = await benchDatabase();
const { q, pool } = await import("@/lib/data/pg");
const { studentDashboard } = await import("@/lib/data/stats/student");
const { classDashboard } = await import("@/lib/data/stats/class");
const { rosterSql, classRetentionWeeklySql, hardestCardsSql, reviewDayRebuildSql } = await import("@/lib/stats");

async function seed() {
  const t = performance.now();
  await q(`INSERT INTO "User"(id, email, name, "passwordHash", role, "timeZone")
    SELECT 's' || g, 's' || g || '@bench.test', 'Student ' || g, 'x', 'STUDENT',
      (ARRAY['UTC','America/New_York','Asia/Tokyo','Europe/Berlin'])[1 + g % 4] FROM generate_series(1, ${STUDENTS}) g`);
  await q(`INSERT INTO "User"(id, email, name, "passwordHash", role) VALUES ('t1', 't1@bench.test', 'Teacher', 'x', 'INSTRUCTOR'), ('solo', 'solo@bench.test', 'Solo', 'x', 'STUDENT')`);
  await q(`INSERT INTO "Deck"(id, "ownerId", title, "updatedAt") SELECT 'd' || g, CASE WHEN g = 0 THEN 't1' ELSE 'solo' END, 'Deck ' || g, now() FROM generate_series(0, 5) g`);
  await q(`INSERT INTO "Note"(id, "deckId", kind, front, back, position, "updatedAt")
    SELECT 'n' || d || '_' || g, 'd' || d, 'BASIC', 'Question ' || g, 'Answer ' || g, g, now() FROM generate_series(0, 5) d, generate_series(1, ${CARDS}) g`);
  await q(`INSERT INTO "Card"(id, "noteId", "deckId", ordinal, position) SELECT 'c' || d || '_' || g, 'n' || d || '_' || g, 'd' || d, 0, g * 100 FROM generate_series(0, 5) d, generate_series(1, ${CARDS}) g`);
  await q(`INSERT INTO "Class"(id, "ownerId", name, "joinCode") VALUES ('k1', 't1', 'Bench class', 'BNCH-0001')`);
  await q(`INSERT INTO "ClassDeck"("classId", "deckId") VALUES ('k1', 'd0')`);
  await q(`INSERT INTO "Enrollment"(id, "classId", "userId") SELECT 'e' || g, 'k1', 's' || g FROM generate_series(1, ${STUDENTS}) g`);
  const states = (user: string, deck: string, n: number) => `INSERT INTO "CardState"(id, "userId", "cardId", "deckId", due, stability, difficulty,
      "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, leech, "updatedAt")
    SELECT 'st_' || ${user} || '_' || ${deck} || '_' || c, ${user}, 'c' || ${deck} || '_' || c, 'd' || ${deck},
      now() + ((c % 60) - 10) * interval '1 day', 1 + c % 50, 5, 3, 1 + c % 40, 0, 5, c % 4, CASE WHEN c % 25 = 0 THEN 1 ELSE 2 END, c % 997 = 0, now()
    FROM generate_series(1, ${n}) c`;
  await q(`WITH s AS (SELECT g FROM generate_series(1, ${STUDENTS}) g) ${states("'s' || s.g", "0", 1000).replace("FROM generate_series", "FROM s, generate_series")}`);
  for (let d = 1; d <= 5; d++) await q(states("'solo'", String(d), CARDS));
  const logs = (user: string, deckExpr: string, n: number, from: string) => `INSERT INTO "ReviewLog"(id, "userId", "cardId", "deckId", rating, state, due, stability,
      difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review, "durationMs")
    SELECT 'l_' || ${user} || '_' || i, ${user}, 'c' || ${deckExpr} || '_' || (1 + i % 1000), 'd' || ${deckExpr},
      CASE WHEN (i::bigint * 7919) % 10 = 0 THEN 1 WHEN (i::bigint * 7919) % 10 = 1 THEN 2 ELSE 3 END, CASE WHEN i % 10 = 0 THEN 0 ELSE 2 END,
      now(), 5, 5, 3, 3, 1 + i % 40, 0, now() - (((i::bigint * 104729) % 525600) * interval '1 minute') ${from}, 8000
    FROM generate_series(1, ${n}) i`;
  // Bulk history goes in with the rollup trigger off, then one set-based backfill (as the migration does).
  await q(`ALTER TABLE "ReviewLog" DISABLE TRIGGER "ReviewLog_review_day_insert"`);
  for (let s = 1; s <= STUDENTS; s += 20) {
    await q(`INSERT INTO "ReviewLog"(id, "userId", "cardId", "deckId", rating, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays",
      "scheduledDays", "learningSteps", review, "durationMs")
      SELECT 'l_s' || g || '_' || i, 's' || g, 'c0_' || (1 + i % 1000), 'd0', CASE WHEN (i::bigint * 7919 + g) % 10 = 0 THEN 1 ELSE 3 END,
        CASE WHEN i % 10 = 0 THEN 0 ELSE 2 END, now(), 5, 5, 3, 3, 1 + i % 40, 0, now() - (((i::bigint * 104729 + g * 13) % 525600) * interval '1 minute'), 8000
      FROM generate_series(${s}, ${Math.min(s + 19, STUDENTS)}) g, generate_series(1, ${LOGS_PER_STUDENT}) i`);
  }
  await q(logs("'solo'", "(1 + i % 5)", SOLO_LOGS, "- (i % 2) * interval '365 days'"));
  await q(`ALTER TABLE "ReviewLog" ENABLE TRIGGER "ReviewLog_review_day_insert"`);
  await q(reviewDayRebuildSql(false));
  await q(`VACUUM ANALYZE`);
  const [{ n }] = await q<{ n: string }>(`SELECT count(*) AS n FROM "ReviewLog"`);
  console.log(`seeded ${Number(n).toLocaleString()} review logs in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

await seed();
const now = new Date();
const solo = { id: "solo", timeZone: "Europe/Berlin", dayStartHour: 4 };
const teacher = { id: "t1", timeZone: "UTC", dayStartHour: 4 };
const runs = quick ? 10 : 30;
const rows = [
  [`student dashboard (${SOLO_LOGS / 1000}k logs)`, await timeRuns(() => studentDashboard(solo, now), runs), 100],
  ["reference: count the student's logs", await timeRuns(() => q(`SELECT count(*) FROM "ReviewLog" WHERE "userId" = 'solo'`), runs), null],
  [`class dashboard (${STUDENTS} students, ${(STUDENTS * LOGS_PER_STUDENT / 1e6).toFixed(1)}M logs)`, await timeRuns(() => classDashboard(teacher, "k1", now, "name", "asc"), runs), 300],
  ["reference: count the class's logs", await timeRuns(() => q(`SELECT count(*) FROM "ReviewLog" WHERE "deckId" = 'd0'`), runs), null],
] as const;
const today = now.toISOString().slice(0, 10);
const parts = [
  ["  roster query", await timeRuns(() => q(rosterSql(), ["k1", now.toISOString()]), runs)],
  ["  weekly retention query", await timeRuns(() => q(classRetentionWeeklySql(), ["k1", today, 12]), runs)],
  ["  hardest cards query", await timeRuns(() => q(hardestCardsSql(), ["k1"]), runs)],
] as const;
console.log("\nclass dashboard parts (run one at a time; the dashboard runs them in parallel):");
for (const [name, r] of parts) console.log(`${name}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`);
console.log("\n| measurement | p50 ms | p99 ms | target |\n| --- | --- | --- | --- |");
for (const [name, r, target] of rows) console.log(`| ${name} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${target ? `< ${target} ms` : "reference"} |`);
console.log(`\nratio student/reference: ${(rows[0][1].p50 / rows[1][1].p50).toFixed(2)}  class/reference: ${(rows[2][1].p50 / rows[3][1].p50).toFixed(2)}`);
await pool().end();
await stop();
