// npm run db -- backup / restore: a backup taken through the CLI and restored after changes brings
// every table back exactly (per-table checksums), and a bad file changes nothing.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { q } from "@/lib/data/pg";
import { makeUser } from "../support/factories";

const dir = mkdtempSync(path.join(os.tmpdir(), "lectern-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(mode: "backup" | "restore", file: string) {
  // execFileSync blocks the worker, so vitest's own timeout cannot fire: a CLI that never exits
  // (seen once on a heavily loaded machine) must fail this test, not stall the whole run.
  return execFileSync(process.execPath, ["--import", "tsx", "scripts/db-backup.ts", mode, file], { env: process.env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 50_000, killSignal: "SIGKILL" });
}

async function checksums(): Promise<Record<string, string>> {
  const tables = (await q<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`)).map((r) => r.name);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await q<{ sum: string | null; n: number }>(`SELECT md5(string_agg(row_to_json(x)::text, '|' ORDER BY row_to_json(x)::text)) AS sum, count(*)::int AS n FROM "${t}" x`);
    out[t] = `${row.n}:${row.sum}`;
  }
  return out;
}

describe("database backup and restore", () => {
  it("round-trips every table through the CLI, undoing changes made after the backup", async () => {
    const keep = await makeUser("STUDENT");
    await db().deck.create({ data: { ownerId: keep.id, title: "Ünïcödé \"quoted\" deck\nwith a newline", description: "tab\there" } });
    const before = await checksums();
    expect(Number(before.User.split(":")[0])).toBeGreaterThan(0);
    const file = path.join(dir, "a.backup.gz");
    expect(cli("backup", file)).toMatch(/backup written/);

    const extra = await makeUser("INSTRUCTOR");
    await db().deck.deleteMany({ where: { ownerId: keep.id } });
    expect(await checksums()).not.toEqual(before);

    expect(cli("restore", file)).toMatch(/restored/);
    expect(await checksums()).toEqual(before);
    expect(await db().user.findUnique({ where: { id: extra.id } })).toBeNull();
  }, 60_000);

  it("refuses a file that is not a Lectern backup and leaves the database as it was", async () => {
    const before = await checksums();
    const file = path.join(dir, "bad.gz");
    writeFileSync(file, gzipSync(JSON.stringify({ format: "something-else" }) + "\n"));
    expect(() => cli("restore", file)).toThrow(/Not a Lectern backup/);
    expect(await checksums()).toEqual(before);
  }, 60_000);
});
