// Review hot path speed. Seeds (set-based SQL) an instructor deck of 20,000 cards studied by 50
// students of one class: 1,000,000 card states, ~ a year of review history for the students who
// grade. Then, side by side in the same run:
//   1. the grade path exactly as the server action runs it after auth (lib/data/review/grade:
//      access check + card/deck/personal-weights read, FSRS scheduling, one CTE writing CardState
//      and ReviewLog), at 1 and 16 concurrent students, against a raw `pg` reference doing only
//      BEGIN / UPDATE "CardState" / INSERT "ReviewLog" / COMMIT with precomputed values;
//   2. the due queue of a student with 20,000 cards among the 1,000,000 states: the review screen's
//      whole data load (getStudyView) and the due-reviews query alone.
// Targets (issue): grade path >= 0.5x raw-pg throughput; due queue < 10 ms.
// Run: node --conditions=react-server --import tsx bench/review.ts [--quick]
import { randomUUID } from "node:crypto";
import { benchDatabase, percentile, timeRuns } from "./lib-db";

const quick = process.argv.includes("--quick");
const CARDS = 20_000, STUDENTS = quick ? 10 : 50, GRADES_SERIAL = quick ? 300 : 1500, GRADES_PER_WORKER = quick ? 40 : 150;
process.env.PG_POOL_MAX = "20"; // both sides share this pool: 16 workers never wait for a connection

const { stop } = await benchDatabase();
const { q, pool, ts } = await import("@/lib/data/pg");
const { gradeCard } = await import("@/lib/data/review/grade");
const { getStudyView } = await import("@/lib/data/review/session");
const { learningCandidates, newCandidates, reviewCandidates, todayActivity } = await import("@/lib/data/review/candidates");

async function seed() {
  const t = performance.now();
  await q(`INSERT INTO "User"(id, email, name, "passwordHash", role) VALUES ('t1', 't1@bench.test', 'Teacher', 'x', 'INSTRUCTOR')`);
  await q(`INSERT INTO "User"(id, email, name, "passwordHash", role) SELECT 's' || g, 's' || g || '@bench.test', 'Student ' || g, 'x', 'STUDENT' FROM generate_series(1, ${STUDENTS}) g`);
  await q(`INSERT INTO "Deck"(id, "ownerId", title, "updatedAt", "reviewsPerDay", "newPerDay") VALUES ('d1', 't1', 'Big deck', now(), 9999, 20)`);
  await q(`INSERT INTO "Note"(id, "deckId", kind, front, back, position, "updatedAt") SELECT 'n' || g, 'd1', 'BASIC', 'Question ' || g, 'Answer ' || g, g, now() FROM generate_series(1, ${CARDS}) g`);
  await q(`INSERT INTO "Card"(id, "noteId", "deckId", ordinal, position) SELECT 'c' || g, 'n' || g, 'd1', 0, g * 100 FROM generate_series(1, ${CARDS}) g`);
  await q(`INSERT INTO "Class"(id, "ownerId", name, "joinCode") VALUES ('k1', 't1', 'Bench class', 'BNCH-0002')`);
  await q(`INSERT INTO "ClassDeck"("classId", "deckId") VALUES ('k1', 'd1')`);
  await q(`INSERT INTO "Enrollment"(id, "classId", "userId") SELECT 'e' || g, 'k1', 's' || g FROM generate_series(1, ${STUDENTS}) g`);
  // Review-state cards, due from 60 days ago to 300 days ahead (~2,000 due today per student).
  for (let s = 1; s <= STUDENTS; s += 10) {
    await q(`INSERT INTO "CardState"(id, "userId", "cardId", "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps",
        reps, lapses, state, "lastReview", "updatedAt")
      SELECT 'st_' || g || '_' || c, 's' || g, 'c' || c, 'd1', now() + (((c * 7 + g) % 360) - 60) * interval '1 day', 2 + c % 60, 3 + (c % 60) / 10.0,
        5, 5 + c % 60, 0, 4, c % 3, 2, now() - (5 + c % 60) * interval '1 day', now()
      FROM generate_series(${s}, ${Math.min(s + 9, STUDENTS)}) g, generate_series(1, ${CARDS}) c`);
  }
  await q(`INSERT INTO "ReviewLog"(id, "userId", "cardId", "deckId", rating, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review)
    SELECT 'l_' || g || '_' || i, 's' || g, 'c' || (1 + i % ${CARDS}), 'd1', 3, 2, now(), 5, 5, 3, 3, 5, 0, now() - ((i % 365) * interval '1 day')
    FROM generate_series(1, ${STUDENTS}) g, generate_series(1, 2000) i`);
  await q(`VACUUM ANALYZE`);
  const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "CardState"`);
  console.log(`Seeded ${n.toLocaleString("en-US")} card states (${STUDENTS} students x ${CARDS.toLocaleString("en-US")} cards) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

type Job = { userId: string; cardId: string; sid: string };
/** Distinct review cards per student, so no two grades touch the same state. */
async function jobsFor(students: string[], perStudent: number): Promise<Job[][]> {
  const out: Job[][] = [];
  for (const userId of students) {
    const rows = await q<{ cardId: string; sid: string }>(`SELECT "cardId", id AS sid FROM "CardState" WHERE "userId" = $1 AND version = 0 ORDER BY random() LIMIT $2`, [userId, perStudent]);
    out.push(rows.map((r) => ({ userId, cardId: r.cardId, sid: r.sid })));
  }
  return out;
}

const now = new Date();
async function gradePath(job: Job) {
  const r = await gradeCard(job.userId, { cardId: job.cardId, rating: 3, expectedVersion: 0, requestId: randomUUID(), durationMs: 5000 }, now);
  if (r.status !== "ok") throw new Error(`grade ${r.status}`);
}

async function rawPg(job: Job) {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    await client.query(`UPDATE "CardState" SET due = $2, stability = $3, difficulty = $4, "elapsedDays" = 6, "scheduledDays" = 14, reps = reps + 1,
      "lastReview" = $5, version = version + 1, "updatedAt" = $5 WHERE id = $1`, [job.sid, ts(new Date(now.getTime() + 14 * 86_400_000)), 14.2, 4.1, ts(now)]);
    await client.query(`INSERT INTO "ReviewLog"(id, "userId", "cardId", "deckId", rating, state, due, stability, difficulty, "elapsedDays",
      "lastElapsedDays", "scheduledDays", "learningSteps", review, "durationMs", "requestId")
      VALUES ($1, $2, $3, 'd1', 3, 2, $4, 5.0, 5.0, 6, 5, 5, 0, $4, 5000, $5)`, [randomUUID(), job.userId, job.cardId, ts(now), randomUUID()]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}

/** Runs `workers` students at once, each grading its own cards one after another. */
async function throughput(fn: (job: Job) => Promise<void>, queues: Job[][]) {
  const latencies: number[] = [];
  const t = performance.now();
  await Promise.all(queues.map(async (jobs) => {
    for (const job of jobs) {
      const s = performance.now();
      await fn(job);
      latencies.push(performance.now() - s);
    }
  }));
  const elapsed = performance.now() - t;
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / (elapsed / 1000), p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), n: latencies.length };
}

