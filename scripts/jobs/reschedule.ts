// Job: node --conditions=react-server --import tsx scripts/jobs/reschedule.ts <jobId>
// Resumable: run it again with the same job id and it continues after the last committed batch.
import { db } from "@/lib/db";
import { pool } from "@/lib/data/pg";
import { runRescheduleJob } from "@/lib/data/fsrs";

const id = process.argv[2];
if (!id) {
  console.error("usage: reschedule <jobId>");
  process.exit(2);
}
runRescheduleJob(id)
  .catch((err) => console.error("[lectern] reschedule failed:", err))
  .finally(() => Promise.all([db().$disconnect(), pool().end()]));
