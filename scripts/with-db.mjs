// Usage: node scripts/with-db.mjs [command args...]
// Makes a database ready, then runs the command with DATABASE_URL and AUTH_SECRET set:
//  - DATABASE_URL set: use that server. Unset: start an embedded PostgreSQL 17 whose data lives in
//    .pg/ (git-ignored) and survives restarts.
//  - apply pending migrations; seed the demo accounts and deck into an empty database;
//  - generate AUTH_SECRET into .env.local on first run if it is not already set.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { portInUse, startEmbeddedPostgres } from "./lib/embedded-pg.mjs";
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

// Ctrl+C or a SIGTERM at any point stops the children (app, worker, or a one-off command) and then
// the database we started (or adopted); before any child runs (during migrations), right away.
const children = new Set();
let db;
let stopping = false;
async function onSignal(sig) {
  if (stopping) return;
  stopping = true;
  if (children.size) return children.forEach((c) => (c.spawnargs.includes("scripts/worker.ts") ? killGroup(c, sig) : c.kill(sig)));
  await db?.stop().catch(() => {});
  process.exit(130);
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

// The worker leads its own process group, so a clean-up after a crash reaches the job processes it
// started too. The app server stays in ours: whoever stops the launcher's group (a terminal's
// Ctrl+C, a test runner) stops it with us.
function killGroup(child, sig) {
  try {
    process.kill(-child.pid, sig);
  } catch {
    child.kill(sig);
  }
}

function run(cmd, args, env, { detached = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env, detached });
    children.add(child);
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (detached) killGroup(child, "SIGKILL"); // leftovers of a crashed child
      resolve(code ?? (signal ? (stopping ? 0 : 1) : 1));
    });
  });
}

// A long-running child (the Next server, the job worker) that dies on its own is started again
// after a backoff (1 s doubling to 30 s, back to 1 s once it has stayed up a minute); the database
// keeps running meanwhile. Resolves with its exit code once we are stopping.
//
// The worker is started with lib/jobs/child-guard.mjs, which exits it once this launcher is gone,
// so even a launcher killed with SIGKILL leaves no worker behind.
async function supervise(label, cmd, args, env, { guarded = false } = {}) {
  let delay = 1000;
  for (;;) {
    const started = Date.now();
    const code = guarded
      ? await run(cmd, ["--import", "./lib/jobs/child-guard.mjs", ...args], { ...env, LECTERN_GUARD: "1" }, { detached: true })
      : await run(cmd, args, env);
    if (stopping) return code;
    if (Date.now() - started > 60_000) delay = 1000;
    console.error(`[lectern] ${label} exited (${code}); restarting in ${delay / 1000} s`);
    await new Promise((r) => setTimeout(r, delay));
    if (stopping) return code;
    delay = Math.min(delay * 2, 30_000);
  }
}

// The embedded PostgreSQL we started, if it dies (kill -9, OOM), is started again on the same data;
// meanwhile pages answer 503 and actions "try again" (proxy.ts, lib/actions/retry.ts).
function watchDatabase(port, dir) {
  let restarting = false;
  setInterval(async () => {
    if (stopping || restarting || (await portInUse(port))) return;
    restarting = true;
    console.error("[lectern] the embedded PostgreSQL is gone; starting it again");
    try {
      if (!stopping) db = await startEmbeddedPostgres({ dir, port, persistent: true });
    } catch (err) {
      console.error(`[lectern] could not start PostgreSQL yet (${err instanceof Error ? err.message : err}); retrying`);
    }
    restarting = false;
  }, 1000).unref();
}

let url = process.env.DATABASE_URL;
if (!url) {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54339);
  const dir = process.env.EMBEDDED_PG_DIR ?? ".pg";
  db = await startEmbeddedPostgres({ dir, port, persistent: true });
  url = db.url;
  console.log(`[lectern] Embedded PostgreSQL 17 on port ${port} (data in ${dir === ".pg" ? ".pg/" : dir})`);
  watchDatabase(port, dir);
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
    if (cmd === "backup" || cmd === "restore") {
      code = await run(process.execPath, ["--import", "tsx", "scripts/db-backup.ts", cmd, ...args], env);
    } else if (cmd === "next" && (args[0] === "dev" || args[0] === "start")) {
      // The app and its job worker side by side, each restarted if it crashes (LECTERN_WORKER=0
      // leaves the worker out, e.g. when workers run on other machines).
      const worker = process.env.LECTERN_WORKER === "0" ? [] : [supervise("job worker", process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], env, { guarded: true })];
      [code] = await Promise.all([supervise("app server", bin, args, env), ...worker]);
    } else {
      code = await run(bin, args, env);
    }
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  stopping = true; // the database watch must not start it again
  await db?.stop();
}
process.exit(code);
