import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/anki and lib/media are framework-free: no Next, no Prisma, no data layer.
describe("framework-free rooms", () => {
  for (const room of ["lib/anki", "lib/media"]) {
    it(`${room} imports no framework or database code`, () => {
      const files = readdirSync(room).filter((f) => f.endsWith(".ts"));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const imports = [...readFileSync(path.join(room, f), "utf8").matchAll(/from\s+"([^"]+)"|import\s+"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
        const bad = imports.filter((i) => /^(next|react|server-only|@prisma|@\/lib\/(db|data|generated|auth))/.test(i));
        expect(bad, `${room}/${f}`).toEqual([]);
      }
    });
  }
});
