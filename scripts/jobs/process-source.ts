// Job: node --conditions=react-server --import tsx scripts/jobs/process-source.ts <sourceId>
import { db } from "@/lib/db";
import { processSource } from "@/lib/data/process-source";
import { generatorFromEnv } from "@/lib/data/generator";

const id = process.argv[2];
if (!id) {
  console.error("usage: process-source <sourceId>");
  process.exit(2);
}
processSource(id, generatorFromEnv())
  .catch((err) => {
    console.error("[lectern] process-source failed:", err);
    process.exitCode = 1; // the worker retries it with backoff
  })
  .finally(() => db().$disconnect());
