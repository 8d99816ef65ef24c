import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClass, joinClass, newJoinCode, regenerateJoinCode } from "@/lib/data/classes";
import { makeUser } from "../support/factories";

const t0 = new Date("2026-03-01T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const wrong = (i: number) => `WXYZ-${String(1000 + i)}`;

describe("join codes", () => {
  it("are long enough not to be guessed (at least 40 bits)", () => {
    const code = newJoinCode();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(code.replace(/-/g, "").length * Math.log2(31)).toBeGreaterThanOrEqual(40);
  });

  it("still accept a class's old short code until the instructor makes a new one", async () => {
    const [teacher, a, b] = [await makeUser("INSTRUCTOR"), await makeUser(), await makeUser()];
    const klass = await createClass(teacher.id, "Old class");
    const old = `K${Date.now().toString(36).toUpperCase().slice(-7)}`.replace(/[01IOL]/g, "Z").slice(0, 8);
    await db().class.update({ where: { id: klass.id }, data: { joinCode: `${old.slice(0, 4)}-${old.slice(4)}` } });
    expect((await joinClass(a.id, old.toLowerCase())).id).toBe(klass.id);
    const rotated = await regenerateJoinCode(teacher.id, klass.id);
    await expect(joinClass(b.id, old)).rejects.toThrow(/No class has that join code/);
    expect((await joinClass(b.id, rotated.joinCode.toLowerCase().replace(/-/g, " "))).id).toBe(klass.id);
  });
});

describe("join attempts", () => {
  it("are limited per user: after 10 wrong codes even the right one waits", async () => {
    const [teacher, student] = [await makeUser("INSTRUCTOR"), await makeUser()];
    const klass = await createClass(teacher.id, "Chem");
    for (let i = 0; i < 10; i++) await expect(joinClass(student.id, wrong(i), { address: null, now: t0 })).rejects.toThrow(/No class/);
    await expect(joinClass(student.id, klass.joinCode, { address: null, now: later(1000) })).rejects.toThrow(/Too many wrong join codes/);
    expect((await joinClass(student.id, klass.joinCode, { address: null, now: later(61_000) })).id).toBe(klass.id);
  });

  it("are limited per address across users, counted atomically", async () => {
    const [teacher, late] = [await makeUser("INSTRUCTOR"), await makeUser()];
    const klass = await createClass(teacher.id, "Physics");
    const users = await Promise.all(Array.from({ length: 10 }, () => makeUser()));
    const address = `10.77.${Math.floor(Math.random() * 250)}.1`;
    const tries = Array.from({ length: 100 }, (_, i) => joinClass(users[i % 10].id, wrong(i), { address, now: t0 }).catch((e: Error) => e.message));
    expect((await Promise.all(tries)).every((m) => /No class/.test(String(m)))).toBe(true);
    await expect(joinClass(late.id, klass.joinCode, { address, now: later(1000) })).rejects.toThrow(/Too many wrong join codes/);
    expect((await joinClass(late.id, klass.joinCode, { address: "10.1.1.1", now: later(1000) })).id).toBe(klass.id);
  });
});
