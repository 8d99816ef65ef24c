import "server-only";
// Bulk rows into one table with COPY FROM STDIN (text format) on a client the caller holds, so
// the rows belong to that client's open transaction. Values: string, number, boolean, Date (stored
// as Prisma's UTC `timestamp(3)`), string[] (a Postgres array), null.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | boolean | Date | string[] | null;

/** COPY text format: backslash, tab, newline and carriage return escaped; NULL as \N. */
function field(v: CopyValue): string {
  if (v === null) return "\\N";
  if (v instanceof Date) return v.toISOString().replace("Z", "");
  if (Array.isArray(v)) return escape(`{${v.map((s) => `"${s.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`);
  return escape(String(v));
}

function escape(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

function* lines(rows: Iterable<CopyValue[]>): Generator<string> {
  let batch = "";
  for (const row of rows) {
    batch += row.map(field).join("\t") + "\n";
    if (batch.length > 1 << 16) {
      yield batch;
      batch = "";
    }
  }
  if (batch) yield batch;
}

export async function copyRows(client: pg.PoolClient, table: string, columns: readonly string[], rows: Iterable<CopyValue[]>): Promise<void> {
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from(lines(rows)), client.query(copyFrom(sql)));
}
