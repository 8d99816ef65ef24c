import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authenticate, createAccount } from "@/lib/auth/accounts";

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
  const attempt = (address: string, pw: string, at = now) => authenticate(db(), { email: address, password: pw, address: null, deviceId: null }, at);

  it("signs in with the right password and refuses the wrong one", async () => {
    const address = email();
    await createAccount(db(), { email: address, name: "A", password, role: "STUDENT" });
    const good = await attempt(address, password);
    expect(good.ok && good.user.role).toBe("STUDENT");
    expect(await attempt(address, "wrong password!")).toEqual({ ok: false, reason: "invalid" });
  });

  it("does not reveal whether an email exists", async () => {
    expect(await attempt(email(), password)).toEqual({ ok: false, reason: "invalid" });
  });
});
