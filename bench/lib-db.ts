// Shared by the benchmarks: a throwaway embedded PostgreSQL (unless DATABASE_URL is set), migrated.
import os from "node:os";
import { rmSync } from "node:fs";
import { startEmbeddedPostgres, freePort } from "../scripts/lib/embedded-pg.mjs";
import { migrateDeploy } from "../scripts/lib/migrate.mjs";

export async function benchDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const port = await freePort();
  const dir = `${os.tmpdir()}/lectern-bench-pg-${port}`;
  const db = await startEmbeddedPostgres({ dir, port, persistent: false, database: "bench" });
  await migrateDeploy(db.url);
  process.env.DATABASE_URL = db.url;
  return { url: db.url, stop: async () => { await db.stop(); rmSync(dir, { recursive: true, force: true }); } };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export async function timeRuns(fn: () => Promise<unknown>, runs: number, warmup = 3) {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99), runs };
}
