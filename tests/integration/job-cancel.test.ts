// Cancelling long jobs from the UI: the row says so, the queue entry is cancelled in the same
// transaction, a late write of the job cannot undo it, and nobody else can cancel it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { q } from "@/lib/data/pg";
import { offlineGenerator } from "@/lib/cards";
import { createSource } from "@/lib/data/sources";
import { processSource } from "@/lib/data/process-source";
import { cancelFsrsJob, cancelSourceProcessing, CANCELLED } from "@/lib/data/job-cancel";
import { createJob, updateJob } from "@/lib/data/fsrs/jobs";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { spawnJob } from "@/lib/jobs/spawn-job";
import { makeUser } from "../support/factories";

async function queueStates(name: string, arg: string): Promise<string[]> {
  return (await q<{ state: string }>("SELECT state FROM pgboss.job WHERE name = $1 AND data->'args'->>0 = $2", [name, arg])).map((r) => r.state);
}

describe("job cancellation", () => {
  it("cancels an import's processing: the source says Cancelled., the queued job is cancelled, a late run saves nothing", async () => {
    const [teacher, other] = [await makeUser("INSTRUCTOR"), await makeUser("INSTRUCTOR")];
    const { id } = await createSource(teacher.id, { title: "T", filename: null, text: "Paris is the capital of France. It lies on the Seine." });
    await spawnJob("process-source", [id]);
    expect(await queueStates("process-source", id)).toEqual(["created"]);

    await expect(cancelSourceProcessing(other.id, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await queueStates("process-source", id)).toEqual(["created"]);

    await cancelSourceProcessing(teacher.id, id);
    expect(await queueStates("process-source", id)).toEqual(["cancelled"]);
    expect(await db().source.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", error: CANCELLED });

    await processSource(id, offlineGenerator); // a copy that was already running finishes after the cancel
    expect(await db().chapter.count({ where: { sourceId: id } })).toBe(0);
    expect(await db().source.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", error: CANCELLED });
    await expect(cancelSourceProcessing(teacher.id, id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("cancels an optimization: the job row keeps saying Cancelled. even if its process writes progress afterwards", async () => {
    const [student, other] = [await makeUser("STUDENT"), await makeUser("STUDENT")];
    const jobId = await createJob(student.id, "optimize", "all", new Date());
    await spawnJob("optimize", [jobId]);
    await expect(cancelFsrsJob(other.id, jobId)).rejects.toBeInstanceOf(NotFoundError);
    await cancelFsrsJob(student.id, jobId);
    expect(await queueStates("optimize", jobId)).toEqual(["cancelled"]);
    await updateJob(jobId, { status: "running", progress: 0.5 });
    expect(await db().optimizeJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "failed", error: CANCELLED });
  });
});
