// Anki package (.apkg) export: a zip holding `collection.anki2` (SQLite, legacy 2.1 schema) and
// `media`. Notes keep their kind (basic, basic + reversed, cloze with the same {{cN::...}} syntax)
// and their context line, as a small <div> at the top of the front field (lib/anki/context-field.ts);
// cards arrive as new cards in source order. IDs derive from `now` and the note's position, so the
// same deck exported at the same instant gives the same bytes.
import { createHash } from "node:crypto";
import { strToU8, unzipSync, zipSync } from "fflate";
import { clozeOrdinals, type NoteKind } from "@/lib/notes/render";
import { collectionConf, DECK_CONF, decks, models, SCHEMA } from "./anki-schema";
import { sqlite } from "./sqlite";
import { withContextField } from "@/lib/anki/context-field";

export type ExportNote = { id: string; kind: NoteKind; front: string; back: string; tags: string[]; context?: string | null };

const GUID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/** Anki's base91 guid, derived from our note id so re-exports update notes instead of duplicating them. */
function guidOf(noteId: string): string {
  let n = BigInt("0x" + createHash("sha256").update(noteId).digest("hex").slice(0, 16));
  let s = "";
  while (n > 0n) { s = GUID_CHARS[Number(n % 91n)] + s; n /= 91n; }
  return s || "a";
}

function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, "<br>");
}

/** Anki's checksum: first 8 hex digits of the SHA-1 of the first field with HTML stripped. */
export function fieldChecksum(first: string): number {
  const stripped = first.replace(/<[^>]*>/g, "");
  return parseInt(createHash("sha1").update(stripped, "utf8").digest("hex").slice(0, 8), 16);
}

function ordinals(n: ExportNote): number[] {
  if (n.kind === "REVERSED") return [0, 1];
  if (n.kind === "CLOZE") return clozeOrdinals(n.front).map((o) => o - 1);
  return [0];
}

export async function buildApkg(deck: { name: string; description?: string }, notes: ExportNote[], opts: { now?: Date } = {}): Promise<Uint8Array> {
  const now = opts.now ?? new Date();
  const ms = now.getTime();
  const sec = Math.floor(ms / 1000);
  const deckId = ms;
  const ids = { basic: ms + 1, reversed: ms + 2, cloze: ms + 3 };
  const SQL = await sqlite();
  const db = new SQL.Database();
  try {
    db.run(SCHEMA);
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      Math.floor(sec / 86400) * 86400, ms, ms, JSON.stringify(collectionConf(deckId)), JSON.stringify(models(ids, deckId, sec)),
      JSON.stringify(decks(deckId, deck.name, deck.description ?? "", sec)), JSON.stringify(DECK_CONF),
    ]);
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    let cardId = ms * 10;
    notes.forEach((n, i) => {
      const noteId = ms + 10 + i;
      const fields = [withContextField(html(n.front), n.context), html(n.back)]; // the context line tops the front field
      const mid = n.kind === "CLOZE" ? ids.cloze : n.kind === "REVERSED" ? ids.reversed : ids.basic;
      const tags = n.tags.length ? ` ${n.tags.map((t) => t.replace(/\s+/g, "_")).join(" ")} ` : "";
      insertNote.run([noteId, guidOf(n.id), mid, sec, tags, fields.join("\x1f"), n.front, fieldChecksum(fields[0])]);
      for (const ord of ordinals(n)) insertCard.run([++cardId, noteId, deckId, ord, sec, i + 1]);
    });
    insertNote.free();
    insertCard.free();
    const bytes = db.export();
    return zipSync({ "collection.anki2": bytes, media: strToU8("{}") }, { level: 6, mtime: now });
  } finally {
    db.close();
  }
}

/** Opens a package and summarises it (used by tests and to sanity-check exports). */
export async function readApkgSummary(apkg: Uint8Array) {
  const files = unzipSync(apkg);
  const SQL = await sqlite();
  const db = new SQL.Database(files["collection.anki2"]);
  try {
    const rows = (sql: string) => {
      const [res] = db.exec(sql);
      return res ? res.values : [];
    };
    const [[modelsJson, decksJson]] = rows("SELECT models, decks FROM col") as [string, string][];
    const models = Object.values(JSON.parse(modelsJson) as Record<string, { id: number; name: string; type: number; flds: { name: string }[] }>);
    return {
      files: Object.keys(files).sort(),
      media: new TextDecoder().decode(files.media),
      models: models.map((m) => ({ id: m.id, name: m.name, type: m.type, fields: m.flds.map((f) => f.name) })),
      decks: Object.values(JSON.parse(decksJson) as Record<string, { name: string }>).map((d) => d.name),
      notes: rows("SELECT id, mid, flds, sfld, csum, tags, guid FROM notes ORDER BY id").map(([id, mid, flds, sfld, csum, tags, guid]) => ({
        id: Number(id), mid: Number(mid), fields: String(flds).split("\x1f"), sfld: String(sfld), csum: Number(csum), tags: String(tags), guid: String(guid),
      })),
      cards: rows("SELECT nid, ord, did, type, queue, due FROM cards ORDER BY id").map(([nid, ord, did, type, queue, due]) => ({
        nid: Number(nid), ord: Number(ord), did: Number(did), type: Number(type), queue: Number(queue), due: Number(due),
      })),
    };
  } finally {
    db.close();
  }
}
