// scripts/lib/rows-cache.ts (scripts/word-floor.ts --cache): a cache is reused only under the key it
// was written with. Invented rows in a temporary directory.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkoutKey, readRowsCache, writeRowsCache } from "../../../scripts/lib/rows-cache";
import * as constituent from "@/lib/cards/spans/constituent";

describe("the rows cache", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rows-cache-"));
  const rows = [{ fixture: "invented-1.txt", book: "invented", gold: 3 }];

  it("gives back what was written under the same key", () => {
    const f = path.join(dir, "same.json");
    writeRowsCache(f, "k1", rows);
    expect(readRowsCache(f, "k1")).toEqual(rows);
  });

  it("does not reuse a cache written under another key, with no key, or missing", () => {
    const f = path.join(dir, "other.json");
    writeRowsCache(f, "k1", rows);
    expect(readRowsCache(f, "k2")).toBeNull();
    expect(readRowsCache(f, null)).toBeNull();
    const legacy = path.join(dir, "legacy.json");
    writeFileSync(legacy, JSON.stringify(rows)); // an older cache: the bare rows, no key
    expect(readRowsCache(legacy, "k1")).toBeNull();
    expect(readRowsCache(path.join(dir, "missing.json"), "k1")).toBeNull();
  });

  it("keys a checkout by its commit and uncommitted changes (stable between two calls)", () => {
    const k = checkoutKey();
    expect(k).toMatch(/^[0-9a-f]{40}$/);
    expect(checkoutKey()).toBe(k);
  });

  it("keys the LECTERN_* switches too: rows built with one on are not read with it off (late review 7)", () => {
    const paths = ["lib", "scripts", "tests/fixtures"];
    const off = checkoutKey(paths, { PATH: "/bin" });
    expect(checkoutKey(paths, { PATH: "/usr/bin" })).toBe(off);
    expect(checkoutKey(paths, { LECTERN_PREVIOUS_CONTEXT: "admit" })).not.toBe(off);
    expect(checkoutKey(paths, { LECTERN_A: "1", LECTERN_B: "1" })).toBe(checkoutKey(paths, { LECTERN_B: "1", LECTERN_A: "1" }));
  });
});

describe("dead exports", () => {
  it("lib/cards/spans/constituent no longer exports plural (used only inside it)", () => {
    expect("plural" in constituent).toBe(false);
  });
});
