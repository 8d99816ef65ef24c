// Job: node --conditions=react-server --import tsx scripts/jobs/optimize.ts <jobId>
import { db } from "@/lib/db";
import { pool } from "@/lib/data/pg";
import { runOptimizeJob } from "@/lib/data/fsrs";

const id = process.argv[2];
if (!id) {
  console.error("usage: optimize <jobId>");
  process.exit(2);
}
runOptimizeJob(id)
  .catch((err) => console.error("[lectern] optimize failed:", err))
  .finally(() => Promise.all([db().$disconnect(), pool().end()]));
