// Reads an Anki collection (SQLite bytes) of schema 11 (legacy: note types and decks as JSON in
// the `col` row) or 15-18 (current: `notetypes`, `fields`, `templates`, `decks` tables with
// protobuf config blobs, see proto/anki/notetypes.proto and decks.proto in ankitects/anki).
import type { Database, SqlValue } from "sql.js";
import { sqlite } from "../exchange/sqlite";
import { decodeMessage, num, str, sub } from "./protobuf";
import { AnkiPackageError, type AnkiCard, type AnkiCollection, type AnkiDeck, type AnkiNote, type AnkiNotetype, type AnkiRevlog } from "./types";

const SQLITE_MAGIC = "SQLite format 3\0";
export const SUPPORTED_SCHEMAS = { min: 11, max: 18 };

export async function readCollection(bytes: Uint8Array): Promise<AnkiCollection> {
  if (new TextDecoder().decode(bytes.subarray(0, 16)) !== SQLITE_MAGIC) throw new AnkiPackageError("The collection inside the package is not an SQLite database.");
  const SQL = await sqlite();
  let db: Database = new SQL.Database(bytes);
  try {
    const tables = new Set(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => String(r[0])));
    for (const t of ["col", "notes", "cards", "revlog"]) {
      if (!tables.has(t)) throw new AnkiPackageError(`The SQLite file is not an Anki collection (no "${t}" table).`);
    }
    if (tables.has("notetypes")) db = withoutUnicase(SQL, db);
    const [col] = rows(db, "SELECT ver, crt, conf, models, decks FROM col");
    if (!col) throw new AnkiPackageError("The SQLite file is not an Anki collection (empty col table).");
    const ver = Number(col[0]);
    if (ver < SUPPORTED_SCHEMAS.min || ver > SUPPORTED_SCHEMAS.max) {
      throw new AnkiPackageError(`Unknown Anki collection schema version ${ver} (supported: ${SUPPORTED_SCHEMAS.min}–${SUPPORTED_SCHEMAS.max}).`);
    }
    const modern = tables.has("notetypes");
    return {
      schemaVersion: ver,
      crt: Number(col[1]),
      rollover: modern ? modernRollover(db, tables) : legacyRollover(String(col[2] ?? "")),
      decks: modern ? modernDecks(db) : legacyDecks(String(col[4])),
      notetypes: modern ? modernNotetypes(db) : legacyNotetypes(String(col[3])),
      notes: notes(db),
      cards: cards(db),
      revlog: revlog(db),
    };
  } catch (e) {
    if (e instanceof AnkiPackageError) throw e;
    throw new AnkiPackageError(`The collection could not be read: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

function rows(db: Database, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}

/**
 * Current collections declare text columns `COLLATE unicase`, a collation Anki registers in Rust;
 * SQLite refuses any comparison, ORDER BY or index lookup on those columns without it ("no such
 * collation sequence"), and sql.js (1.16) exposes no way to register a collation. We only read our private in-memory copy, so the schema text is rewritten to NOCASE
 * (the ASCII subset of unicase) and the database reopened.
 */
function withoutUnicase(SQL: Awaited<ReturnType<typeof sqlite>>, db: Database): Database {
  const [hit] = rows(db, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%unicase%'");
  if (!Number(hit?.[0])) return db;
  db.exec("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(replace(sql, 'collate unicase', 'collate nocase'), 'COLLATE unicase', 'COLLATE nocase') WHERE sql LIKE '%unicase%'; PRAGMA writable_schema = OFF;");
  const copy = db.export();
  db.close();
  return new SQL.Database(copy);
}

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AnkiPackageError(`The collection's ${what} are not valid JSON.`);
  }
}

function legacyRollover(conf: string): number | null {
  if (!conf) return null;
  const value = parseJson<{ rollover?: unknown }>(conf, "settings").rollover;
  return typeof value === "number" ? value : null;
}

function modernRollover(db: Database, tables: Set<string>): number | null {
  if (!tables.has("config")) return null;
  const [row] = rows(db, "SELECT val FROM config WHERE KEY = 'rollover'");
  if (!row) return null;
  const value = Number(new TextDecoder().decode(row[0] as Uint8Array));
  return Number.isFinite(value) ? value : null;
}

