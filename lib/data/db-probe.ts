// The proxy's probe of the database: one pooled connection with short timeouts, apart from the
// app's pools so that a busy app pool never makes the database look down. Its connection is kept
// open, so a server that stops or dies closes it at once and the database is marked down before
// the next page load, without waiting for the next probe.
import pg from "pg";
import { env } from "@/lib/env";
import { markDatabaseDown } from "@/lib/ops/db-health";

const g = globalThis as unknown as { lecternProbePool?: pg.Pool };

export async function probeDatabase(): Promise<void> {
  g.lecternProbePool ??= new pg.Pool({
    connectionString: env().DATABASE_URL, max: 1, connectionTimeoutMillis: 1000, query_timeout: 1000, idleTimeoutMillis: 0,
  }).on("error", () => markDatabaseDown());
  await g.lecternProbePool.query("SELECT 1");
}
