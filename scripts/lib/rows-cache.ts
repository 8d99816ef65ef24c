// A cache of rows that are slow to build (scripts/word-floor.ts --cache: the pipeline run over every
// train chapter). The file carries the key it was built under; a file with another key, or none (an
// older cache, another branch's), is not reused but rebuilt, so a stale cache never feeds a figure.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * What the rows depend on: the commit and any uncommitted change to the code or the fixtures (labels,
 * gold lists, chapters). Null outside a git checkout: then nothing is reused.
 */
export function checkoutKey(paths: string[] = ["lib", "scripts", "tests/fixtures"]): string | null {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["diff", "HEAD", "--", ...paths], { encoding: "utf8", maxBuffer: 1 << 28 });
    const untracked = execFileSync("git", ["ls-files", "--others", "--exclude-standard", "--", ...paths], { encoding: "utf8" });
    return createHash("sha1").update(head).update(dirty).update(untracked).digest("hex");
  } catch {
    return null;
  }
}

/** The cached rows if `file` was written under `key`; null (rebuild) otherwise. */
export function readRowsCache<T>(file: string, key: string | null): T | null {
  if (!key || !existsSync(file)) return null;
  try {
    const c = JSON.parse(readFileSync(file, "utf8")) as { key?: unknown; rows?: T };
    return c.key === key && c.rows !== undefined ? c.rows : null;
  } catch {
    return null;
  }
}

export function writeRowsCache<T>(file: string, key: string | null, rows: T): void {
  if (key) writeFileSync(file, JSON.stringify({ key, rows }));
}
