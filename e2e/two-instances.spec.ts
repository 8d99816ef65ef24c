import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";
import { loopback, signInHttp, withDb } from "./http";

// Two app instances on one database, as behind a load balancer: a second `next start` of the same
// build beside the suite's server. One student's answers go through both, alternating, and
// sign-in failures through both count against one budget: nothing that must be shared lives in a
// server's memory.

let second: ChildProcess | undefined;
let portB = 0;
const portA = Number(process.env.E2E_PORT ?? 3100);
const url = (port: number, path: string) => `http://127.0.0.1:${port}${path}`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

// The launcher's secret (scripts/with-db.mjs keeps it in .env.local unless AUTH_SECRET is set).
function authSecret(): string {
  return process.env.AUTH_SECRET ?? /^AUTH_SECRET=(.+)$/m.exec(readFileSync(".env.local", "utf8"))![1].trim();
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  portB = await freePort();
  const database = process.env.E2E_DATABASE_URL || `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT}/lectern`;
  second = spawn("node_modules/.bin/next", ["start", "-p", String(portB), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: database, AUTH_SECRET: authSecret(), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(url(portB, "/login")).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline || second.exitCode !== null) throw new Error("the second server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  second?.kill("SIGTERM");
});

/** Reveals and answers the card on screen; returns its id once another card or the summary replaced it. */
async function answerOne(page: Page, key: "1" | "3" | "4"): Promise<string> {
  const card = page.getByTestId("card");
  await expect(page.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  const id = (await card.getAttribute("data-card-id"))!;
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back").or(page.getByTestId("cloze-answer")).first()).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.locator(`[data-testid="card"]:not([data-card-id="${id}"])`).or(page.getByRole("heading", { name: "Session complete" }))).toBeVisible();
  return id;
}

test("one student's answers through two servers, alternating, are each logged once and agree with the card states", async ({ page }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("two-servers");
  await signUp(page, { name: "Two Servers", email, password: "two servers password", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  // The session cookie is host-scoped (ports share cookies), so server B sees the same session.
  await page.goto(url(portB, "/join/HIST-201"));
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByTestId("form-message")).toContainText("You joined");

  const answered: { id: string; port: number }[] = [];
  for (let i = 0; i < 8; i++) {
    const port = i % 2 === 0 ? portA : portB;
    await page.goto(url(port, "/review"));
    if ((await page.getByTestId("card").count()) === 0) break;
    answered.push({ id: await answerOne(page, i % 3 === 0 ? "1" : "3"), port });
  }
  expect(answered.length).toBe(8);
  expect(new Set(answered.map((a) => a.port))).toEqual(new Set([portA, portB]));

  await withDb(async (c) => {
    const userId = (await c.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email])).rows[0].id;
    const logs = (await c.query<{ cardId: string; review: Date; requestId: string | null; prevState: { reps: number; lastReview: string | null } | null }>(
      `SELECT "cardId", review, "requestId", "prevState" FROM "ReviewLog" WHERE "userId" = $1 ORDER BY review, id`, [userId])).rows;
    expect(logs.length).toBe(answered.length); // every answer logged once
    expect(new Set(logs.map((l) => l.requestId)).size).toBe(logs.length);
    expect(logs.map((l) => l.cardId)).toEqual(answered.map((a) => a.id));
    const states = (await c.query<{ cardId: string; reps: number; lastReview: Date | null }>(
      `SELECT "cardId", reps, "lastReview" FROM "CardState" WHERE "userId" = $1`, [userId])).rows;
    expect(states.length).toBe(new Set(answered.map((a) => a.id)).size);
    // Replay check: each log's "before" snapshot continues the previous log of its card, and the
    // card's state is where its last log left it.
    for (const s of states) {
      const mine = logs.filter((l) => l.cardId === s.cardId);
      expect(s.reps).toBe(mine.length);
      expect(s.lastReview?.getTime()).toBe(mine.at(-1)!.review.getTime());
      mine.forEach((l, i) => {
        if (i === 0) expect(l.prevState).toBeNull();
        else {
          expect(l.prevState!.reps).toBe(i);
          expect(new Date(l.prevState!.lastReview!).getTime()).toBe(mine[i - 1].review.getTime());
        }
      });
    }
  });
});

test("sign-in failures through both servers count against one budget", async () => {
  const email = uniqueEmail("throttled");
  const from = loopback();
  const codes: (string | null)[] = [];
  // The account's free failures (lib/auth/signin-policy.ts), spread over both servers: the fifth
  // try is refused, though neither server alone has seen more than three.
  for (let i = 0; i < 5; i++) codes.push((await signInHttp(email, `guess ${i}`, { from, port: i % 2 === 0 ? portA : portB })).code);
  expect(codes).toEqual(["credentials", "credentials", "credentials", "credentials", "rate_limited"]);
  expect(await withDb(async (c) => (await c.query<{ failures: number }>(`SELECT failures FROM "SignInThrottle" WHERE key = $1`, [`account:${email}`])).rows[0]?.failures)).toBeGreaterThanOrEqual(5);
  // Either server refuses the next try, from any address.
  expect(await signInHttp(email, "guess 7", { from: loopback(), port: portB })).toMatchObject({ ok: false, code: "rate_limited" });
  expect(await signInHttp(email, "guess 8", { from: loopback(), port: portA })).toMatchObject({ ok: false, code: "rate_limited" });
});
