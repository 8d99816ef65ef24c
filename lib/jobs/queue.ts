// The durable job queue (pg-boss, in the `pgboss` schema of the app's own database). The app only
// enqueues; scripts/worker.ts leases and runs the jobs. A job is a script in scripts/jobs/ and its
// arguments, exactly what the old per-request child process ran.
import PgBoss from "pg-boss";
import type pg from "pg";
import { pool } from "@/lib/data/pg";

export const JOB_SCHEMA = "pgboss";

/** Queue defaults: transient failures retry with exponential backoff (5 s, 10 s, 20 s...). */
export const QUEUE_DEFAULTS = { retryLimit: 3, retryDelay: 5, retryBackoff: true } as const;

const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

const globalForBoss = globalThis as unknown as { lecternBoss?: Promise<PgBoss>; lecternQueues?: Set<string> };

/** A sender-only pg-boss on the app's pool: no maintenance or scheduling in the web process. */
function boss(): Promise<PgBoss> {
  globalForBoss.lecternBoss ??= (async () => {
    const b = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => pool().query(text, values) },
      schema: JOB_SCHEMA,
      supervise: false,
      schedule: false,
    });
    b.on("error", (err) => console.error("[lectern] job queue:", err));
    await b.start();
    return b;
  })().catch((err) => {
    globalForBoss.lecternBoss = undefined;
    throw err;
  });
  return globalForBoss.lecternBoss;
}

export async function ensureQueue(b: PgBoss, name: string): Promise<void> {
  const known = (globalForBoss.lecternQueues ??= new Set());
  if (known.has(name)) return;
  if (!(await b.getQueue(name))) await b.createQueue(name, { name, ...QUEUE_DEFAULTS });
  known.add(name);
}

/**
 * Enqueue scripts/jobs/<script>.ts with its arguments. Pass `client` (a pg client inside BEGIN) to
 * enqueue in the same transaction as the row that asks for the job: both commit or neither does.
 */
export async function enqueueJob(script: string, args: string[], client?: pg.ClientBase): Promise<string> {
  if (!NAME.test(script)) throw new Error(`Not a job name: ${script}`);
  const b = await boss();
  await ensureQueue(b, script);
  const db = client ? { executeSql: (text: string, values: unknown[]) => client.query(text, values) } : undefined;
  const id = await b.send(script, { args }, db ? { db } : {});
  if (!id) throw new Error(`The job queue refused ${script}.`);
  return id;
}

/**
 * Cancel the queued or running deliveries of scripts/jobs/<script>.ts whose first argument is
 * `arg` (a job row's id), inside the caller's transaction. A running copy is stopped by its worker
 * at the next lease renewal (it finds the job no longer active).
 */
export async function cancelQueuedJobs(script: string, arg: string, client: pg.ClientBase): Promise<number> {
  const b = await boss();
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->'args'->>0 = $2 AND state < 'completed'`,
    [script, arg],
  );
  if (rows.length) await b.cancel(script, rows.map((r) => r.id), { db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) } });
  return rows.length;
}
