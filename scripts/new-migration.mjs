// Usage: node scripts/new-migration.mjs <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that brings the existing
// migrations up to prisma/schema.prisma, computed on a throwaway embedded PostgreSQL.
import { startEmbeddedPostgres, freePort } from "./lib/embedded-pg.mjs";
import { runPrisma } from "./lib/migrate.mjs";
import { writeFileSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";

const name = process.argv[2];
if (!name) { console.error("usage: node scripts/new-migration.mjs <name>"); process.exit(2); }
const port = await freePort();
const dir = `${os.tmpdir()}/lectern-migration-${port}`;
const db = await startEmbeddedPostgres({ dir, port, persistent: false });
try {
  const r = await runPrisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel",
    "prisma/schema.prisma", "--script"], { DATABASE_URL: db.url });
  if (r.code !== 0) throw new Error(r.out);
  const sql = r.out.split("\n").filter((l) => !l.startsWith("Loaded Prisma config")).join("\n").trim();
  if (!sql || sql === "-- This is an empty migration.") { console.log("No schema changes."); }
  else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = `prisma/migrations/${stamp}_${name}`;
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}/migration.sql`, sql + "\n");
    console.log(`Wrote ${folder}/migration.sql`);
  }
} finally {
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
