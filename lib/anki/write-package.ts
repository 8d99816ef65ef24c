// Writes an AnkiCollection + media as a package Anki opens: the current format (meta,
// collection.anki21b and media files zstd-compressed, media list as MediaEntries with SHA-1s) or
// the legacy one (collection.anki21, JSON media map). Used by `anki export` and by the tests to
// build fixtures exactly as Anki lays them out.
import { createHash } from "node:crypto";
import { zipSync, type Zippable } from "fflate";
import type { Database } from "sql.js";
import { SCHEMA } from "../exchange/anki-schema";
import { sqlite } from "../exchange/sqlite";
import { ProtoWriter } from "./protobuf";
import { SCHEMA_18, TO_UNICASE } from "./schema18";
import type { AnkiCollection, MediaFile } from "./types";
import { zstd } from "./zstd";

export type WriteOptions = { legacy?: boolean; now?: number };

export async function writePackage(col: AnkiCollection, media: readonly MediaFile[], options: WriteOptions = {}): Promise<Uint8Array> {
  const files: Zippable = {};
  if (options.legacy) {
    files["collection.anki21"] = await writeCollection(col, 11, options.now ?? 0);
    const map: Record<string, string> = {};
    media.forEach((m, i) => {
      map[String(i)] = m.name;
      files[String(i)] = m.data;
    });
    files["media"] = new TextEncoder().encode(JSON.stringify(map));
  } else {
    files["meta"] = new ProtoWriter().int(1, 3).finish();
    files["collection.anki21b"] = await zstd(await writeCollection(col, 18, options.now ?? 0));
    const list = new ProtoWriter();
    for (const [i, m] of media.entries()) {
      const sha1 = createHash("sha1").update(m.data).digest();
      list.bytes(1, new ProtoWriter().string(1, m.name).int(2, m.data.length).bytes(3, sha1).finish());
      files[String(i)] = await zstd(m.data);
    }
    files["media"] = await zstd(list.finish());
  }
  return zipSync(files, { level: 0 }); // contents are already compressed (or media, mostly incompressible)
}

export async function writeCollection(given: AnkiCollection, schema: 11 | 18, nowMs: number): Promise<Uint8Array> {
  const col = withDefaultDeck(given);
  const SQL = await sqlite();
  const db = new SQL.Database();
  try {
    db.exec(schema === 11 ? SCHEMA : SCHEMA_18);
    const mod = Math.floor(nowMs / 1000);
    const conf = JSON.stringify(col.rollover === null ? {} : { rollover: col.rollover });
    const legacy = schema === 11;
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      col.crt, nowMs, nowMs, schema, legacy ? conf : "", legacy ? JSON.stringify(legacyModels(col, mod)) : "",
      legacy ? JSON.stringify(legacyDecks(col, mod)) : "", legacy ? JSON.stringify({ 1: { id: 1, name: "Default" } }) : "",
    ]);
    if (!legacy) writeModernTables(db, col, mod);
    writeRows(db, col, mod);
    if (!legacy) db.exec(TO_UNICASE);
    return db.export();
  } finally {
    db.close();
  }
}

// Anki's collection always has deck 1 "Default", and deck names are unique regardless of case: a
// deck called "Default" (what most real packages' cards sit in) becomes deck 1 instead of a second
// "Default" next to it (which the unique index refuses).
function withDefaultDeck(col: AnkiCollection): AnkiCollection {
  const named = col.decks.find((d) => d.id === "1" || d.name.toLowerCase() === "default");
  if (!named) return { ...col, decks: [{ id: "1", name: "Default", description: "" }, ...col.decks] };
  if (named.id === "1") return col;
  return {
    ...col,
    decks: col.decks.map((d) => (d === named ? { ...d, id: "1" } : d)),
    cards: col.cards.map((c) => (c.deckId === named.id ? { ...c, deckId: "1" } : c)),
  };
}

function legacyModels(col: AnkiCollection, mod: number) {
  return Object.fromEntries(col.notetypes.map((n) => [n.id, {
    id: Number(n.id), name: n.name, type: n.kind === "cloze" ? 1 : 0, css: n.css, mod, usn: -1, sortf: 0, did: null, tags: [], vers: [],
    latexPre: "", latexPost: "", req: [],
    flds: n.fields.map((f) => ({ name: f.name, ord: f.ord, font: "Arial", size: 20, sticky: false, rtl: false, media: [] })),
    tmpls: n.templates.map((t) => ({ name: t.name, ord: t.ord, qfmt: t.qfmt, afmt: t.afmt, bqfmt: "", bafmt: "", did: null })),
  }]));
}

function legacyDecks(col: AnkiCollection, mod: number) {
  return Object.fromEntries(col.decks.map((d) => [d.id, {
    id: Number(d.id), name: d.name, desc: d.description, dyn: 0, conf: 1, mod, usn: -1, collapsed: false, extendNew: 0, extendRev: 0,
    newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0],
  }]));
}

function writeModernTables(db: Database, col: AnkiCollection, mod: number) {
  for (const n of col.notetypes) {
    const config = new ProtoWriter().int(1, n.kind === "cloze" ? 1 : 0).string(3, n.css).finish();
    db.run("INSERT INTO notetypes VALUES (?, ?, ?, -1, ?)", [n.id, n.name, mod, config]);
    for (const f of n.fields) db.run("INSERT INTO fields VALUES (?, ?, ?, ?)", [n.id, f.ord, f.name, new ProtoWriter().string(3, "Arial").int(4, 20).finish()]);
    for (const t of n.templates) {
      db.run("INSERT INTO templates VALUES (?, ?, ?, ?, -1, ?)", [n.id, t.ord, t.name, mod, new ProtoWriter().string(1, t.qfmt).string(2, t.afmt).finish()]);
    }
  }
  for (const d of col.decks) {
    const normal = new ProtoWriter().int(1, 1).string(4, d.description).finish();
    db.run("INSERT INTO decks VALUES (?, ?, ?, -1, ?, ?)", [d.id, d.name.split("::").join("\x1f"), mod, new Uint8Array(), new ProtoWriter().bytes(1, normal).finish()]);
  }
  db.run("INSERT INTO deck_config VALUES (1, 'Default', ?, -1, ?)", [mod, new Uint8Array()]);
  if (col.rollover !== null) db.run("INSERT INTO config VALUES ('rollover', -1, ?, ?)", [mod, new TextEncoder().encode(String(col.rollover))]);
  const tags = new Set(col.notes.flatMap((n) => n.tags));
  for (const t of tags) db.run("INSERT INTO tags VALUES (?, -1, 0, NULL)", [t]);
}

function writeRows(db: Database, col: AnkiCollection, mod: number) {
  for (const n of col.notes) {
    const tags = n.tags.length ? ` ${n.tags.join(" ")} ` : "";
    db.run("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')", [n.id, n.guid, n.notetypeId, n.mod || mod, tags, n.fields.join("\x1f"), n.fields[0] ?? "", checksum(n.fields[0] ?? "")]);
  }
  for (const c of col.cards) {
    db.run("INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)", [
      c.id, c.noteId, c.deckId, c.ord, c.mod || mod, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.left, c.data,
    ]);
  }
  for (const r of col.revlog) {
    db.run("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)", [r.id, r.cardId, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
  }
}

/** Anki's first-field checksum: the first 8 hex digits of the SHA-1 of the field's text (HTML stripped). */
function checksum(field: string): number {
  const text = field.replace(/<[^>]*>/g, "");
  return parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16);
}
