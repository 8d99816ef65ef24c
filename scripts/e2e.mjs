// Runs the Playwright suite against a production build on a throwaway embedded PostgreSQL.
// Usage: node scripts/e2e.mjs [playwright args...]   (set SKIP_BUILD=1 to reuse .next/)
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import { freePort } from "./lib/embedded-pg.mjs";

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } }).status ?? 1;

if (!process.env.SKIP_BUILD) {
  const built = run(process.execPath, ["scripts/prisma-generate.mjs"]) || run("node_modules/.bin/next", ["build"]);
  if (built !== 0) process.exit(built);
}
const pgPort = await freePort();
const webPort = await freePort();
const smtpPort = await freePort(); // e2e/security.spec.ts runs a mail sink there for "Forgot password"
const pgDir = `${os.tmpdir()}/lectern-e2e-pg-${pgPort}`;
const env = { EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: pgDir, E2E_PORT: String(webPort), E2E_SMTP_PORT: String(smtpPort), DATABASE_URL: "" };
// An empty DATABASE_URL makes the launcher start the embedded server; a real one is kept for CI setups.
if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
const code = run("node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], env);
rmSync(pgDir, { recursive: true, force: true });
process.exit(code);
