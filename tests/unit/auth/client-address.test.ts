import { describe, expect, it } from "vitest";
import { addressFromProxies, cleanAddress } from "@/lib/auth/client-address";
import { isForeignOrigin, isOversize, withTrustedAddress } from "@/lib/auth/request-guards";

const h = (init: Record<string, string>) => new Headers(init);

describe("addressFromProxies", () => {
  it.each([
    [{ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }, 1, "203.0.113.7"],
    [{ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }, 2, "203.0.113.7"],
    [{ "x-forwarded-for": "203.0.113.7" }, 3, "203.0.113.7"],
    [{ forwarded: 'for=6.6.6.6, for="[2001:db8::17]:4711"' }, 1, "2001:db8::17"],
    [{ forwarded: "for=198.51.100.4;proto=https", "x-forwarded-for": "6.6.6.6" }, 1, "198.51.100.4"],
    [{ "x-forwarded-for": "6.6.6.6" }, 0, null],
    [{}, 1, null],
  ])("%o with %i trusted hops gives %s", (headers, hops, expected) => {
    expect(addressFromProxies(h(headers), hops)).toBe(expected);
  });

  it("normalises ports, brackets and IPv4-mapped IPv6", () => {
    expect(cleanAddress("1.2.3.4:567")).toBe("1.2.3.4");
    expect(cleanAddress("[::1]:80")).toBe("::1");
    expect(cleanAddress("::FFFF:127.0.0.1")).toBe("127.0.0.1");
  });
});

describe("withTrustedAddress", () => {
  it("drops every client-supplied address header when no proxy is trusted, so Next fills in the socket address", () => {
    const out = withTrustedAddress(h({ "x-forwarded-for": "1.1.1.1", forwarded: "for=2.2.2.2", "x-real-ip": "3.3.3.3", cookie: "a=b" }), 0);
    expect([out.get("x-forwarded-for"), out.get("forwarded"), out.get("x-real-ip")]).toEqual([null, null, null]);
    expect(out.get("cookie")).toBe("a=b");
  });

  it("keeps only the address the outermost trusted proxy saw", () => {
    expect(withTrustedAddress(h({ "x-forwarded-for": "9.9.9.9, 8.8.8.8, 203.0.113.9" }), 1).get("x-forwarded-for")).toBe("203.0.113.9");
  });
});

describe("request guards", () => {
  it("calls a POST from another origin foreign, and not a same-origin, originless or GET request", () => {
    expect(isForeignOrigin("POST", h({ origin: "https://evil.example", host: "lectern.test" }))).toBe(true);
    expect(isForeignOrigin("POST", h({ origin: "http://lectern.test", host: "lectern.test" }))).toBe(false);
    expect(isForeignOrigin("POST", h({ origin: "https://app.example", host: "internal:3000", "x-forwarded-host": "app.example" }))).toBe(false);
    expect(isForeignOrigin("POST", h({ host: "lectern.test" }))).toBe(false);
    expect(isForeignOrigin("GET", h({ origin: "https://evil.example", host: "lectern.test" }))).toBe(false);
  });

  it("finds an over-size body from its declared length", () => {
    expect(isOversize(h({ "content-length": String(110 * 1024 * 1024) }))).toBe(true);
    expect(isOversize(h({ "content-length": "1000" }))).toBe(false);
    expect(isOversize(h({ "content-length": String(50 * 1024 * 1024) }))).toBe(false); // a 50 MB book is within the import limit
    expect(isOversize(h({}))).toBe(false);
  });
});
