// The letter-class patterns shared by the generator (lib/cards/letters.ts): compiled once, and kept
// that way. tsx rebuilds a \p{…} regex literal written inside a function on every call, so a copy of
// one of them back inside a function costs a RegExp per token or span again (session 25, perf25).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as letters from "@/lib/cards/letters";

const root = path.join(__dirname, "..", "..", "..", "lib", "cards");
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("lib/cards/letters", () => {
  const patterns = Object.entries(letters).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

  it("holds no pattern with state between calls (no g or y flag)", () => {
    expect(patterns.length).toBeGreaterThan(10);
    for (const [name, re] of patterns) expect(`${name} /${re.flags}`).not.toMatch(/\/.*[gy]/);
  });

  it("reads as a fresh pattern does, call after call", () => {
    expect(["Ada", "ada", "Ada", "1890"].map((w) => letters.UPPER_INITIAL.test(w))).toEqual([true, false, true, false]);
    expect(["Élan", "élan", "x-ray", "—"].map((w) => [letters.CAPITALISED_INITIAL.test(w), letters.LOWER_INITIAL.test(w), letters.HAS_LETTER.test(w)])).toEqual([[true, false, true], [false, true, true], [false, true, true], [false, false, false]]);
  });

  it("is not written out again inside a generator module", () => {
    const copies: string[] = [];
    for (const f of files(root)) {
      if (f.endsWith(`${path.sep}letters.ts`)) continue;
      const src = readFileSync(f, "utf8");
      for (const [name, re] of patterns) if (src.includes(`/${re.source}/${re.flags}.test(`)) copies.push(`${path.relative(root, f)}: ${name}`);
    }
    expect(copies).toEqual([]);
  });
});
