// Starts one throwaway embedded PostgreSQL for the integration suite (or uses TEST_DATABASE_URL),
// applies the migrations, and hands the URL to the test workers.
import type { TestProject } from "vitest/node";
import os from "node:os";
import { rmSync } from "node:fs";
import { startEmbeddedPostgres, freePort } from "../../scripts/lib/embedded-pg.mjs";
import { migrateDeploy } from "../../scripts/lib/migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext { databaseUrl: string }
}

export default async function setup(project: TestProject) {
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
