import "server-only";
// Fitting personal FSRS weights: the request only checks and queues (startOptimization); the fit
// runs in a job process (runOptimizeJob), reporting progress, and applies the new weights only when
// they predict the student's own history better than the current ones.
import {
  buildTrainingItems, checkMinimum, compareAndChoose, evaluateParameters, fitParameters, MIN_TRAINING_ITEMS,
  NotEnoughReviewsError, zonedDayKey, type ReviewRow,
} from "@/lib/optimizer";
import { schedulingWeights } from "@/lib/srs/weights";
import { validSteps } from "@/lib/srs/scheduler";
import { q } from "../pg";
import { STUDYABLE_DECK_SQL } from "../access";
import { isExpected, ValidationError } from "../errors";
import { requireScope, type Scope } from "./scope";
import { createJob, loadJob, updateJob } from "./jobs";
import { effectiveWeights, ignoreBeforeMs, saveFittedWeights, type StoredMetrics } from "./params";

/** The decks a scope's reviews come from: one deck, a preset's decks, or null for all decks. */
const scopeDecks = (scope: Scope): string[] | null => scope.deckIds ?? (scope.deckId ? [scope.deckId] : null);

/** Answers (Again..Easy) of the user in the scope: an upper bound of the training items. */
export async function countAnswers(userId: string, scope: Scope): Promise<number> {
  const rows = await q<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ReviewLog" WHERE "userId" = $1 AND rating BETWEEN 1 AND 4 AND "cardId" IS NOT NULL ${scopeDecks(scope) ? `AND "deckId" = ANY($2)` : ""}`,
    scopeDecks(scope) ? [userId, scopeDecks(scope)] : [userId],
  );
  return rows[0].n;
}

/** Queues a fit; refuses at once when there are clearly too few reviews (the job checks exactly). */
export async function startOptimization(userId: string, scopeId: string, now: Date): Promise<string> {
  const scope = await requireScope(userId, scopeId);
  const answers = await countAnswers(userId, scope);
  if (answers < MIN_TRAINING_ITEMS) throw new ValidationError(new NotEnoughReviewsError(answers).message);
  return createJob(userId, "optimize", scope.scope, now);
}

/**
 * Relearning steps the fit must respect (fsrs-rs caps w17/w18 by it, as ts-fsrs does when
 * scheduling): the deck's count, or for all decks the largest, so no deck's scheduler changes them.
 */
export async function relearningStepCount(userId: string, scope: Scope): Promise<number> {
  const rows = await q<{ steps: string[] }>(
    `SELECT d."relearningSteps" AS steps FROM "Deck" d WHERE ${STUDYABLE_DECK_SQL} ${scope.deckId ? `AND d.id = $2` : ""}`,
    scope.deckId ? [userId, scope.deckId] : [userId],
  );
  return Math.max(0, ...rows.map((r) => validSteps(r.steps).length));
}

export async function reviewRows(userId: string, scope: Scope): Promise<ReviewRow[]> {
  return q<ReviewRow>(
    `SELECT "cardId", rating, review, state FROM "ReviewLog"
     WHERE "userId" = $1 AND "cardId" IS NOT NULL ${scopeDecks(scope) ? `AND "deckId" = ANY($2)` : ""}
     ORDER BY "cardId", review, id`,
    scopeDecks(scope) ? [userId, scopeDecks(scope)] : [userId],
  );
}

export type OptimizeResult = { applied: boolean; reason: string; before: StoredMetrics["before"]; after: StoredMetrics["after"]; items: number; reviews: number };

/** The job body. Never throws: failures are written to the job row for the page to show. */
export async function runOptimizeJob(jobId: string, now: () => Date = () => new Date()): Promise<void> {
  const job = await loadJob(jobId);
  let lastWrite = 0;
  const progress = async (value: number, force = false) => {
    if (!force && Date.now() - lastWrite < 500) return;
    lastWrite = Date.now();
    await updateJob(jobId, { status: "running", progress: Math.min(1, Math.max(0, value)) });
  };
  try {
    await progress(0.01, true);
    const scope = await requireScope(job.userId, job.scope); // the deck may have gone since it was queued
    const rows = await reviewRows(job.userId, scope);
    const items = buildTrainingItems(rows, zonedDayKey(job.user.timeZone, job.user.dayStartHour), await ignoreBeforeMs(job.userId, scope.scope));
    const enough = checkMinimum(items.length);
    if (!enough.ok) throw new NotEnoughReviewsError(enough.found, enough.required);
    await progress(0.1, true);
    const relearning = await relearningStepCount(job.userId, scope);
    const current = await effectiveWeights(job.userId, scope.scope);
    const before = evaluateParameters(items, schedulingWeights(current.weights, relearning));
    const pending: Promise<void>[] = [];
    const raw = await fitParameters(items, {
      numRelearningSteps: relearning,
      onProgress: (done, total) => { if (total > 0) pending.push(progress(0.1 + 0.8 * (done / total))); },
    });
    await Promise.all(pending);
    // Stored and shown exactly as the scheduler will use them (fsrs-rs already applied the same caps).
    const fitted = schedulingWeights(raw, relearning);
    const after = evaluateParameters(items, fitted);
    const choice = compareAndChoose({ weights: current.weights, metrics: before }, { weights: fitted, metrics: after });
    const result: OptimizeResult = { applied: choice.apply, reason: choice.reason, before, after, items: items.length, reviews: rows.length };
    if (choice.apply) {
      await saveFittedWeights(job.userId, scope.scope, choice.weights, choice.previousWeights,
        { before, after, items: items.length, reviews: rows.length, fittedAt: now().toISOString(), reason: choice.reason });
    }
    await updateJob(jobId, { status: "done", progress: 1, result });
  } catch (err) {
    const expected = err instanceof NotEnoughReviewsError || isExpected(err);
    if (!expected) console.error(`[lectern] optimize job ${jobId} failed:`, err);
    await updateJob(jobId, { status: "failed", error: expected ? (err as Error).message : "The optimizer failed unexpectedly; your parameters were not changed." });
  }
}
