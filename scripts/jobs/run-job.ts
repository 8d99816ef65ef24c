// Shared by the job scripts: read the job id, run the job, close both database pools so the
// process exits. Job bodies never throw for expected failures (they write them to the job row).
import { db } from "@/lib/db";
import { pool } from "@/lib/data/pg";

export function runJob(name: string, body: (jobId: string) => Promise<void>): void {
  const id = process.argv[2];
  if (!id) {
    console.error(`usage: ${name} <jobId>`);
    process.exit(2);
  }
  body(id)
    .catch((err) => console.error(`[lectern] ${name} failed:`, err))
    .finally(() => Promise.all([db().$disconnect(), pool().end()]));
}
