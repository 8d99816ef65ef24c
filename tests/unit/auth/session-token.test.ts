import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { clearSessionTokens, decodeSessionToken, SESSION_COOKIES, sessionCookieValue } from "@/lib/auth/session-token";

// Count real decodes, so the per-process cache is seen to spare them.
const decodes = vi.hoisted(() => ({ n: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const real = await importOriginal<typeof import("next-auth/jwt")>();
  return { ...real, decode: (...args: Parameters<typeof real.decode>) => { decodes.n++; return real.decode(...args); } };
});

const SECRET = "a-test-secret-that-is-long-enough-1234567890";
const NAME = SESSION_COOKIES.plain;
const token = (maxAge = 3600, name: string = NAME, secret = SECRET) =>
  encode({ token: { uid: "u1", sid: "s1", role: "STUDENT" }, secret, salt: name, maxAge });

beforeEach(() => { clearSessionTokens(); decodes.n = 0; });

describe("decodeSessionToken", () => {
  it("decodes a token once per process and answers the same claims from then on", async () => {
    const t = await token();
    const first = await decodeSessionToken(t, NAME, SECRET);
    const second = await decodeSessionToken(t, NAME, SECRET);
    expect(first).toMatchObject({ uid: "u1", sid: "s1" });
    expect(second).toEqual(first);
    expect(decodes.n).toBe(1);
  });

  it("refuses an expired token even after it was kept (15 s of clock tolerance, as Auth.js)", async () => {
    const t = await token(60);
    const now = Date.now();
    expect(await decodeSessionToken(t, NAME, SECRET, now)).not.toBeNull();
    expect(await decodeSessionToken(t, NAME, SECRET, now + 70_000)).not.toBeNull();
    expect(await decodeSessionToken(t, NAME, SECRET, now + 80_000)).toBeNull();
  });

  it("refuses a token under another cookie name or secret than it was made for, even once the right one was kept", async () => {
    const t = await token();
    expect(await decodeSessionToken(t, NAME, SECRET)).not.toBeNull();
    expect(await decodeSessionToken(t, SESSION_COOKIES.secure, SECRET)).toBeNull();
    expect(await decodeSessionToken(t, NAME, "another-secret-that-is-long-enough-0987654321")).toBeNull();
  });

  it("answers null for garbage and keeps nothing for it", async () => {
    expect(await decodeSessionToken("not.a.token.at.all", NAME, SECRET)).toBeNull();
    expect(await decodeSessionToken("not.a.token.at.all", NAME, SECRET)).toBeNull();
    expect(decodes.n).toBe(2);
  });
});

describe("sessionCookieValue", () => {
  it("reads the cookie itself, or joins Auth.js's numbered chunks in order", () => {
    expect(sessionCookieValue([{ name: NAME, value: "abc" }], NAME)).toBe("abc");
    expect(sessionCookieValue([{ name: `${NAME}.1`, value: "def" }, { name: `${NAME}.0`, value: "abc" }, { name: "other", value: "x" }], NAME)).toBe("abcdef");
    expect(sessionCookieValue([{ name: SESSION_COOKIES.secure, value: "abc" }], NAME)).toBeNull();
  });
});
