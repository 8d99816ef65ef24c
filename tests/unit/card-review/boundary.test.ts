// lib/card-review is framework-free and light: no Next.js, no Prisma or database, and neither the
// floor's model nor the ranker's (which would load the NLP toolkit into the review page's client
// bundle): only the floor's flag module and the ranker's phrase table.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

describe("lib/card-review boundary", () => {
  it("imports neither next, prisma, the database, the environment nor the floor's or the ranker's model", () => {
    const files = readdirSync("lib/card-review").filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const src = readFileSync(path.join("lib/card-review", f), "utf8");
      expect(src, f).not.toMatch(/from\s+["'](?:next\/|@prisma|@\/lib\/(?:db|data|env|generated))/);
      expect(src, f).not.toMatch(/process\.env/);
      for (const m of src.matchAll(/from\s+["'](@\/lib\/cards[^"']*)["']/g)) expect(["@/lib/cards/floor/flag", "@/lib/cards/rank/why-phrases"], f).toContain(m[1]);
    }
  });

  it("keeps the floor's flag module free of the model and the analysis", () => {
    const src = readFileSync("lib/cards/floor/flag.ts", "utf8");
    expect([...src.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1])).toEqual(["./weights.json"]);
    // The one switch reader (lib/util/env-switch, shared with the clean-up) imports nothing; the
    // generator's lib/cards/switch only passes it on.
    expect(readFileSync("lib/util/env-switch.ts", "utf8")).not.toMatch(/\bfrom\s+["']|\bimport\s*\(|\brequire\s*\(/);
    expect([...readFileSync("lib/cards/switch.ts", "utf8").matchAll(/\bfrom\s+["']([^"']+)["']/g)].map((m) => m[1])).toEqual(["@/lib/util/env-switch"]);
  });

  it("keeps the ranker's phrase table free of any import", () => {
    expect(readFileSync("lib/cards/rank/why-phrases.ts", "utf8")).not.toMatch(/\bfrom\s+["']|\bimport\s*\(|\brequire\s*\(/);
  });
});
