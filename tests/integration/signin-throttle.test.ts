import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authenticate, createAccount, type SignInAttempt } from "@/lib/auth/accounts";
import { DEFAULT_LIMITS, keys } from "@/lib/auth/signin-policy";
import { failuresOf } from "@/lib/auth/throttle";

const password = "correct horse battery";
const t0 = new Date("2026-03-01T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const newEmail = () => `owner-${randomUUID()}@example.test`;
const addr = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function account() {
  const email = newEmail();
  await createAccount(db(), { email, name: "Owner", password, role: "STUDENT" });
  return email;
}
const sign = (a: Partial<SignInAttempt> & { email: string }, at = t0) =>
  authenticate(db(), { password, address: null, deviceId: null, ...a }, at);

describe("sign-in throttling", () => {
  it("lets the owner in from a trusted device after 30 attacker failures, while the attacker is delayed", async () => {
    const email = await account();
    const attacker = addr();
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await sign({ email, password: `guess-${i}`, address: attacker }, later(i * 1000)));
    expect(results.slice(0, 4).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.some((r) => !r.ok && r.reason === "locked")).toBe(true);
    // Even the right password is refused to a browser that never signed in to the account ...
    expect(await sign({ email, address: addr() }, later(31_000))).toMatchObject({ ok: false, reason: "locked" });
    // ... but the owner's own browser gets in, from the attacker's very address too.
    expect((await sign({ email, address: attacker, deviceId: "owner-laptop" }, later(31_000))).ok).toBe(true);
  });

  it("delays an untrusted client exponentially after the free failures, then lets it try again", async () => {
    const email = await account();
    for (let i = 0; i < DEFAULT_LIMITS.accountFreeFailures - 1; i++) await sign({ email, password: `x-${i}` });
    const fifth = await sign({ email, password: "x-last" });
    expect(fifth).toEqual({ ok: false, reason: "locked", retryAfterMs: 1000 });
    expect(await sign({ email }, later(500))).toMatchObject({ reason: "locked" }); // not even checked, but counted (6)
    expect(await failuresOf(db(), keys.account(email))).toBe(6);
    expect(await sign({ email, password: "again" }, later(1000))).toEqual({ ok: false, reason: "locked", retryAfterMs: 4000 }); // 7th: 2^2 s
    expect(await sign({ email }, later(4999))).toMatchObject({ reason: "locked" }); // retrying did not prolong the delay
    expect((await sign({ email }, later(5000))).ok).toBe(true);
    expect(await failuresOf(db(), keys.account(email))).toBe(0); // success clears the account's count
  });

  it("gives a trusted device its own small budget, separate from the account's", async () => {
    const email = await account();
    const results = [];
    for (let i = 0; i < DEFAULT_LIMITS.deviceMaxFailures; i++) results.push(await sign({ email, password: `typo-${i}`, deviceId: "tablet" }));
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "locked" });
    expect(await sign({ email, deviceId: "tablet" }, later(60_000))).toMatchObject({ reason: "locked" });
    expect(await failuresOf(db(), keys.account(email))).toBe(0);
    expect((await sign({ email, deviceId: "tablet" }, later(15 * 60_000 + 1))).ok).toBe(true);
  });

  it("counts 20 parallel failures as 20, refused or checked", async () => {
    const email = await account();
    const address = addr();
    await Promise.all(Array.from({ length: 20 }, (_, i) => sign({ email, password: `p-${i}`, address })));
    expect(await failuresOf(db(), keys.account(email))).toBe(20);
    expect(await failuresOf(db(), keys.address(address))).toBe(20);
  });

  it("lets a classroom share an address: 49 failures across accounts refuse no one; the 50th refuses only untrusted clients", async () => {
    const classroom = addr();
    for (let i = 0; i < DEFAULT_LIMITS.addressMaxFailures - 1; i++) {
      expect(await sign({ email: newEmail(), password: `typo-${i}`, address: classroom }, later(i))).toEqual({ ok: false, reason: "invalid" });
      if (i === 20) expect((await sign({ email: await account(), address: classroom }, later(i))).ok).toBe(true);
    }
    expect(await sign({ email: newEmail(), password: "spray", address: classroom }, later(100))).toMatchObject({ reason: "locked" });
    const fresh = await account();
    expect(await sign({ email: fresh, address: classroom }, later(200))).toMatchObject({ reason: "locked" });
    // A correct password from a trusted device is never refused because of the address.
    expect((await sign({ email: fresh, address: classroom, deviceId: "own-phone" }, later(200))).ok).toBe(true);
    // The refusal ends with the window.
    expect((await sign({ email: fresh, address: classroom }, later(15 * 60_000 + 300))).ok).toBe(true);
  });

  it("never refuses a trusted device's correct password, whatever others did to the account or the address", async () => {
    const email = await account();
    const shared = addr();
    await Promise.all(Array.from({ length: 80 }, (_, i) => sign({ email: i % 2 ? email : newEmail(), password: `bad-${i}`, address: i % 3 ? shared : addr() })));
    for (const address of [shared, addr(), null]) {
      expect((await sign({ email, address, deviceId: "desk" }, later(1000))).ok).toBe(true);
    }
  });
});
