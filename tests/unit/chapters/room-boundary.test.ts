// The chapter clean-up (lib/chapters) and the word lists both rooms share (lib/language) import
// nothing from the card generator (lib/cards): what both need lives in lib/language or lib/util.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");
const files = (p: string): string[] => {
  const full = path.join(root, p);
  return statSync(full).isDirectory() ? readdirSync(full).flatMap((f) => files(path.join(p, f))) : [p];
};

describe("lib/chapters and lib/language do not import lib/cards", () => {
  it("has no import or re-export from lib/cards", () => {
    const found: string[] = [];
    for (const f of ["lib/chapters", "lib/language", "lib/util"].flatMap(files).filter((x) => /\.tsx?$/.test(x))) {
      const src = readFileSync(path.join(root, f), "utf8");
      for (const m of src.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) {
        const target = m[1].startsWith(".") ? path.join(path.dirname(f), m[1]) : m[1].replace(/^@\//, "");
        if (/^lib\/cards(?:\/|$)/.test(target)) found.push(`${f}: ${m[1]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
