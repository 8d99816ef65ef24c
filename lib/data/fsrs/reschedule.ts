import "server-only";
// Rescheduling the student's cards with their current weights and retention, in batches: each
// batch reads cards after the stored cursor (CardState id order), replays their histories
// (lib/optimizer/reschedule) and writes the changed states together with the new cursor in ONE
// transaction, so an interrupted job resumes exactly after the last committed batch. A card answered
// while the job runs is skipped (its version moved): that answer already used the new weights.
import { rescheduleBatch, type CardToReschedule, type HistoryEntry } from "@/lib/optimizer";
import type { MemoryState } from "@/lib/srs/types";
import { pool, q, ts } from "../pg";
import { deckOptionsFor } from "../review/deck-options";
import { isExpected } from "../errors";
import { requireScope, type Scope } from "./scope";
import { createJob, loadJob, updateJob } from "./jobs";

export async function startReschedule(userId: string, scopeId: string, now: Date): Promise<string> {
  const scope = await requireScope(userId, scopeId);
  return createJob(userId, "reschedule", scope.scope, now);
}

type StateRow = MemoryState & { id: string; deckId: string; version: number };

async function nextCards(userId: string, scope: Scope, cursor: string, limit: number): Promise<StateRow[]> {
  return q<StateRow>(
    `SELECT id, "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview", version
     FROM "CardState" WHERE "userId" = $1 AND id > $2 AND state <> 0 ${scope.deckId ? `AND "deckId" = $4` : ""}
     ORDER BY id LIMIT $3`,
    scope.deckId ? [userId, cursor, limit, scope.deckId] : [userId, cursor, limit],
  );
}

async function histories(userId: string, stateIds: string[]): Promise<Map<string, HistoryEntry[]>> {
  const rows = await q<HistoryEntry & { sid: string }>(
    `SELECT s.id AS sid, r.rating, r.review, r.state FROM "CardState" s
     JOIN "ReviewLog" r ON r."cardId" = s."cardId" AND r."userId" = s."userId"
     WHERE s."userId" = $1 AND s.id = ANY($2) ORDER BY s.id, r.review, r.id`,
    [userId, stateIds],
  );
  const out = new Map<string, HistoryEntry[]>();
  for (const r of rows) {
    const list = out.get(r.sid) ?? [];
    list.push({ rating: r.rating, review: r.review, state: r.state });
    out.set(r.sid, list);
  }
  return out;
}

export type RescheduleResult = { total: number; examined: number; changed: number; skipped: number };

/**
 * The job body: runs batches until done (or `maxBatches`, which tests use to simulate an
 * interruption). Never throws: a failure is written to the job row and the job can be resumed.
 */
export async function runRescheduleJob(jobId: string, opts: {
  batchSize?: number;
  maxBatches?: number;
  /** Runs between reading a batch and writing it: where a concurrent answer can land (tests use it). */
  afterRead?: (stateIds: string[]) => Promise<void>;
} = {}): Promise<void> {
  const batchSize = opts.batchSize ?? 500;
  const job = await loadJob(jobId);
  const prior = (job.result as RescheduleResult | null) ?? null;
  try {
    const scope = await requireScope(job.userId, job.scope);
    const [{ n: total }] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM "CardState" WHERE "userId" = $1 AND state <> 0 ${scope.deckId ? `AND "deckId" = $2` : ""}`,
      scope.deckId ? [job.userId, scope.deckId] : [job.userId],
    );
    let totals: RescheduleResult = { total, examined: prior?.examined ?? 0, changed: prior?.changed ?? 0, skipped: prior?.skipped ?? 0 };
    let cursor = job.cursor ?? "";
    await updateJob(jobId, { status: "running", result: totals });
    for (let batch = 0; opts.maxBatches === undefined || batch < opts.maxBatches; batch++) {
      const cards = await nextCards(job.userId, scope, cursor, batchSize);
      if (!cards.length) {
        await updateJob(jobId, { status: "done", progress: 1, result: totals });
        return;
      }
      const [history, options] = await Promise.all([
        histories(job.userId, cards.map((c) => c.id)),
        deckOptionsFor(job.userId, [...new Set(cards.map((c) => c.deckId))]),
      ]);
      const input: CardToReschedule[] = cards.map((c) => ({ id: c.id, deckId: c.deckId, current: c, history: history.get(c.id) ?? [] }));
      const result = rescheduleBatch(input, (deckId) => options.get(deckId)!, batchSize, job.user);
      const versions = new Map(cards.map((c) => [c.id, c.version]));
      await opts.afterRead?.(result.updates.map((u) => u.id));
      let written = 0;
      const client = await pool().connect();
      try {
        await client.query("BEGIN");
        for (const u of result.updates) {
          const n = u.next;
          const r = await client.query(
            `UPDATE "CardState" SET due = $3, stability = $4, difficulty = $5, "elapsedDays" = $6, "scheduledDays" = $7,
               "learningSteps" = $8, state = $9, "lastReview" = $10, version = version + 1, "updatedAt" = $11
             WHERE id = $1 AND version = $2`,
            [u.id, versions.get(u.id), ts(n.due), n.stability, n.difficulty, n.elapsedDays, n.scheduledDays, n.learningSteps, n.state, n.lastReview ? ts(n.lastReview) : null, ts(new Date())],
          );
          written += r.rowCount ?? 0;
        }
        totals = { total, examined: totals.examined + cards.length, changed: totals.changed + written, skipped: totals.skipped + result.updates.length - written };
        cursor = result.cursor ?? cursor;
        await client.query(`UPDATE "OptimizeJob" SET cursor = $2, progress = $3, result = $4, status = 'running', "updatedAt" = $5 WHERE id = $1`,
          [jobId, cursor, total ? Math.min(0.99, totals.examined / total) : 0.99, JSON.stringify(totals), ts(new Date())]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      } finally {
        client.release();
      }
      if (result.done) {
        await updateJob(jobId, { status: "done", progress: 1, result: totals });
        return;
      }
    }
  } catch (err) {
    console.error(`[lectern] reschedule job ${jobId} failed:`, err);
    const message = isExpected(err) ? err.message : "Rescheduling stopped unexpectedly; the cards done so far keep their new dates. Resume to finish.";
    await updateJob(jobId, { status: "failed", error: message });
  }
}
