import "server-only";
// Compatibility face of the durable queue: callers written for the old per-request child process
// keep calling spawnJob(script, args). It now enqueues scripts/jobs/<script>.ts with those arguments,
// and a worker process (npm run worker) runs it with bounded concurrency, retries and resumption.
import { enqueueJob } from "./queue";

export async function spawnJob(script: string, args: string[]): Promise<void> {
  await enqueueJob(script, args);
}
