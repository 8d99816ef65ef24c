import { afterEach, describe, expect, it } from "vitest";
import { usesSecureCookies } from "@/lib/auth/secure-cookies";

const saved = { AUTH_URL: process.env.AUTH_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
});

describe("usesSecureCookies", () => {
  it("follows X-Forwarded-Proto when AUTH_URL is unset (Next fills it in from the socket)", () => {
    delete process.env.AUTH_URL; delete process.env.NEXTAUTH_URL;
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
  });

  it("follows AUTH_URL's scheme when it is set, whatever the header says", () => {
    process.env.AUTH_URL = "https://lectern.example.org";
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "http" }))).toBe(true);
    process.env.AUTH_URL = "http://127.0.0.1:3000";
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "https" }))).toBe(false);
  });
});
