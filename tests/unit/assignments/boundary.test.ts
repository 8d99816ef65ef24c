// lib/assignments is framework-free: no Next.js, Prisma, database or server-only imports.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";

describe("lib/assignments", () => {
  it("imports only its own modules, ts-fsrs and the framework-free lib/srs", () => {
    const dir = new URL("../../../lib/assignments/", import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const specifiers = [...readFileSync(new URL(f, dir), "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      for (const s of specifiers) expect([f, s]).toEqual([f, expect.stringMatching(/^(\.\/|ts-fsrs$|@\/lib\/srs\/)/)]);
    }
  });
});
