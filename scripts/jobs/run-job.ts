// Shared by the job scripts: read the job id, run the job, close both database pools so the
// process exits. Job bodies never throw for expected failures (they write them to the job row); an
// unexpected one exits non-zero so the worker (scripts/worker.ts) retries the job with backoff.
import { db } from "@/lib/db";
import { pool } from "@/lib/data/pg";

export function runJob(name: string, body: (jobId: string) => Promise<void>): void {
  const id = process.argv[2];
  if (!id) {
    console.error(`usage: ${name} <jobId>`);
    process.exit(2);
  }
  // The queue may deliver a job again (its worker was killed after the job finished but before it
  // was acknowledged): a job whose row already reached an end state is not run twice.
  db()
    .optimizeJob.findUnique({ where: { id }, select: { status: true } })
    .then((row) => (!row || row.status === "done" || row.status === "failed" ? console.log(`[lectern] ${name} ${id}: already ${row?.status ?? "gone"}, nothing to do`) : body(id)))
    .catch((err) => {
      console.error(`[lectern] ${name} failed:`, err);
      process.exitCode = 1;
    })
    .finally(() => Promise.all([db().$disconnect(), pool().end()]));
}
