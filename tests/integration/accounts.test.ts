import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authenticate, createAccount } from "@/lib/auth/accounts";
import { MAX_FAILURES } from "@/lib/auth/throttle";

const password = "correct horse battery";
const email = () => `someone-${randomUUID()}@Example.test`;

describe("createAccount", () => {
  it("stores an argon2id hash, never the password, and normalises the email", async () => {
    const address = email();
    const r = await createAccount(db(), { email: address, name: "Ada", password, role: "INSTRUCTOR" });
    expect(r.ok).toBe(true);
    const row = await db().user.findUniqueOrThrow({ where: { email: address.toLowerCase() }, select: { passwordHash: true, role: true } });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(row.passwordHash).not.toContain(password);
    expect(row.role).toBe("INSTRUCTOR");
  });

  it("refuses a taken email, whatever its case", async () => {
    const address = email();
    await createAccount(db(), { email: address, name: "A", password, role: "STUDENT" });
    const again = await createAccount(db(), { email: address.toUpperCase(), name: "B", password, role: "STUDENT" });
    expect(again).toMatchObject({ ok: false, field: "email" });
    expect(await db().user.count({ where: { email: address.toLowerCase() } })).toBe(1);
  });

  it("refuses a weak password without creating the account", async () => {
    const address = email();
    const r = await createAccount(db(), { email: address, name: "A", password: "short", role: "STUDENT" });
    expect(r).toMatchObject({ ok: false, field: "password" });
    expect(await db().user.count({ where: { email: address.toLowerCase() } })).toBe(0);
  });
});

describe("authenticate", () => {
  const now = new Date("2026-03-01T10:00:00Z");

  it("signs in with the right password and refuses the wrong one", async () => {
    const address = email();
    await createAccount(db(), { email: address, name: "A", password, role: "STUDENT" });
    const good = await authenticate(db(), { email: address, password, ip: null }, now);
    expect(good.ok && good.user.role).toBe("STUDENT");
    const bad = await authenticate(db(), { email: address, password: "wrong password!", ip: null }, now);
    expect(bad).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an email after repeated failures, even for the right password, until the lock expires", async () => {
    const address = email();
    await createAccount(db(), { email: address, name: "A", password, role: "STUDENT" });
    const results = [];
    for (let i = 0; i < MAX_FAILURES; i++) {
      results.push(await authenticate(db(), { email: address, password: `nope-${i}-nope`, ip: "10.0.0.1" }, now));
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "locked" });
    const locked = await authenticate(db(), { email: address, password, ip: "10.0.0.2" }, new Date(now.getTime() + 60_000));
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    const later = await authenticate(db(), { email: address, password, ip: "10.0.0.2" }, new Date(now.getTime() + 16 * 60_000));
    expect(later.ok).toBe(true);
  });

  it("does not reveal whether an email exists", async () => {
    const r = await authenticate(db(), { email: email(), password, ip: null }, now);
    expect(r).toEqual({ ok: false, reason: "invalid" });
  });
});
