// Reads an Anki package for the tests without Lectern's own reader (lib/anki/package.ts): the zip
// with fflate, zstd with fzstd, the SQLite with sql.js and plain SQL, the current media list with a
// few lines of protobuf decoding written here. What a test checks Lectern's import and export
// against, so a fault shared by Lectern's reader and writer cannot hide itself.
import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { decompress } from "fzstd";
import type { SqlValue } from "sql.js";
import { sqlite } from "@/lib/exchange/sqlite";

export type RawNote = { id: string; guid: string; mid: string; fields: string[]; tags: string };
export type RawCard = { id: string; nid: string; did: string; ord: number; type: number; queue: number; due: number; ivl: number; data: string };
export type RawRevlog = { id: string; cid: string; ease: number; ivl: number; lastIvl: number; factor: number; type: number; time: number };
export type RawPackage = {
  collectionFile: "collection.anki2" | "collection.anki21" | "collection.anki21b" | "bare"; // bare: an SQLite collection file, no zip
  schema: number;
  notes: RawNote[];
  cards: RawCard[];
  revlog: RawRevlog[];
  media: Map<string, string>; // name -> SHA-1 of the bytes in the zip (decompressed)
  declaredSha1: Map<string, string>; // current format only: the SHA-1 the media list states
  fsrsWeights: Map<string, number[]>; // legacy collections: deck id -> the FSRS weights of its options preset
};

export const sha1 = (b: Uint8Array) => createHash("sha1").update(b).digest("hex");
export const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

export async function readRawPackage(bytes: Uint8Array): Promise<RawPackage> {
  const bare = new TextDecoder().decode(bytes.subarray(0, 15)) === "SQLite format 3";
  const files: Record<string, Uint8Array> = bare ? { bare: bytes } : unzipSync(bytes);
  const collectionFile = (["collection.anki21b", "collection.anki21", "collection.anki2", "bare"] as const).find((n) => files[n]);
  if (!collectionFile) throw new Error("no collection in the package");
  const latest = collectionFile === "collection.anki21b";
  const SQL = await sqlite();
  const db = new SQL.Database(latest ? decompress(files[collectionFile]) : files[collectionFile]);
  // Plain full-table reads: no ORDER BY or comparison, so the current schema's `unicase` collation
  // (which sql.js cannot register) is never needed.
  const all = (sql: string): SqlValue[][] => db.exec(sql)[0]?.values ?? [];
  try {
    const raw: RawPackage = {
      collectionFile,
      schema: Number(all("SELECT ver FROM col")[0][0]),
      notes: all("SELECT id, guid, mid, flds, tags FROM notes").map((r) => ({ id: String(r[0]), guid: String(r[1]), mid: String(r[2]), fields: String(r[3]).split("\x1f"), tags: String(r[4]) })),
      cards: all("SELECT id, nid, did, ord, type, queue, due, ivl, data FROM cards").map((r) => ({
        id: String(r[0]), nid: String(r[1]), did: String(r[2]), ord: Number(r[3]), type: Number(r[4]), queue: Number(r[5]), due: Number(r[6]), ivl: Number(r[7]), data: String(r[8] ?? ""),
      })),
      revlog: all("SELECT id, cid, ease, ivl, lastIvl, factor, type, time FROM revlog").map((r) => ({
        id: String(r[0]), cid: String(r[1]), ease: Number(r[2]), ivl: Number(r[3]), lastIvl: Number(r[4]), factor: Number(r[5]), type: Number(r[6]), time: Number(r[7]),
      })),
      media: new Map(),
      declaredSha1: new Map(),
      fsrsWeights: legacyWeights(all),
    };
    if (latest) readCurrentMedia(files, raw);
    else if (files["media"]) {
      for (const [zipName, name] of Object.entries(JSON.parse(new TextDecoder().decode(files["media"])) as Record<string, string>)) {
        raw.media.set(name, sha1(files[zipName]));
      }
    }
    return raw;
  } finally {
    db.close();
  }
}

type LegacyPreset = { fsrsWeights?: number[]; fsrsParams5?: number[]; fsrsParams6?: number[] };

function legacyWeights(all: (sql: string) => SqlValue[][]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const [row] = all("SELECT decks, dconf FROM col");
  if (!row?.[0] || !row[1]) return out; // schema 18 keeps these in tables (not needed by the tests)
  const presets = JSON.parse(String(row[1])) as Record<string, LegacyPreset>;
  for (const deck of Object.values(JSON.parse(String(row[0])) as Record<string, { id: number; conf?: number }>)) {
    const preset = presets[String(deck.conf)];
    const weights = preset?.fsrsParams6?.length ? preset.fsrsParams6 : preset?.fsrsParams5?.length ? preset.fsrsParams5 : preset?.fsrsWeights;
    if (weights?.length) out.set(String(deck.id), weights);
  }
  return out;
}

// MediaEntries { repeated MediaEntry entries = 1 } with MediaEntry { string name = 1; uint32 size = 2;
// bytes sha1 = 3; optional uint32 legacy_zip_filename = 255 } (proto/anki/import_export.proto).
function readCurrentMedia(files: Record<string, Uint8Array>, raw: RawPackage) {
  if (!files["media"]) return;
  const entries = fieldsOf(decompress(files["media"])).filter((f) => f.no === 1).map((f) => fieldsOf(f.bytes!));
  entries.forEach((entry, index) => {
    const name = new TextDecoder().decode(entry.find((f) => f.no === 1)!.bytes);
    const legacy = entry.find((f) => f.no === 255)?.int;
    const data = files[String(legacy ?? index)];
    raw.media.set(name, sha1(decompress(data)));
    const declared = entry.find((f) => f.no === 3)?.bytes;
    if (declared) raw.declaredSha1.set(name, Buffer.from(declared).toString("hex"));
  });
}

type Field = { no: number; int?: number; bytes?: Uint8Array };

function fieldsOf(b: Uint8Array): Field[] {
  const out: Field[] = [];
  let at = 0;
  const varint = () => {
    let value = 0, shift = 0, byte: number;
    do {
      byte = b[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < b.length) {
    const key = varint();
    const no = Math.floor(key / 8), wire = key % 8;
    if (wire === 0) out.push({ no, int: varint() });
    else if (wire === 2) {
      const length = varint();
      out.push({ no, bytes: b.subarray(at, at + length) });
      at += length;
    } else throw new Error(`unexpected protobuf wire type ${wire}`);
  }
  return out;
}
