import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { proxy } from "@/proxy";

const SECRET = "a-test-secret-that-is-long-enough-1234567890";
let saved: string | undefined;
beforeAll(() => { saved = process.env.AUTH_SECRET; process.env.AUTH_SECRET = SECRET; });
afterAll(() => { process.env.AUTH_SECRET = saved; });

async function request(path: string, cookie?: { name: string; value: string }) {
  const req = new NextRequest(new URL(path, "http://localhost:3000"), { headers: cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {} });
  return proxy(req);
}

async function session(name: string, expiresIn = 3600) {
  return { name, value: await encode({ token: { sub: "u1", uid: "u1", role: "STUDENT" }, secret: SECRET, salt: name, maxAge: expiresIn }) };
}

describe("proxy", () => {
  it("sends a signed-out visitor of an app page to sign in, remembering where they were going", async () => {
    const res = await request("/decks/abc?q=x");
    expect(res.status).toBe(307);
    const to = new URL(res.headers.get("location")!);
    expect(to.pathname).toBe("/login");
    expect(to.searchParams.get("callbackUrl")).toBe("/decks/abc?q=x");
  });

  it("lets a signed-in visitor through (http and https cookie names) and never sets a cookie", async () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const res = await request("/today", await session(name));
      expect(res.headers.get("location")).toBeNull();
      expect(res.headers.get("x-middleware-next")).toBe("1");
      expect(res.headers.get("set-cookie")).toBeNull(); // a late response must not revive a signed-out session
    }
  });

  it("treats a forged or expired token as signed out", async () => {
    expect((await request("/stats", { name: "authjs.session-token", value: "forged" })).status).toBe(307);
    expect((await request("/stats", await session("authjs.session-token", -60))).status).toBe(307);
  });

  it("leaves public pages alone", async () => {
    for (const path of ["/", "/login", "/signup"]) expect((await request(path)).headers.get("location")).toBeNull();
  });
});