const f = (x: number) => x.toFixed(2).padStart(7);
try {
  await seed();
  console.log(`\nGrade path vs raw pg (Node ${process.version}); each side grades distinct cards of the same students' states\n`);
  console.log("concurrency  side        grades   per second   p50 ms   p99 ms");
  const students = Array.from({ length: STUDENTS }, (_, i) => `s${i + 1}`);
  for (const workers of [1, 16]) {
    const per = workers === 1 ? GRADES_SERIAL : GRADES_PER_WORKER;
    const who = students.slice(1, 1 + workers); // s1 is kept for the queue measurement
    const all = await jobsFor(who, 2 * per + 40);
    const a = all.map((jobs) => jobs.slice(0, per)), b = all.map((jobs) => jobs.slice(per, 2 * per));
    // Warm both paths (statement plans, JIT, pool connections) on cards that are not measured.
    for (const [i, j] of all[0].slice(2 * per).entries()) await (i % 2 ? rawPg(j) : gradePath(j));
    const raw = await throughput(rawPg, b);
    const app = await throughput(gradePath, a);
    for (const [name, r] of [["raw pg", raw], ["grade path", app]] as const) {
      console.log(`${String(workers).padStart(11)}  ${name.padEnd(10)} ${String(r.n).padStart(7)}  ${r.perSecond.toFixed(0).padStart(11)}  ${f(r.p50)}  ${f(r.p99)}`);
    }
    console.log(`${" ".repeat(13)}ratio: grade path = ${(app.perSecond / raw.perSecond).toFixed(2)}x raw-pg throughput (target >= 0.50)\n`);
  }

  const viewer = { id: "s1", timeZone: "UTC", dayStartHour: 4 };
  const dayEnd = new Date(now.getTime() + 86_400_000);
  const [{ due }] = await q<{ due: number }>(`SELECT count(*)::int AS due FROM "CardState" WHERE "userId" = 's1' AND due < $1`, [ts(dayEnd)]);
  const queue = await timeRuns(() => reviewCandidates("s1", ["d1"], now, dayEnd, 200), 100, 10);
  await q(`UPDATE "Deck" SET "reviewsPerDay" = 200 WHERE id = 'd1'`); // the default daily limit
  const screen = await timeRuns(() => getStudyView(viewer, now, null), 100, 10);
  await q(`UPDATE "Deck" SET "reviewsPerDay" = 9999 WHERE id = 'd1'`); // no limit: the whole backlog is counted
  const backlog = await timeRuns(() => getStudyView(viewer, now, null), 50, 5);
  const pk = await timeRuns(() => q(`SELECT id FROM "CardState" WHERE id = 'st_1_1'`), 100, 10);
  console.log(`Due queue of a student with ${CARDS.toLocaleString("en-US")} cards (${due.toLocaleString("en-US")} due today) among the card states above:`);
  console.log(`  reference: primary-key lookup of one state   p50 ${f(pk.p50)} ms  p99 ${f(pk.p99)} ms`);
  console.log(`  due-reviews query (next 200, ordered)        p50 ${f(queue.p50)} ms  p99 ${f(queue.p99)} ms   (target < 10 ms)`);
  console.log(`  whole review-screen load, 200 reviews/day    p50 ${f(screen.p50)} ms  p99 ${f(screen.p99)} ms`);
  const dayStart = new Date(now.getTime() - 86_400_000);
  const parts = [
    ["learning cards due", await timeRuns(() => learningCandidates("s1", ["d1"], now), 50, 5)],
    ["new cards (none left unseen)", await timeRuns(() => newCandidates("s1", [{ deckId: "d1", limit: 20 }], now), 50, 5)],
    ["today's activity", await timeRuns(() => todayActivity("s1", dayStart), 50, 5)],
  ] as const;
  for (const [name, r] of parts) console.log(`    part: ${name.padEnd(30)} p50 ${f(r.p50)} ms`);
  console.log(`  same with no daily limit (${due.toLocaleString("en-US")} counted)    p50 ${f(backlog.p50)} ms  p99 ${f(backlog.p99)} ms`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  pool().on("error", () => {}); // the server stops under any connection still open
  const { db } = await import("@/lib/db"); // the access checks go through Prisma's own pool
  await Promise.all([pool().end(), db().$disconnect()]);
  await stop();
}
