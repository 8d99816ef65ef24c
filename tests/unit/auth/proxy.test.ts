import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config, proxy } from "@/proxy";
import { resetDatabaseHealth } from "@/lib/ops/db-health";

// The proxy probes the database before a page load (lib/ops/db-health.ts); here it is reachable
// unless a test says otherwise.
const probe = vi.hoisted(() => ({ fails: false }));
vi.mock("@/lib/data/db-probe", () => ({
  probeDatabase: async () => { if (probe.fails) throw new Error("connect ECONNREFUSED 127.0.0.1:5432"); },
}));

const SECRET = "a-test-secret-that-is-long-enough-1234567890";
let saved: string | undefined;
beforeAll(() => { saved = process.env.AUTH_SECRET; process.env.AUTH_SECRET = SECRET; });
afterAll(() => { process.env.AUTH_SECRET = saved; });

const PAGE_LOAD = { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" };

async function request(path: string, cookie?: { name: string; value: string }, headers: Record<string, string> = {}) {
  const all = { ...headers, ...(cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {}) };
  return proxy(new NextRequest(new URL(path, "http://localhost:3000"), { headers: all }));
}

async function session(name: string, expiresIn = 3600) {
  return { name, value: await encode({ token: { sub: "u1", uid: "u1", role: "STUDENT" }, secret: SECRET, salt: name, maxAge: expiresIn }) };
}

describe("proxy", () => {
  it("answers a page load with 503, Retry-After and a self-reloading page while the database is unreachable; actions and route handlers pass", async () => {
    resetDatabaseHealth();
    probe.fails = true;
    try {
      for (const path of ["/login", "/today"]) {
        const res = await request(path, undefined, PAGE_LOAD);
        expect(res.status).toBe(503);
        expect(res.headers.get("retry-after")).toBe("2");
        expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
        expect(await res.text()).toContain("Lectern can't reach its database");
      }
      expect((await request("/api/auth/csrf")).status).not.toBe(503);
      const action = await proxy(new NextRequest(new URL("/today", "http://localhost:3000"), { method: "POST", headers: { "next-action": "abc", origin: "http://localhost:3000" } }));
      expect(action.status).not.toBe(503);
    } finally {
      probe.fails = false;
      resetDatabaseHealth();
    }
  });

  it("sends a signed-out visitor of an app page to sign in, remembering where they were going", async () => {
    const res = await request("/decks/abc?q=x");
    expect(res.status).toBe(307);
    const to = new URL(res.headers.get("location")!);
    expect(to.pathname).toBe("/login");
    expect(to.searchParams.get("callbackUrl")).toBe("/decks/abc?q=x");
  });

  it("lets a signed-in visitor through (http and https cookie names) without writing a fresh session", async () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const res = await request("/today", await session(name), PAGE_LOAD);
      expect(res.headers.get("location")).toBeNull();
      expect(res.headers.get("x-middleware-next")).toBe("1");
      expect(res.headers.get("set-cookie")).toBeNull(); // issued less than a day ago: nothing to renew
    }
  });

  it("renews a day-old session on a page load only, never on a prefetch, RSC fetch or server action", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 2 * 86_400_000);
    const old = await session("authjs.session-token", 30 * 86_400);
    vi.useRealTimers();
    const notPageLoads: Record<string, string>[] = [{ "next-router-prefetch": "1" }, { rsc: "1" }, { "sec-purpose": "prefetch" }, { "next-action": "abc" }];
    for (const extra of notPageLoads) {
      // A late answer to any of these must not revive a session the user has just signed out of.
      expect((await request("/today", old, { ...PAGE_LOAD, ...extra })).headers.get("set-cookie")).toBeNull();
    }
    const res = await request("/today", old, PAGE_LOAD);
    const cookie = res.cookies.get("authjs.session-token");
    expect(cookie?.value).toBeTruthy();
    const renewed = await decode({ token: cookie!.value, secret: SECRET, salt: "authjs.session-token" });
    expect(renewed).toMatchObject({ uid: "u1", role: "STUDENT" });
    expect(Number(renewed!.exp) * 1000 - Date.now()).toBeGreaterThan(29 * 86_400_000); // a new 30-day window
  });

  it("treats a forged or expired token as signed out", async () => {
    expect((await request("/stats", { name: "authjs.session-token", value: "forged" })).status).toBe(307);
    expect((await request("/stats", await session("authjs.session-token", -60))).status).toBe(307);
  });

  it("leaves public pages alone", async () => {
    for (const path of ["/", "/login", "/signup"]) expect((await request(path)).headers.get("location")).toBeNull();
  });

  it("refuses a POST from another site with 403 and an over-size body with 413, before the app sees them", async () => {
    const post = (headers: Record<string, string>) => proxy(new NextRequest(new URL("/login", "http://localhost:3000"), { method: "POST", headers: { host: "localhost:3000", ...headers } }));
    expect((await post({ origin: "https://evil.example", "next-action": "abc" })).status).toBe(403);
    const big = await post({ origin: "http://localhost:3000", "content-length": String(110 * 1024 * 1024), referer: "http://localhost:3000/import" });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('href="/import"');
    expect((await post({ origin: "http://localhost:3000", "content-length": "100" })).headers.get("x-middleware-next")).toBe("1");
  });

  it("runs on pages, server actions and /api/auth, but not on the review routes, which guard themselves (app/api/review/reply.ts)", () => {
    const runsOn = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    for (const path of ["/review", "/decks", "/api/auth/callback/credentials", "/api/reviews-export", "/login", "/api/review/gradebook", "/api/review/other"]) expect(runsOn(path), path).toBe(true);
    for (const path of ["/api/review/grade", "/api/review/undo", "/_next/static/chunks/a.js"]) expect(runsOn(path), path).toBe(false);
  });

  it("strips client-supplied address headers from the request the app sees", async () => {
    const res = await request("/login", undefined, { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7" });
    const kept = res.headers.get("x-middleware-override-headers")!.split(",");
    expect(kept).not.toContain("x-forwarded-for");
    expect(kept).not.toContain("x-real-ip");
  });
});
