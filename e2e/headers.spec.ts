import { expect, test } from "@playwright/test";
import { signIn, DEMO_STUDENT, DEMO_INSTRUCTOR, DEMO_PASSWORD } from "./helpers";
import { Jar, send, signInHttp } from "./http";

// Security headers on every page, a Content-Security-Policy the app actually passes in Chromium,
// cookie flags, and production error pages without internals (issue 19).

function cspViolations(page: import("@playwright/test").Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => { if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) seen.push(m.text()); });
  return seen;
}

test("pages carry CSP with a per-request nonce, nosniff, referrer policy and frame-ancestors 'none'", async () => {
  const a = await send("/login");
  const b = await send("/login");
  for (const r of [a, b]) {
    expect(r.status).toBe(200);
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const csp = String(r.headers["content-security-policy"]);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    // Next's inline scripts carry this response's nonce.
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    expect(r.body).toContain(`nonce="${nonce}"`);
  }
  expect(a.headers["content-security-policy"]).not.toBe(b.headers["content-security-policy"]);
  // Redirects and refusals written by proxy.ts carry them too.
  const redirect = await send("/home");
  expect(redirect.status).toBe(307);
  expect(redirect.headers["x-content-type-options"]).toBe("nosniff");
});

test("a student's and an instructor's pages run in Chromium without a CSP violation", async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto("/login");
  await signIn(page, "maya@lectern.test"); // a student with a long history: charts, due cards
  for (const path of ["/home", "/today", "/stats", "/settings/fsrs"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Hydrated: the review screen's client code ran (a blocked script would leave it unhydrated).
  await page.goto("/review");
  await expect(page.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  await page.context().clearCookies();
  await page.goto("/login");
  await signIn(page, DEMO_INSTRUCTOR);
  for (const path of ["/classes", "/import"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});

test("session and CSRF cookies are HttpOnly and SameSite=Lax", async () => {
  const csrf = await send("/api/auth/csrf");
  const csrfCookies = ([] as string[]).concat(csrf.headers["set-cookie"] ?? []);
  const cookieHeader = csrfCookies.map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const signin = async (headers: Record<string, string>) => send("/api/auth/callback/credentials", {
    method: "POST",
    body: new URLSearchParams({ csrfToken, email: DEMO_STUDENT, password: DEMO_PASSWORD, callbackUrl: "/home" }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader, ...headers },
  });
  const plain = ([] as string[]).concat((await signin({})).headers["set-cookie"] ?? []);
  const session = plain.find((c) => c.startsWith("authjs.session-token="));
  expect(session, plain.join("\n")).toBeTruthy();
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(session).not.toMatch(/;\s*Secure/i);
  for (const c of csrfCookies) {
    expect(c).toMatch(/;\s*HttpOnly/i);
    expect(c).toMatch(/;\s*SameSite=Lax/i);
  }
});

test("behind a TLS-terminating proxy (X-Forwarded-Proto: https) session, CSRF and device cookies are Secure and prefixed, and the app accepts them; over plain http they are not Secure and sign-in works", async () => {
  const setCookies = (r: { headers: Record<string, unknown> }) => ([] as string[]).concat((r.headers["set-cookie"] as string[] | undefined) ?? []);
  const https = { "x-forwarded-proto": "https" };
  const tls = new Jar();
  const csrfReply = tls.take(await send("/api/auth/csrf", { headers: https }));
  const csrf = setCookies(csrfReply);
  const csrfCookie = csrf.find((c) => c.startsWith("__Host-authjs.csrf-token="));
  expect(csrfCookie, csrf.join("\n")).toBeTruthy();
  expect(csrfCookie).toMatch(/;\s*Secure/i);
  expect(csrfCookie).toMatch(/;\s*Path=\//i); // __Host- requires Path=/ and no Domain
  expect(csrfCookie).not.toMatch(/;\s*Domain=/i);
  const { csrfToken } = JSON.parse(csrfReply.body) as { csrfToken: string };
  const signedIn = await send("/api/auth/callback/credentials", {
    method: "POST",
    body: new URLSearchParams({ csrfToken, email: DEMO_STUDENT, password: DEMO_PASSWORD, callbackUrl: "/home" }).toString(),
    headers: { ...https, "content-type": "application/x-www-form-urlencoded", cookie: tls.header() },
  });
  tls.take(signedIn);
  const cookies = setCookies(signedIn);
  const session = cookies.find((c) => c.startsWith("__Secure-authjs.session-token="));
  expect(session, cookies.join("\n")).toBeTruthy();
  for (const flag of [/;\s*Secure/i, /;\s*HttpOnly/i, /;\s*SameSite=Lax/i]) expect(session).toMatch(flag);
  expect(cookies.some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  const device = cookies.find((c) => c.startsWith("lectern-device-")); // the trusted-device cookie sign-in sets
  expect(device, cookies.join("\n")).toMatch(/;\s*Secure/i);
  // The app reads the Secure cookie back behind the proxy: a signed-in page, not the sign-in form.
  const today = await send("/today", { headers: { ...https, cookie: tls.header(), "sec-fetch-dest": "document" } });
  expect(today.status, today.headers.location as string | undefined).toBe(200);

  // Plain http on loopback: unprefixed cookies without Secure (a browser would drop Secure ones), and they work.
  const plain = new Jar();
  expect((await signInHttp(DEMO_STUDENT, DEMO_PASSWORD, { jar: plain })).ok).toBe(true);
  expect(plain.names()).toContain("authjs.session-token");
  expect(plain.names().some((n) => n.startsWith("__Secure-") || n.startsWith("__Host-"))).toBe(false);
  const page = await send("/today", { headers: { cookie: plain.header(), "sec-fetch-dest": "document" } });
  expect(page.status, page.headers.location as string | undefined).toBe(200);
});

test("a server error page shows a reference, not a stack trace or SQL", async () => {
  const r = await send("/decks/this-id-does-not-exist-but-is-long-enough/export");
  expect(r.body).not.toMatch(/at \w+ \(|node_modules|SELECT |prisma/i);
});
