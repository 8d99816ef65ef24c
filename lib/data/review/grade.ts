import "server-only";
// The grade write: one read (authorization + state + options) and one atomic statement that
// updates CardState and inserts the ReviewLog together. Double submits are stopped twice over:
// the client's idempotency key (unique ReviewLog.requestId) and an optimistic check on the
// CardState version the student saw.
import { randomUUID } from "node:crypto";
import { schedule } from "@/lib/srs/scheduler";
import { leechOutcome } from "@/lib/srs/leech";
import type { Rating } from "@/lib/srs/types";
import { qPrepared, ts } from "../pg";
import { STUDYABLE_DECK_SQL } from "../access";
import { NotFoundError } from "../errors";
import { DECK_OPTION_COLUMNS, PERSONAL_COLUMNS, PERSONAL_WEIGHTS_JOIN, deckOptionsOf, type DeckOptionRow } from "./deck-options";
import { BALANCE_COLUMNS, BALANCE_JOIN, balanceDue, type BalanceSettings } from "./load-balance";
import { STATE_COLUMNS, memoryOf, snapshotOf, type StateRow } from "./state-row";
import { EXAM_PLANS_SQL, planForExam, type ExamPlansRow } from "../assignments";

export type GradeInput = {
  cardId: string;
  rating: Rating;
  expectedVersion: number | null; // CardState.version shown to the student; null = it had no state yet
  requestId: string;
  durationMs: number;
};

export type GradeResult =
  | { status: "ok"; leech: boolean; suspended: boolean; due: Date }
  | { status: "duplicate" } // this exact answer was already recorded
  | { status: "conflict" }; // the card changed since it was shown (another tab or device)

type ReadRow = StateRow & DeckOptionRow & BalanceSettings & ExamPlansRow & { cardId: string; deckId: string; dupId: string | null; timeZone: string; dayStartHour: number };

async function readForGrade(userId: string, cardId: string, requestId: string): Promise<ReadRow> {
  const rows = await qPrepared<ReadRow>(
    `SELECT c.id AS "cardId", c."deckId", ${DECK_OPTION_COLUMNS}, ${STATE_COLUMNS}, ${PERSONAL_COLUMNS}, ${BALANCE_COLUMNS},
       (SELECT r.id FROM "ReviewLog" r WHERE r."requestId" = $3 AND r."userId" = $1) AS "dupId", ${EXAM_PLANS_SQL},
       (SELECT u."timeZone" FROM "User" u WHERE u.id = $1) AS "timeZone", (SELECT u."dayStartHour" FROM "User" u WHERE u.id = $1) AS "dayStartHour"
     FROM "Card" c JOIN "Deck" d ON d.id = c."deckId"
     LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
     ${PERSONAL_WEIGHTS_JOIN} ${BALANCE_JOIN}
     WHERE c.id = $2 AND ${STUDYABLE_DECK_SQL}`,
    [userId, cardId, requestId],
  );
  if (!rows[0]) throw new NotFoundError("That card");
  return rows[0];
}

export async function gradeCard(userId: string, input: GradeInput, now: Date): Promise<GradeResult> {
  const row = await readForGrade(userId, input.cardId, input.requestId);
  if (row.dupId) return { status: "duplicate" };
  if ((row.sid ? row.version : null) !== input.expectedVersion) return { status: "conflict" };

  const options = deckOptionsOf(row);
  const clock = { timeZone: row.timeZone, dayStartHour: row.dayStartHour };
  const scheduled = schedule(memoryOf(row), input.rating, now, options, clock);
  const { log, lapsed } = scheduled;
  // Exam planning runs after load balancing: it may move the card to a planned day before the
  // exam, and balancing afterwards could push it past that day.
  const balanced = await balanceDue(userId, input.cardId, row, scheduled.next, options, now, clock);
  const next = planForExam(row.examPlans, balanced, now, clock, options.weights);
  const leech = leechOutcome(next.lapses, lapsed, options);
  const suspended = (row.suspended ?? false) || leech.suspend;
  const isLeech = (row.leech ?? false) || leech.leech;
  const stateValues = [ts(next.due), next.stability, next.difficulty, next.elapsedDays, next.scheduledDays,
    next.learningSteps, next.reps, next.lapses, next.state, next.lastReview ? ts(next.lastReview) : null, suspended, isLeech];
  const logValues = [randomUUID(), userId, input.cardId, row.deckId, log.rating, log.state, ts(log.due), log.stability,
    log.difficulty, log.elapsedDays, log.lastElapsedDays, log.scheduledDays, log.learningSteps, ts(log.review),
    Math.max(0, Math.min(Math.round(input.durationMs), 3_600_000)), JSON.stringify(snapshotOf(row)), input.requestId];

  // $1..$12 state values, $13..$29 log values, then the row key.
  const logInsert = `INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability, difficulty,
      "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review, "durationMs", "prevState", "requestId")
    SELECT $13::text, $14::text, $15::text, $16::text, $17::int, $18::int, $19::timestamp, $20::float8, $21::float8,
      $22::int, $23::int, $24::int, $25::int, $26::timestamp, $27::int, $28::jsonb, $29::text FROM w RETURNING id`;
  const write = row.sid
    ? `WITH w AS (UPDATE "CardState" SET due = $1, stability = $2, difficulty = $3, "elapsedDays" = $4, "scheduledDays" = $5,
          "learningSteps" = $6, reps = $7, lapses = $8, state = $9, "lastReview" = $10, suspended = $11, leech = $12,
          "buriedUntil" = NULL, version = version + 1, "updatedAt" = now()
        WHERE id = $30 AND version = $31 RETURNING id) ${logInsert}`
    : `WITH w AS (INSERT INTO "CardState" (due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps,
          lapses, state, "lastReview", suspended, leech, id, "userId", "cardId", "deckId", version, "updatedAt")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $30, $14, $15, $16, 1, now())
        ON CONFLICT ("userId", "cardId") DO NOTHING RETURNING id) ${logInsert}`;
  const key = row.sid ? [row.sid, row.version] : [randomUUID()];
  try {
    const written = await qPrepared(write, [...stateValues, ...logValues, ...key]);
    if (written.length === 0) return { status: "conflict" };
  } catch (err) {
    if ((err as { code?: string }).code === "23505" && String((err as { constraint?: string }).constraint).includes("requestId")) {
      return { status: "duplicate" };
    }
    throw err;
  }
  return { status: "ok", leech: leech.leech, suspended, due: next.due };
}
