import { describe, expect, it } from "vitest";
import { applySecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/auth/security-headers";

describe("security headers", () => {
  it("nonces are fresh and long enough", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });

  it("the policy allows scripts only from self or with the nonce, forbids framing, and allows eval only in development", () => {
    const prod = contentSecurityPolicy("abc", false);
    expect(prod).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(prod).toContain("frame-ancestors 'none'");
    expect(prod).toContain("object-src 'none'");
    expect(prod).not.toContain("unsafe-eval");
    expect(prod).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy("abc", true)).toContain("'unsafe-eval'");
  });

  it("sets CSP, nosniff, referrer policy and frame denial on a response", () => {
    const h = new Headers();
    applySecurityHeaders(h, "default-src 'self'");
    expect(h.get("content-security-policy")).toBe("default-src 'self'");
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("x-frame-options")).toBe("DENY");
  });
});
