import { expect, test, type BrowserContext } from "@playwright/test";
import { signIn, signUp, uniqueEmail, DEMO_INSTRUCTOR, DEMO_STUDENT, DEMO_PASSWORD } from "./helpers";
import { Jar, loopback, send, signInHttp, withDb } from "./http";
import { mailText, startMailSink } from "./mail-sink";

// Sign-in, sessions and limits over HTTP against the production build (issue 18). Address-based
// limits are driven from loopback addresses of their own, so the browser tests on 127.0.0.1 are
// never throttled by them.

const failuresOf = (key: string) => withDb(async (c) => (await c.query<{ failures: number }>(`SELECT failures FROM "SignInThrottle" WHERE key = $1`, [key])).rows[0]?.failures ?? 0);

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

test("60 failures with 60 spoofed X-Forwarded-For values count against the one real address; a trusted device still signs in from it", async () => {
  test.setTimeout(120_000);
  const from = loopback();
  const trusted = new Jar();
  expect((await signInHttp(DEMO_STUDENT, DEMO_PASSWORD, { jar: trusted, from })).ok).toBe(true); // this browser is now trusted
  const codes: (string | null)[] = [];
  for (let i = 0; i < 60; i++) {
    const r = await signInHttp(uniqueEmail(`spray${i}`), "not the password", { from, headers: { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` } });
    codes.push(r.code);
  }
  expect(codes.slice(0, 49).every((c) => c === "credentials")).toBe(true);
  expect(codes.slice(49).every((c) => c === "rate_limited")).toBe(true); // the 50th failure closes the address
  expect(await failuresOf(`address:${from}`)).toBe(60); // every one counted, against the socket address
  expect(await withDb(async (c) => (await c.query(`SELECT 1 FROM "SignInThrottle" WHERE key LIKE 'address:203.0.113.%' OR key LIKE 'address:198.51.100.%'`)).rowCount)).toBe(0);
  // A browser without a device cookie is refused from that address, even with the right password ...
  expect(await signInHttp(DEMO_STUDENT, DEMO_PASSWORD, { from })).toMatchObject({ ok: false, code: "rate_limited" });
  // ... but not from another address, and the trusted one is never refused because of the address.
  expect((await signInHttp(DEMO_STUDENT, DEMO_PASSWORD, { from: loopback() })).ok).toBe(true);
  expect((await signInHttp(DEMO_STUDENT, DEMO_PASSWORD, { jar: trusted, from })).ok).toBe(true);
});

test("the owner signs in from their own browser after 30 attacker failures, while the attacker is refused", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("owner");
  const password = "my own long password";
  await signUp(page, { name: "Owner", email, password, role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  const attacker = loopback();
  for (let i = 0; i < 30; i++) await signInHttp(email, `guess number ${i}`, { from: attacker });
  expect(await failuresOf(`account:${email}`)).toBeGreaterThanOrEqual(5);
  expect(await signInHttp(email, password, { from: loopback() })).toMatchObject({ ok: false, code: "rate_limited" });

  await signIn(page, email, password); // the browser that signed in before holds the device cookie
  await expect(page).toHaveURL(/\/today$/);
});

test("20 parallel failures count 20", async () => {
  const email = uniqueEmail("parallel");
  const from = loopback();
  await Promise.all(Array.from({ length: 20 }, (_, i) => signInHttp(email, `wrong ${i}`, { from })));
  expect(await failuresOf(`account:${email}`)).toBe(20);
  expect(await failuresOf(`address:${from}`)).toBe(20);
});

test("signing out ends the server session: a copy of the cookie stops working", async ({ page, context }) => {
  await signUp(page, { name: "Copier", email: uniqueEmail("copy"), password: "copy me if you can", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  const copied = await cookieHeader(context);
  expect((await send("/today", { headers: { cookie: copied } })).status).toBe(200);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  const after = await send("/today", { headers: { cookie: copied } });
  expect(after.status).toBe(307);
  expect(after.headers.location).toContain("/login");
});

test("after a password change the other browser's session cookie is refused; this one stays signed in", async ({ page, browser }) => {
  const email = uniqueEmail("changer");
  await signUp(page, { name: "Changer", email, password: "first long password", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, "first long password");
  const otherCookie = await cookieHeader(other);

  await page.goto("/settings/security");
  await expect(page.getByTestId("sessions").getByRole("listitem")).toHaveCount(2);
  await page.getByLabel("Current password").fill("first long password");
  await page.getByLabel("New password", { exact: true }).fill("second long password");
  await page.getByLabel("New password again").fill("second long password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Password changed. 1 other session was signed out.");

  const refused = await send("/today", { headers: { cookie: otherCookie } });
  expect(refused.status).toBe(307);
  expect(refused.headers.location).toContain("/login");
  await otherPage.goto("/today");
  await expect(otherPage).toHaveURL(/\/login/);
  await page.goto("/today");
  await expect(page).toHaveURL(/\/today$/);
  await other.close();
});

test("an instructor's reset link works once, and an expired one does not", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  await signIn(page, DEMO_INSTRUCTOR);
  await page.getByLabel("Class name").fill(`Reset ${suffix}`);
  await page.getByRole("button", { name: "Create class" }).click();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  const student = await (await browser.newContext()).newPage();
  const email = uniqueEmail("forgetful");
  await signUp(student, { name: `Forgetful ${suffix}`, email, password: "forgotten password 1", role: "Student" });
  await expect(student).toHaveURL(/\/today$/);
  await student.goto(`/join/${code}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByTestId("form-message")).toContainText("You joined");

  await page.reload();
  page.on("dialog", (d) => d.accept());
  await page.getByTestId("roster").getByRole("button", { name: "Reset link" }).click();
  const message = await page.getByRole("status").filter({ hasText: "Reset link for" }).textContent();
  const link = new URL(/(http\S+\/reset\/\S+)/.exec(message!)![1]).pathname;

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await fresh.getByLabel("New password", { exact: true }).fill("remembered password 2");
  await fresh.getByLabel("New password again").fill("remembered password 2");
  await fresh.getByRole("button", { name: "Set new password" }).click();
  await expect(fresh).toHaveURL(/\/login\?reset=1/);
  await student.goto("/today");
  await expect(student).toHaveURL(/\/login/); // the reset ended the student's session
  await signIn(fresh, email, "remembered password 2");
  await fresh.goto(link);
  await expect(fresh.getByTestId("reset-expired")).toBeVisible(); // used once

  await page.getByTestId("roster").getByRole("button", { name: "Reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reset link for" })).not.toHaveText(message!);
  const second = new URL(/(http\S+\/reset\/\S+)/.exec((await page.getByRole("status").filter({ hasText: "Reset link for" }).textContent())!)![1]).pathname;
  await withDb((c) => c.query(`UPDATE "PasswordResetToken" SET "expiresAt" = now() - interval '1 minute' WHERE "usedAt" IS NULL AND "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]));
  expect((await send(second)).body).toContain("This link no longer works");
});

test("Forgot password mails a link that works, and answers the same for an unknown email", async ({ page }) => {
  test.skip(!process.env.E2E_SMTP_PORT, "needs the mail sink port from scripts/e2e.mjs");
  const sink = await startMailSink(Number(process.env.E2E_SMTP_PORT));
  try {
    const email = uniqueEmail("mailme");
    const other = await page.context().browser()!.newContext();
    const signup = await other.newPage();
    await signUp(signup, { name: "Mail Me", email, password: "original password 1", role: "Student" });
    await expect(signup).toHaveURL(/\/today$/);

    const ask = async (address: string) => {
      await page.goto("/forgot");
      await page.getByLabel("Email").fill(address);
      await page.getByRole("button", { name: "Email me a reset link" }).click();
      return (await page.getByTestId("form-message").textContent())!;
    };
    const known = await ask(email);
    const unknown = await ask(uniqueEmail("nobody"));
    expect(unknown).toBe(known);
    const mail = await sink.waitFor(email);
    const link = new URL(/(http\S+\/reset\/[A-Za-z0-9_-]+)/.exec(mailText(mail.raw))![1]).pathname;
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("mailed password 22");
    await page.getByLabel("New password again").fill("mailed password 22");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/login\?reset=1/);
    await signIn(page, email, "mailed password 22");
    expect(sink.mails.filter((m) => !m.to.includes(email))).toHaveLength(0); // nothing sent for the unknown email
    await other.close();
  } finally {
    await sink.stop();
  }
});

test("status codes: foreign Origin 403, over-size body 413, someone else's deck 404, review route 403/404/401", async ({ page, browser }) => {
  const foreign = await send("/decks", { method: "POST", headers: { origin: "https://evil.example", "next-action": "0123456789abcdef", "content-type": "text/plain" }, body: "[]" });
  expect(foreign.status).toBe(403);

  // Next's proxy plumbing receives the whole body before the proxy's answer goes out (it keeps at
  // most proxyClientMaxBodySize of it), so a real 110 MB body is sent; the app never parses it.
  const big = await send("/import", { method: "POST", headers: { "content-type": "application/octet-stream" }, body: Buffer.alloc(110 * 1024 * 1024) });
  expect(big.status).toBe(413);
  expect(big.body).toContain("That upload is too large");

  await signUp(page, { name: "Deck Owner", email: uniqueEmail("owner"), password: "my decks are mine", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/decks");
  await page.getByLabel("Deck title").fill("Private deck");
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { name: "Private deck" })).toBeVisible();
  const deckUrl = new URL(page.url()).pathname;

  const stranger = await (await browser.newContext()).newPage();
  await signIn(stranger, DEMO_STUDENT);
  const res = await stranger.goto(deckUrl);
  expect(res?.status()).toBe(404);
  expect((await stranger.goto(deckUrl.replace(/\/decks\/.*/, "/decks/does-not-exist")))?.status()).toBe(404);

  // The review screen's grade route: another site's POST is refused even with the student's cookie,
  // a card that is not theirs is 404, and a caller with no session gets 401.
  const answer = { cardId: "not-this-students-card", rating: 3, expectedVersion: null, requestId: crypto.randomUUID(), durationMs: 1000, deckId: null };
  expect((await stranger.request.post("/api/review/grade", { headers: { origin: "https://evil.example" }, data: answer })).status()).toBe(403);
  expect((await stranger.request.post("/api/review/grade", { data: answer })).status()).toBe(404);
  expect((await send("/api/review/undo", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(401);
});

test("an upload over the limit is explained on the page before anything is sent", async ({ page }) => {
  await signIn(page, DEMO_INSTRUCTOR);
  await page.goto("/import");
  await page.getByLabel("Book or chapter file").setInputFiles({ name: "huge.md", mimeType: "text/markdown", buffer: Buffer.alloc(13 * 1024 * 1024, "a") });
  await page.getByRole("button", { name: "Import and generate cards" }).click();
  await expect(page.getByText(/the limit is \d+ MB/)).toBeVisible();
});
