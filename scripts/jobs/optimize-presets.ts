// Job: node --conditions=react-server --import tsx scripts/jobs/optimize-presets.ts <jobId>...
// "Optimize all presets": the queued optimize jobs run one after another in this one process.
import { db } from "@/lib/db";
import { pool } from "@/lib/data/pg";
import { runOptimizeJob } from "@/lib/data/fsrs";

const ids = process.argv.slice(2);
if (ids.length === 0) {
  console.error("usage: optimize-presets <jobId>...");
  process.exit(2);
}
(async () => {
  for (const id of ids) await runOptimizeJob(id);
})()
  .catch((err) => console.error("[lectern] optimize-presets failed:", err))
  .finally(() => Promise.all([db().$disconnect(), pool().end()]));
