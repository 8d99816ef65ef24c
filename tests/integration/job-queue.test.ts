// The durable queue end to end: a job enqueued through spawnJob's queue is run by a worker process;
// the worker is killed with kill -9 midway, and after a restart the job runs again and finishes
// exactly once (the killed copy does not finish in the background either).
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, test } from "vitest";
import { enqueueJob } from "@/lib/jobs/queue";
import { pool, q } from "@/lib/data/pg";

const RUN_MS = 4000;
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const w = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, JOBS_DIR: "tests/fixtures/jobs", JOB_LEASE_SECONDS: "3", JOB_MAINTENANCE_SECONDS: "1", JOB_POLL_MS: "200", COUNT_RUN_MS: String(RUN_MS) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  workers.push(w);
  return w;
}

async function events(key: string): Promise<string[]> {
  return (await q<{ event: string }>("SELECT event FROM job_test_event WHERE key = $1 ORDER BY id", [key])).map((r) => r.event);
}

async function waitFor(check: () => Promise<boolean>, ms: number, what: string) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  await q("CREATE TABLE IF NOT EXISTS job_test_event (id serial PRIMARY KEY, key text NOT NULL, event text NOT NULL)");
});

afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill("SIGKILL");
  await q("DROP TABLE IF EXISTS job_test_event");
});

test("a job whose worker is killed with kill -9 is picked up after restart and finishes exactly once", async () => {
  const key = `k${Date.now()}`;
  const jobId = await enqueueJob("count-run", [key]);

  const first = startWorker();
  await waitFor(async () => (await events(key)).includes("start"), 30_000, "the first run to start");
  first.kill("SIGKILL");
  await new Promise((r) => first.once("exit", r));

  // The killed run's child exits with its worker: no "done" appears when it would have finished.
  await new Promise((r) => setTimeout(r, RUN_MS + 1000));
  expect(await events(key)).toEqual(["start"]);

  startWorker();
  await waitFor(async () => (await events(key)).includes("done"), 40_000, "the retried run to finish");
  await waitFor(async () => (await q<{ state: string }>("SELECT state FROM pgboss.job WHERE id = $1", [jobId]))[0]?.state === "completed", 10_000, "the job to be completed");
  // Long enough for any second copy to have finished too.
  await new Promise((r) => setTimeout(r, RUN_MS + 1000));
  expect(await events(key)).toEqual(["start", "start", "done"]);
}, 120_000);

test("a job enqueued inside a rolled-back transaction never runs", async () => {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    await enqueueJob("count-run", ["never"], client);
    await client.query("ROLLBACK");
  } finally {
    client.release();
  }
  const rows = await q("SELECT id FROM pgboss.job WHERE name = 'count-run' AND data->'args'->>0 = 'never'");
  expect(rows).toEqual([]);
});
