import "server-only";
// Cancelling long jobs from the UI: the job row says "Cancelled." and its queue entries are
// cancelled in the same transaction, so the worker never starts it or stops the copy it runs.
import { inTransaction } from "@/lib/data/pg";
import { cancelQueuedJobs } from "@/lib/jobs/queue";
import { ConflictError, NotFoundError } from "./errors";

export const CANCELLED = "Cancelled.";


/** Cancel the user's queued or running optimize/reschedule job. */
export async function cancelFsrsJob(userId: string, jobId: string): Promise<void> {
  await inTransaction(async (client) => {
    const { rows } = await client.query<{ kind: string; status: string }>(
      `SELECT kind, status FROM "OptimizeJob" WHERE id = $1 AND "userId" = $2 FOR UPDATE`, [jobId, userId]);
    if (!rows.length) throw new NotFoundError("That job");
    if (rows[0].status !== "queued" && rows[0].status !== "running") throw new ConflictError("That job has already finished.");
    await client.query(`UPDATE "OptimizeJob" SET status = 'failed', error = $2, "updatedAt" = now() AT TIME ZONE 'UTC' WHERE id = $1`, [jobId, CANCELLED]);
    await cancelQueuedJobs(rows[0].kind, jobId, client);
  });
}

/** Cancel the processing of the user's import; nothing of it is saved. */
export async function cancelSourceProcessing(userId: string, sourceId: string): Promise<void> {
  await inTransaction(async (client) => {
    const { rows } = await client.query<{ status: string }>(
      `SELECT status FROM "Source" WHERE id = $1 AND "ownerId" = $2 FOR UPDATE`, [sourceId, userId]);
    if (!rows.length) throw new NotFoundError("That import");
    if (rows[0].status !== "processing") throw new ConflictError("That import has already finished.");
    await client.query(`UPDATE "Source" SET status = 'failed', error = $2 WHERE id = $1`, [sourceId, CANCELLED]);
    await cancelQueuedJobs("process-source", sourceId, client);
  });
}
