// A cache of rows that are slow to build (scripts/word-floor.ts --cache: the pipeline run over every
// train chapter). The file carries the key it was built under; a file with another key, or none (an
// older cache, another branch's), is not reused but rebuilt, so a stale cache never feeds a figure.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * What the rows depend on: the commit, any uncommitted change to the code or the fixtures (labels,
 * gold lists, chapters), and the LECTERN_* switches in `env` (sorted): the pipeline reads them, so rows
 * built with a switch on are not reused with it off (late review 7). Null outside a git checkout: then
 * nothing is reused.
 */
export function checkoutKey(paths: string[] = ["lib", "scripts", "tests/fixtures"], env: Record<string, string | undefined> = process.env): string | null {
  const switches = Object.entries(env).filter(([k, v]) => k.startsWith("LECTERN_") && v !== undefined).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join("\n");
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["diff", "HEAD", "--", ...paths], { encoding: "utf8", maxBuffer: 1 << 28 });
    const untracked = execFileSync("git", ["ls-files", "--others", "--exclude-standard", "--", ...paths], { encoding: "utf8" });
    return createHash("sha1").update(head).update(dirty).update(untracked).update(`\u0000${switches}`).digest("hex");
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