type LegacyDeck = { id: number; name: string; desc?: string; dyn?: number };
function legacyDecks(json: string): AnkiDeck[] {
  const decks = Object.values(parseJson<Record<string, LegacyDeck>>(json, "decks"));
  return decks.filter((d) => !d.dyn).map((d) => ({ id: String(d.id), name: d.name, description: d.desc ?? "" })).sort((a, b) => (a.name < b.name ? -1 : 1));
}

type LegacyModel = { id: number; name: string; type: number; css?: string; flds: { name: string; ord: number }[]; tmpls: { name: string; ord: number; qfmt: string; afmt: string }[] };
function legacyNotetypes(json: string): AnkiNotetype[] {
  return Object.values(parseJson<Record<string, LegacyModel>>(json, "note types")).map((m) => ({
    id: String(m.id), name: m.name, kind: m.type === 1 ? "cloze" : "normal", css: m.css ?? "",
    fields: m.flds.map((f) => ({ ord: f.ord, name: f.name })).sort((a, b) => a.ord - b.ord),
    templates: m.tmpls.map((t) => ({ ord: t.ord, name: t.name, qfmt: t.qfmt, afmt: t.afmt })).sort((a, b) => a.ord - b.ord),
  }));
}

function modernDecks(db: Database): AnkiDeck[] {
  const out: AnkiDeck[] = [];
  for (const [id, name, kind] of rows(db, "SELECT id, name, kind FROM decks ORDER BY name")) {
    const container = decodeMessage(kind as Uint8Array);
    const normal = sub(container, 1)[0];
    if (!normal) continue; // filtered deck: its cards keep their home deck (odid)
    out.push({ id: String(id), name: String(name).split("\x1f").join("::"), description: str(decodeMessage(normal), 4) });
  }
  return out;
}

function modernNotetypes(db: Database): AnkiNotetype[] {
  const fields = rows(db, "SELECT ntid, ord, name FROM fields ORDER BY ntid, ord");
  const templates = rows(db, "SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord");
  return rows(db, "SELECT id, name, config FROM notetypes").map(([id, name, config]) => {
    const cfg = decodeMessage(config as Uint8Array);
    return {
      id: String(id), name: String(name), kind: num(cfg, 1) === 1 ? "cloze" : "normal", css: str(cfg, 3),
      fields: fields.filter((f) => String(f[0]) === String(id)).map((f) => ({ ord: Number(f[1]), name: String(f[2]) })),
      templates: templates.filter((t) => String(t[0]) === String(id)).map((t) => {
        const tc = decodeMessage(t[3] as Uint8Array);
        return { ord: Number(t[1]), name: String(t[2]), qfmt: str(tc, 1), afmt: str(tc, 2) };
      }),
    };
  });
}

/** Row by row through a prepared statement: a million revlog rows never exist twice (as sql.js's
 * `exec` value arrays and as objects) at once. */
function each<T>(db: Database, sql: string, map: (r: SqlValue[]) => T): T[] {
  const stmt = db.prepare(sql);
  const out: T[] = [];
  try {
    while (stmt.step()) out.push(map(stmt.get()));
  } finally {
    stmt.free();
  }
  return out;
}

function notes(db: Database): AnkiNote[] {
  return each(db, "SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id", ([id, guid, mid, mod, tags, flds]) => ({
    id: String(id), guid: String(guid), notetypeId: String(mid), mod: Number(mod),
    tags: String(tags).split(/\s+/).filter(Boolean), fields: String(flds).split("\x1f"),
  }));
}

function cards(db: Database): AnkiCard[] {
  const sql = "SELECT id, nid, CASE WHEN odid != 0 THEN odid ELSE did END, ord, mod, type, queue, CASE WHEN odid != 0 THEN odue ELSE due END, ivl, factor, reps, lapses, left, data FROM cards ORDER BY id";
  return each(db, sql, (r) => ({
    id: String(r[0]), noteId: String(r[1]), deckId: String(r[2]), ord: Number(r[3]), mod: Number(r[4]), type: Number(r[5]),
    queue: Number(r[6]), due: Number(r[7]), ivl: Number(r[8]), factor: Number(r[9]), reps: Number(r[10]), lapses: Number(r[11]),
    left: Number(r[12]), data: String(r[13] ?? ""),
  }));
}

function revlog(db: Database): AnkiRevlog[] {
  return each(db, "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id", (r) => ({
    id: String(r[0]), cardId: String(r[1]), ease: Number(r[2]), ivl: Number(r[3]), lastIvl: Number(r[4]), factor: Number(r[5]),
    time: Number(r[6]), type: Number(r[7]),
  }));
}
