// Assignments: (1) exam readiness of a class of 200 students × 300 cards — the instructor's
// assignment page data (roster with pace, readiness, chapters, scores, calibration) — beside a
// reference measured in the same run: one plain scan of the same CardState rows. Target < 300 ms.
// (2) The class simulation (lib/assignments/simulate-class.ts, 200 students, exam on day 30):
// exam-aware scheduling vs plain FSRS at the lowest desired retention reaching the same exam-day recall.
// Run: node --conditions=react-server --import tsx bench/assignments.ts [--quick]
import { benchDatabase, timeRuns } from "./lib-db";
import { meanOf, retentionReaching, simulateClass } from "@/lib/assignments/simulate-class";
import { calibrationBins } from "@/lib/assignments/calibration";
import { DEFAULT_WEIGHTS } from "@/lib/assignments/curve";

const quick = process.argv.includes("--quick");
const STUDENTS = 200, CARDS = 300;

const { stop } = await benchDatabase();
const { q, pool } = await import("@/lib/data/pg");
const { getAssignmentProgress } = await import("@/lib/data/assignment-views");
const { progressOf } = await import("@/lib/data/assignment-progress");
const { studentModels } = await import("@/lib/data/assignment-students");

async function seed() {
  const t = performance.now();
  await q(`INSERT INTO "User"(id, email, name, "passwordHash", role) SELECT 's' || g, 's' || g || '@bench.test', 'Student ' || g, 'x', 'STUDENT' FROM generate_series(1, ${STUDENTS}) g`);
  await q(`INSERT INTO "User"(id, email, name, "passwordHash", role) VALUES ('t1', 't1@bench.test', 'Teacher', 'x', 'INSTRUCTOR')`);
  await q(`INSERT INTO "Deck"(id, "ownerId", title, "updatedAt") VALUES ('d0', 't1', 'Bench deck', now()), ('d1', 't1', 'Other deck', now())`);
  await q(`INSERT INTO "Source"(id, "ownerId", title, "rawText") VALUES ('src', 't1', 'Book', '')`);
  await q(`INSERT INTO "Chapter"(id, "sourceId", index, title, "cleanedText", structure) SELECT 'ch' || g, 'src', g, 'Chapter ' || g, '', '{}' FROM generate_series(1, 6) g`);
  await q(`INSERT INTO "Note"(id, "deckId", kind, front, back, position, "chapterId", "updatedAt")
    SELECT 'n' || d || '_' || g, 'd' || d, 'BASIC', 'Q' || g, 'A' || g, g, CASE WHEN d = 0 THEN 'ch' || (1 + g % 6) END, now() FROM generate_series(0, 1) d, generate_series(1, ${CARDS}) g`);
  await q(`INSERT INTO "Card"(id, "noteId", "deckId", ordinal, position) SELECT 'c' || d || '_' || g, 'n' || d || '_' || g, 'd' || d, 0, g * 100 FROM generate_series(0, 1) d, generate_series(1, ${CARDS}) g`);
  await q(`INSERT INTO "Class"(id, "ownerId", name, "joinCode") VALUES ('k1', 't1', 'Bench class', 'BNCH-0001')`);
  await q(`INSERT INTO "ClassDeck"("classId", "deckId") VALUES ('k1', 'd0'), ('k1', 'd1')`);
  await q(`INSERT INTO "Enrollment"(id, "classId", "userId") SELECT 'e' || g, 'k1', 's' || g FROM generate_series(1, ${STUDENTS}) g`);
  await q(`INSERT INTO "Assignment"(id, "classId", "deckId", title, "startAt", "dueAt", "examAt", "updatedAt")
    VALUES ('a1', 'k1', 'd0', 'Midterm', now() - interval '20 days', now() - interval '5 days', now() + interval '5 days', now())`);
  // Every student has studied most cards of both decks (the 10th student none), due dates spread around the exam.
  await q(`INSERT INTO "CardState"(id, "userId", "cardId", "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays",
      "learningSteps", reps, lapses, state, "lastReview", "updatedAt")
    SELECT 'st_' || s || '_' || d || '_' || c, 's' || s, 'c' || d || '_' || c, 'd' || d, now() + ((c % 12) - 3) * interval '1 day',
      1 + (c * 7 + s) % 40, 3 + (c % 5), 3, 5, 0, 4, c % 3, 2, now() - ((c + s) % 9) * interval '1 day', now()
    FROM generate_series(1, ${STUDENTS}) s, generate_series(0, 1) d, generate_series(1, ${CARDS}) c WHERE s % 10 <> 0 AND (c + s) % 11 <> 0`);
  await q(`INSERT INTO "ReviewLog"(id, "userId", "cardId", "deckId", rating, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays",
      "scheduledDays", "learningSteps", review)
    SELECT 'l_' || s || '_' || i, 's' || s, 'c0_' || (1 + i % ${CARDS}), 'd0', CASE WHEN (i * 7 + s) % 9 = 0 THEN 1 ELSE 3 END, 2, now(),
      1 + i % 30, 5, 1 + i % 20, 0, 5, 0, now() - (i % 20) * interval '1 day'
    FROM generate_series(1, ${STUDENTS}) s, generate_series(1, 100) i`);
  // As in a real class: students in several time zones, half of them with personal FSRS weights
  // (readiness and calibration look up each student's clock and weights).
  await q(`UPDATE "User" SET "timeZone" = (ARRAY['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo'])[1 + (substr(id, 2)::int % 4)] WHERE role = 'STUDENT'`);
  await q(`INSERT INTO "FsrsParams"(id, "userId", scope, weights, "updatedAt") SELECT 'fp' || g, 's' || g, 'all', $1::float8[], now() FROM generate_series(1, ${STUDENTS}) g WHERE g % 2 = 0`,
    [DEFAULT_WEIGHTS.map((w, i) => (i === 20 ? 0.3 : w))]);
  await q(`VACUUM ANALYZE`);
  console.log(`seeded ${STUDENTS} students × ${CARDS} assignment cards in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

await seed();
const now = new Date();
const runs = quick ? 10 : 30;
const readiness = await timeRuns(() => getAssignmentProgress("t1", "a1", now, "readiness", "desc"), runs);
const reference = await timeRuns(() => q(`SELECT "userId", count(*), avg(stability) FROM "CardState" WHERE "deckId" = 'd0' GROUP BY "userId"`), runs);
const summary = { id: "a1", classId: "k1", className: "", deckId: "d0", deckTitle: "", title: "", startAt: new Date(now.getTime() - 20 * 864e5),
  dueAt: new Date(now.getTime() - 5 * 864e5), examAt: new Date(now.getTime() + 5 * 864e5), targetRecall: 0.9, examAware: true, chapterIds: [], tags: [] };
const ids = Array.from({ length: STUDENTS }, (_, i) => `s${i + 1}`);
console.log("\nparts (one at a time):");
for (const [name, fn] of [
  ["  progress and readiness of every student", () => progressOf(summary, ids, now)],
  ["  students' clocks and weights", () => studentModels(ids, ["d0"])],
  ["  calibration query", () => q(`SELECT r."userId", r."deckId", r.stability, r."elapsedDays", r.rating > 1 FROM "ReviewLog" r JOIN "Enrollment" e ON e."userId" = r."userId" AND e."classId" = 'k1'
     JOIN "ClassDeck" cd ON cd."classId" = 'k1' AND cd."deckId" = r."deckId" WHERE r.state = 2 AND r.rating > 0 AND r.stability > 0 ORDER BY r.review DESC LIMIT 200000`)],
] as const) {
  const r = await timeRuns(fn, runs);
  console.log(`${name}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`);
}
console.log("\n| measurement | p50 ms | p99 ms | target |\n| --- | --- | --- | --- |");
console.log(`| assignment readiness page data (${STUDENTS} students × ${CARDS} cards) | ${readiness.p50.toFixed(1)} | ${readiness.p99.toFixed(1)} | < 300 ms |`);
console.log(`| reference: scan the same card states, grouped by student | ${reference.p50.toFixed(1)} | ${reference.p99.toFixed(1)} | reference |`);
console.log(`\nratio readiness/reference: ${(readiness.p50 / reference.p50).toFixed(2)}`);
pool().on("error", () => {}); // a client still connecting when the server stops is not a bench failure
await pool().end();
await stop();

// The simulated class.
const students = quick ? 60 : 200;
const t = performance.now();
const exam = simulateClass({ students, scheduling: { kind: "exam", retention: 0.9, target: 0.9 } });
const recall = meanOf(exam, "trueExamRecall");
const retention = retentionReaching(recall, { students }, 0.75, 0.99, quick ? 5 : 7);
const plain = simulateClass({ students, scheduling: { kind: "plain", retention } });
const plain90 = simulateClass({ students, scheduling: { kind: "plain", retention: 0.9 } });
const followers = exam.students.filter((s) => s.habit === "follower").length;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const mae = (r: typeof exam) => r.students.reduce((x, s) => x + Math.abs(s.predicted.mean - s.examScore), 0) / r.students.length;
const worstBin = (r: typeof exam) => Math.max(...calibrationBins(r.calibration).filter((b) => b.n >= 200).map((b) => Math.abs(b.observed - b.predicted)));
console.log(`\nsimulated class: ${students} students (${followers} study nearly daily), 300 cards due by day 20, exam on day 30, target 90% (${((performance.now() - t) / 1000).toFixed(1)} s)`);
console.log("\n| scheduling | followers' exam-day recall (true model) | followers' reviews | class exam score | readiness MAE (day 25) | worst calibration bin |\n| --- | --- | --- | --- | --- | --- |");
for (const [name, r] of [["exam-aware (target 90%)", exam], [`plain FSRS at ${pct(retention)} (same recall)`, plain], ["plain FSRS at 90%", plain90]] as const) {
  console.log(`| ${name} | ${pct(meanOf(r, "trueExamRecall"))} | ${meanOf(r, "reviews").toFixed(0)} | ${pct(meanOf(r, "examScore", ["never", "skipper", "follower"]))} | ${(mae(r) * 100).toFixed(1)} pts | ${(worstBin(r) * 100).toFixed(1)} pts |`);
}
