// A digest of every row of every table the app's database holds (the app's schema and any other,
// such as a job queue's), so "nothing changed" means exactly that: whatever a refused action might
// have written, in any table, shows up as a different digest.
import { db } from "@/lib/db";

async function tableNames(): Promise<string[]> {
  // Read every time: a job queue creates its schema on first use.
  return (await db().$queryRawUnsafe<{ name: string }[]>(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
     WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\\_%'
       AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%' ORDER BY 1`,
  )).map((r) => r.name);
}

/** Table name → md5 of its rows (as text, sorted). One query for the whole database. */
export async function fingerprint(): Promise<Record<string, string>> {
  const names = await tableNames();
  const sql = names
    .map((t) => `SELECT '${t.replace(/'/g, "''")}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${t} x`)
    .join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t.replace(/^public\./, "").replace(/"/g, ""), r.h]));
}

/** Names of the tables whose rows differ between two fingerprints, leaving out `allowed`. */
export function changedTables(before: Record<string, string>, after: Record<string, string>, allowed: readonly string[] = []): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t] && !allowed.includes(t)).sort();
}
