// lib/import is framework-free like lib/chapters: no Next.js, no Prisma, no environment reads.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("lib/import boundary", () => {
  it("imports neither next, prisma, the database nor process.env", () => {
    const all = files("lib/import");
    expect(all.length).toBeGreaterThan(10);
    for (const f of all) {
      const src = readFileSync(f, "utf8");
      expect(src, f).not.toMatch(/from\s+["'](?:next\/|@prisma|@\/lib\/(?:db|data|env|generated))/);
      expect(src, f).not.toMatch(/process\.env/);
    }
  });
});
