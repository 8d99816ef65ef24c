// The job worker: node --import tsx scripts/worker.ts (npm run worker). Several can run, on this
// machine or others, against the same DATABASE_URL; pg-boss hands each job to exactly one of them.
//
// Each job (scripts/jobs/<name>.ts with its arguments) runs in its own child process, so a job that
// crashes or leaks never takes the worker down and job scripts stay plain scripts. The worker holds a
// short lease on every job it runs and renews it while the child lives; if the worker is killed
// (kill -9), the child exits with it (lib/jobs/child-guard.mjs), the lease runs out and pg-boss's
// maintenance puts the job back for another worker: it finishes exactly once.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { JOB_SCHEMA, QUEUE_DEFAULTS } from "@/lib/jobs/queue";
import { workerConfig, type WorkerConfig } from "@/lib/jobs/worker-config";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("[worker] DATABASE_URL is not set (npm run worker starts one with the embedded database).");
  process.exit(2);
}
const config: WorkerConfig = workerConfig(process.env);
const jobsDir = path.resolve(process.env.JOBS_DIR ?? "scripts/jobs");
const guard = path.resolve("lib/jobs/child-guard.mjs");
const NOT_JOBS = new Set(["run-job"]);
const names = readdirSync(jobsDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -3))
  .filter((n) => !NOT_JOBS.has(n));

const db = new pg.Pool({ connectionString: url, max: 4 });
db.on("error", (err) => console.error("[worker] database connection lost:", err.message));
const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, max: 4, maintenanceIntervalSeconds: config.maintenanceSeconds, schedule: false });
boss.on("error", (err) => console.error("[worker] queue:", err instanceof Error ? err.message : err));

let stopping = false;
const running = new Set<ReturnType<typeof spawn>>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Extend the lease to `lease` seconds from now; false when the job is no longer ours (cancelled, expired). */
async function renewLease(id: string): Promise<boolean> {
  const r = await db.query(
    `UPDATE ${JOB_SCHEMA}.job SET expire_in = (now() - started_on) + make_interval(secs => $2)
      WHERE id = $1 AND state = 'active' RETURNING id`,
    [id, config.leaseSeconds],
  );
  return r.rowCount === 1;
}

function runChild(name: string, args: string[], onStart: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "--import", guard, path.join(jobsDir, `${name}.ts`), ...args], {
      env: process.env,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    running.add(child);
    onStart(child);
    child.on("error", (err) => console.error(`[worker] could not start ${name}:`, err.message));
    child.on("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
}

async function runOne(name: string, job: PgBoss.Job<{ args?: string[] }>): Promise<void> {
  const args = Array.isArray(job.data?.args) ? job.data.args.map(String) : [];
  let lost = false;
  let child: ReturnType<typeof spawn> | undefined;
  await renewLease(job.id);
  const timer = setInterval(() => {
    renewLease(job.id)
      .then((ours) => {
        if (!ours && !lost) {
          lost = true; // cancelled from the UI, or the lease ran out: stop the copy we run
          child?.kill("SIGTERM");
        }
      })
      .catch((err) => console.error(`[worker] lease renewal for ${name} failed:`, err.message));
  }, (config.leaseSeconds * 1000) / 3);
  const started = Date.now();
  const result = await runChild(name, args, (c) => (child = c)).finally(() => clearInterval(timer));
  if (lost || stopping) return; // not ours any more, or we were stopped: the lease runs out and it is retried
  if (result.code === 0) {
    await boss.complete(name, job.id);
    console.log(`[worker] ${name} ${args.join(" ")} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    const message = `${name} exited with ${result.signal ?? `code ${result.code}`}`;
    await boss.fail(name, job.id, { message });
    console.error(`[worker] ${message}; retried with backoff until its retry limit`);
  }
}

/** One slot of a queue's concurrency: fetch a job, run it, repeat. */
async function slot(name: string): Promise<void> {
  while (!stopping) {
    try {
      const jobs = await boss.fetch<{ args?: string[] }>(name, { batchSize: 1 });
      if (!jobs.length) {
        await sleep(config.pollMs);
        continue;
      }
      await runOne(name, jobs[0]);
    } catch (err) {
      console.error(`[worker] ${name}:`, err instanceof Error ? err.message : err);
      await sleep(config.pollMs * 2);
    }
  }
}

async function main() {
  await boss.start();
  for (const name of names) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...QUEUE_DEFAULTS });
  }
  const slots = names.flatMap((name) => Array.from({ length: config.concurrencyFor(name) }, () => slot(name)));
  console.log(`[worker] running ${names.map((n) => `${n}×${config.concurrencyFor(n)}`).join(", ")}`);
  await Promise.all(slots);
}

async function stop(sig: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  for (const child of running) child.kill(sig);
  await boss.stop({ graceful: false, wait: false }).catch(() => {});
  await db.end().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

main().catch((err) => {
  console.error("[worker] stopped:", err instanceof Error ? err.message : err);
  process.exit(1);
});
