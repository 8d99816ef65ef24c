import "server-only";
// Background FSRS jobs (fit weights, reschedule cards) as OptimizeJob rows. A job runs in a child
// process (lib/jobs/spawn-job) and writes its progress here; the settings page polls it. A job whose
// row has not moved for STALE_MS lost its process (server restart, crash): it no longer blocks new
// jobs, and a reschedule can be resumed from its cursor.
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "../errors";

export type JobKind = "optimize" | "reschedule";
export type JobStatus = "queued" | "running" | "done" | "failed";

export const STALE_MS = 2 * 60_000;

export type JobView = {
  id: string;
  kind: JobKind;
  scope: string;
  status: JobStatus;
  stale: boolean;
  progress: number;
  result: Record<string, unknown> | null;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
};

type JobRow = { id: string; kind: string; scope: string; status: string; progress: number; result: unknown; error: string | null; createdAt: Date; updatedAt: Date };

export function jobView(row: JobRow, now: Date): JobView {
  const active = row.status === "queued" || row.status === "running";
  return {
    id: row.id, kind: row.kind as JobKind, scope: row.scope, status: row.status as JobStatus,
    stale: active && now.getTime() - row.updatedAt.getTime() > STALE_MS,
    progress: row.progress, result: (row.result as Record<string, unknown> | null) ?? null, error: row.error,
    createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

export async function recentJobs(userId: string, now: Date, take = 6): Promise<JobView[]> {
  const rows = await db().optimizeJob.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take });
  return rows.map((r) => jobView(r, now));
}

/** Refuses while another live job of the user is queued or running (one at a time per student). */
export async function createJob(userId: string, kind: JobKind, scope: string, now: Date): Promise<string> {
  return db().$transaction(async (tx) => {
    // Serialise job creation per user, so two quick clicks cannot both pass the check.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const live = await tx.optimizeJob.findFirst({
      where: { userId, status: { in: ["queued", "running"] }, updatedAt: { gt: new Date(now.getTime() - STALE_MS) } },
    });
    if (live) throw new ConflictError(`Your ${live.kind === "optimize" ? "optimization" : "rescheduling"} is still running; wait for it to finish.`);
    const job = await tx.optimizeJob.create({ data: { userId, kind, scope, status: "queued" } });
    return job.id;
  });
}

/** A stale or failed reschedule of this user, made runnable again from where it stopped. */
export async function requeueJob(userId: string, jobId: string, now: Date): Promise<void> {
  const job = await db().optimizeJob.findFirst({ where: { id: jobId, userId } });
  if (!job) throw new NotFoundError("That job");
  const view = jobView(job, now);
  if (view.kind !== "reschedule" || !(view.stale || view.status === "failed")) throw new ConflictError("Only an interrupted rescheduling can be resumed.");
  await db().optimizeJob.update({ where: { id: jobId }, data: { status: "queued", error: null } });
}

export async function loadJob(jobId: string) {
  const job = await db().optimizeJob.findUnique({ where: { id: jobId }, include: { user: { select: { id: true, timeZone: true, dayStartHour: true } } } });
  if (!job) throw new NotFoundError("That job");
  return job;
}

export async function updateJob(jobId: string, data: { status?: JobStatus; progress?: number; result?: object; error?: string | null; cursor?: string | null }): Promise<void> {
  // A job cancelled from the UI keeps saying so: its process may write once more before it is stopped.
  await db().optimizeJob.updateMany({ where: { id: jobId, NOT: { status: "failed", error: "Cancelled." } }, data });
}
