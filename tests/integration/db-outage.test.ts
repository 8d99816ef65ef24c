// A lost database connection must never crash the process, and a database outage must reach the
// user as a typed "try again", not as an exception (which Next turns into a bare HTTP 500).
import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { listenForErrors, q } from "@/lib/data/pg";
import { isDatabaseUnavailable } from "@/lib/data/db-unavailable";
import { attempt } from "@/lib/actions/run";
import { orRetry } from "@/lib/actions/retry";
import { freePort } from "../../scripts/lib/embedded-pg.mjs";

const url = () => process.env.DATABASE_URL as string;

async function terminate(pid: number) {
  await q("SELECT pg_terminate_backend($1)", [pid]);
}

describe("lost connections", () => {
  it("an idle pooled connection killed by the server is logged, dropped, and the next query works", async () => {
    const logged: string[] = [];
    const p = listenForErrors(new pg.Pool({ connectionString: url(), max: 1 }), (m) => logged.push(m));
    const [{ pid }] = (await p.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows;
    await terminate(pid);
    const deadline = Date.now() + 5000;
    while (!logged.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(logged[0]).toMatch(/database connection lost/);
    const again = (await p.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    expect(again).not.toBe(pid);
    await p.end();
  });

  it("Prisma's adapter survives its connection being killed and reconnects", async () => {
    await db().user.count();
    const pids = (await q<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name NOT LIKE 'pgboss%' AND state = 'idle'")).map((r) => r.pid);
    for (const pid of pids) await terminate(pid);
    await new Promise((r) => setTimeout(r, 200));
    let n: number | undefined;
    for (let i = 0; i < 3 && n === undefined; i++) n = await db().user.count().catch(() => undefined); // the first may meet the dead socket
    expect(typeof n).toBe("number");
  });
});

describe("outage classification", () => {
  it("recognises a refused connection, a terminated session and Prisma's codes, and nothing else", async () => {
    const port = await freePort();
    const down = new pg.Client({ connectionString: `postgresql://x:y@127.0.0.1:${port}/none` });
    const refused = await down.connect().then(() => null, (e: unknown) => e);
    expect(isDatabaseUnavailable(refused)).toBe(true);

    const c = new pg.Client({ connectionString: url() });
    await c.connect();
    c.on("error", () => {});
    const [{ pid }] = (await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows;
    const killed = c.query("SELECT pg_sleep(5)").then(() => null, (e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    await terminate(pid);
    expect(isDatabaseUnavailable(await killed)).toBe(true);

    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "P1001" } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });

  it("actions answer { ok: false, retry: true } for an outage and still throw other errors", async () => {
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(await attempt(async () => { throw outage; })).toMatchObject({ ok: false, retry: true });
    expect(await orRetry(async () => { throw outage; })).toMatchObject({ ok: false, retry: true, message: expect.stringMatching(/try again/) });
    await expect(orRetry(async () => { throw new Error("bug"); })).rejects.toThrow("bug");
    expect(await orRetry(async () => ({ ok: true }))).toEqual({ ok: true });
  });
});
