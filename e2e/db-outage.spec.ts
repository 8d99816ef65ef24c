import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { expect, test } from "@playwright/test";
import { freePort, startEmbeddedPostgres } from "../scripts/lib/embedded-pg.mjs";
import { migrateDeploy } from "../scripts/lib/migrate.mjs";

// Pages during a database outage, over HTTP: a production server on a database of its own (so the
// suite's database stays up), the database stopped, then started again.

let server: ChildProcess | undefined;
let pg: { url: string; stop: () => Promise<void> } | undefined;
let pgPort = 0;
let webPort = 0;
let dir = "";
const page = (path: string) => fetch(`http://127.0.0.1:${webPort}${path}`, { headers: { "sec-fetch-dest": "document" }, redirect: "manual" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  pgPort = await freePort();
  webPort = await freePort();
  dir = `${os.tmpdir()}/lectern-e2e-outage-${pgPort}`;
  pg = await startEmbeddedPostgres({ dir, port: pgPort, persistent: true });
  await migrateDeploy(pg.url);
  const secret = process.env.AUTH_SECRET ?? /^AUTH_SECRET=(.+)$/m.exec(readFileSync(".env.local", "utf8"))?.[1].trim() ?? "outage-test-secret";
  server = spawn("node_modules/.bin/next", ["start", "-p", String(webPort), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: pg.url, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "ignore"],
  });
  const deadline = Date.now() + 60_000;
  while (!(await page("/login").then((r) => r.status === 200, () => false))) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await pg?.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

test("pages answer 503 with Retry-After and a reconnecting page while the database is down, and 200 again within 10 s of its return", async () => {
  test.setTimeout(90_000);
  expect((await page("/login")).status).toBe(200);
  expect((await page("/")).status).toBe(200);

  await pg!.stop();
  // The server notices at once (its probe connection closes) or at its next probe (2 s); until
  // then a page that needs no database may still answer 200, but nothing answers 500.
  const seen: number[] = [];
  for (const start = Date.now(); Date.now() - start < 3000 && seen.at(-1) !== 503;) seen.push((await page("/login")).status);
  expect(seen.at(-1)).toBe(503);
  expect(seen.every((s) => s === 200 || s === 503)).toBe(true);
  for (const path of ["/login", "/", "/today", "/decks"]) {
    const reply = await page(path);
    expect(reply.status, path).toBe(503);
    expect(reply.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(reply.headers.get("cache-control")).toBe("no-store");
    const html = await reply.text();
    expect(html).toContain("Lectern can't reach its database");
    expect(html).toContain('http-equiv="refresh"');
    expect(html).not.toMatch(/ECONNREFUSED|stack|at \w+ \(/);
  }
  // Route handlers keep their own answer (the auth endpoints do not need the database).
  expect((await fetch(`http://127.0.0.1:${webPort}/api/auth/csrf`)).status).toBe(200);

  pg = await startEmbeddedPostgres({ dir, port: pgPort, persistent: true });
  const back = Date.now();
  let status = 0;
  while (Date.now() - back < 10_000 && (status = (await page("/login")).status) !== 200) await new Promise((r) => setTimeout(r, 200));
  expect(status).toBe(200);
  expect((await page("/")).status).toBe(200);
});
