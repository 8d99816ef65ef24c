// A plain node-postgres pool for the hot paths (grading, the due queue, dashboards), where one
// hand-written statement beats Prisma's interactive transactions severalfold (see bench/review.ts).
// Everything else goes through Prisma (lib/db.ts).
import { createHash } from "node:crypto";
import pg from "pg";
import { env } from "@/lib/env";
import { markDatabaseDown } from "@/lib/ops/db-health";
import { isDatabaseUnavailable } from "./db-unavailable";

// Prisma stores DateTime as `timestamp(3)` holding UTC. Parse those values as UTC regardless of the
// server's local zone, and always send Dates as ISO strings (see `ts`), so the zone is never applied.
const TIMESTAMP_OID = 1114;
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_OID) return (value: string) => new Date(value.replace(" ", "T") + "Z");
    return pg.types.getTypeParser(oid, format);
  },
};

const globalForPg = globalThis as unknown as { lecternPool?: pg.Pool };

export function pool(): pg.Pool {
  globalForPg.lecternPool ??= listenForErrors(new pg.Pool({
    connectionString: env().DATABASE_URL,
    max: Number(process.env.PG_POOL_MAX ?? 10),
    types: types as pg.CustomTypesConfig,
  }));
  return globalForPg.lecternPool;
}

/**
 * An idle pooled client whose server goes away (restart, kill, network) emits "error" on the pool;
 * without a listener that is an uncaughtException that takes the whole server down. The pool drops
 * that client by itself and opens a new one on the next query, so logging is all there is to do.
 */
export function listenForErrors(p: pg.Pool, log: (message: string) => void = (m) => console.error(m)): pg.Pool {
  p.on("error", (err) => {
    markDatabaseDown();
    log(`[lectern] database connection lost (${err.message}); it is reopened on the next query`);
  });
  return p;
}

/** A Date as a UTC timestamp literal for `timestamp` columns. */
/** One transaction on one pooled client: everything `work` writes, or nothing. */
export async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const out = await work(client);
    await client.query("COMMIT");
    return out;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

export function ts(d: Date): string {
  return d.toISOString();
}

export async function q<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  return run<T>({ text, values });
}

// Named (server-side prepared) statements for the queries every grade and review screen runs: each
// pooled connection parses and plans such a statement once instead of on every call, which was a
// large part of PostgreSQL's CPU per grade. Only for fixed query texts (a handful per call site);
// past MAX_PREPARED distinct texts, further ones run unnamed so a connection's statements stay bounded.
const MAX_PREPARED = 100;
const g = globalThis as unknown as { lecternPrepared?: Map<string, string> };

/** q() as a prepared statement; for the hot paths' fixed texts. */
export async function qPrepared<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const names = (g.lecternPrepared ??= new Map());
  let name = names.get(text);
  if (!name && names.size < MAX_PREPARED) {
    name = `lectern_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return run<T>(name ? { name, text, values } : { text, values });
}

async function run<T extends pg.QueryResultRow>(query: pg.QueryConfig): Promise<T[]> {
  try {
    return (await pool().query<T>(query)).rows;
  } catch (err) {
    if (isDatabaseUnavailable(err)) markDatabaseDown();
    throw err;
  }
}
