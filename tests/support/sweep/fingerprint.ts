// A digest of every row of every application table, so "nothing changed" means exactly that:
// whatever a refused action might have written, in any table, shows up as a different digest.
import { db } from "@/lib/db";

let tables: string[] | null = null;

async function tableNames(): Promise<string[]> {
  tables ??= (await db().$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%' ORDER BY 1`,
  )).map((r) => r.name);
  return tables;
}

/** Table name → md5 of its rows (as text, sorted). One query for the whole database. */
export async function fingerprint(): Promise<Record<string, string>> {
  const names = await tableNames();
  const sql = names
    .map((t) => `SELECT '${t}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`)
    .join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** Names of the tables whose rows differ between two fingerprints, leaving out `allowed`. */
export function changedTables(before: Record<string, string>, after: Record<string, string>, allowed: readonly string[] = []): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t] && !allowed.includes(t)).sort();
}
