// Usage: node scripts/with-db.mjs [command args...]
// Makes a database ready, then runs the command with DATABASE_URL and AUTH_SECRET set:
//  - DATABASE_URL set: use that server. Unset: start an embedded PostgreSQL 17 whose data lives in
//    .pg/ (git-ignored) and survives restarts.
//  - apply pending migrations; seed the demo accounts and deck into an empty database;
//  - generate AUTH_SECRET into .env.local on first run if it is not already set.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { startEmbeddedPostgres } from "./lib/embedded-pg.mjs";
import { migrateDeploy } from "./lib/migrate.mjs";

function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = ".env.local";
  const existing = existsSync(file) && readFileSync(file, "utf8").match(/^AUTH_SECRET=(.+)$/m);
  if (existing) return existing[1].trim();
  const secret = randomBytes(32).toString("base64url");
  appendFileSync(file, `AUTH_SECRET=${secret}\n`);
  console.log("[lectern] Generated AUTH_SECRET in .env.local");
  return secret;
}

// Ctrl+C or a SIGTERM at any point stops the database we started (or adopted): while a child runs,
// the signal goes to it and its exit leads to the `finally` below; before that (during migrations),
// the database is stopped right away.
let current = null;
let db;
let stopping = false;
async function onSignal(sig) {
  if (current) return current.kill(sig);
  if (stopping) return;
  stopping = true;
  await db?.stop().catch(() => {});
  process.exit(130);
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    current = child;
    child.on("exit", (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

let url = process.env.DATABASE_URL;
if (!url) {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54339);
  const dir = process.env.EMBEDDED_PG_DIR ?? ".pg";
  db = await startEmbeddedPostgres({ dir, port, persistent: true });
  url = db.url;
  console.log(`[lectern] Embedded PostgreSQL 17 on port ${port} (data in ${dir === ".pg" ? ".pg/" : dir})`);
}
let code = 1;
try {
  await migrateDeploy(url);
  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: ensureAuthSecret(), NEXT_TELEMETRY_DISABLED: "1" };
  // react-server resolves `server-only` to its no-op build outside Next.
  code = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts"], env);
  if (code === 0 && process.argv[2]) {
    const [cmd, ...args] = process.argv.slice(2);
    const bin = existsSync(`node_modules/.bin/${cmd}`) ? `node_modules/.bin/${cmd}` : cmd;
    code = await run(bin, args, env);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  await db?.stop();
}
process.exit(code);
