// Checks that real Anki packages survive Lectern unchanged: for each FILE, imports it for a fresh
// account, imports it again (no count may change), exports every imported deck with --history
// --media in the current format and in the legacy one, re-imports each export for another fresh
// account and compares notes (by guid, front/back), media (by SHA-1), review rows and memory states.
// Usage: node scripts/with-db.mjs node --conditions=react-server --import tsx scripts/anki-roundtrip.ts FILE...
// Prints one JSON line per file; exit 1 when any check failed. Writes throwaway accounts (anki-rt-*).
import { readFileSync } from "node:fs";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createAccount } from "@/lib/auth/accounts";
import { importAnkiPackage } from "@/lib/data/anki-import";
import { exportAnkiDeck } from "@/lib/data/anki-export";
import { openPackage } from "@/lib/anki/package";

const sha1 = (b: Uint8Array) => createHash("sha1").update(b).digest("hex");

async function freshUser(): Promise<string> {
  const email = `anki-rt-${randomBytes(6).toString("hex")}@lectern.test`;
  const r = await createAccount(db(), { email, name: "Round trip", password: randomBytes(12).toString("hex"), role: "STUDENT" });
  if (!r.ok) throw new Error(`cannot create ${email}: ${r.message}`);
  return r.user.id;
}

type Snapshot = {
  notes: Map<string, string>; // guid -> front\u0000back\u0000tags
  media: Map<string, string>; // name -> sha1 (of the deck's stored bytes, via export)
  reviews: number;
  states: string[]; // sorted "guid|ordinal|state|stability|difficulty|due|reps|lapses|suspended"
  counts: { notes: number; cards: number; reviews: number; media: number };
};

async function snapshot(userId: string): Promise<Snapshot> {
  const links = await db().ankiNoteLink.findMany({ where: { userId } });
  const guidOf = new Map(links.map((l) => [l.noteId, l.key]));
  const notes = await db().note.findMany({ where: { deck: { ownerId: userId } }, include: { cards: true } });
  const states = await db().cardState.findMany({ where: { userId } });
  const stateOf = new Map(states.map((s) => [s.cardId, s]));
  const out: Snapshot = { notes: new Map(), media: new Map(), reviews: 0, states: [], counts: { notes: 0, cards: 0, reviews: 0, media: 0 } };
  for (const n of notes) {
    const guid = guidOf.get(n.id) ?? `?${n.id}`;
    out.notes.set(guid, [n.front, n.back, [...n.tags].sort().join(" ")].join("\u0000"));
    for (const c of n.cards) {
      const s = stateOf.get(c.id);
      out.states.push(s ? [guid, c.ordinal, s.state, s.stability.toFixed(3), s.difficulty.toFixed(3), s.state === 2 ? s.due.toISOString().slice(0, 10) : "", s.reps, s.lapses, s.suspended].join("|") : `${guid}|${c.ordinal}|none`);
      out.counts.cards++;
    }
  }
  out.states.sort();
  out.counts.notes = notes.length;
  out.reviews = out.counts.reviews = await db().reviewLog.count({ where: { userId } });
  const deckIds = (await db().deck.findMany({ where: { ownerId: userId }, select: { id: true } })).map((d) => d.id);
  const media = await db().deckMedia.findMany({ where: { deckId: { in: deckIds } } });
  out.counts.media = media.length;
  return out;
}

function diff(label: string, a: Snapshot, b: Snapshot, problems: string[]) {
  for (const [guid, v] of a.notes) {
    if (!b.notes.has(guid)) problems.push(`${label}: note ${guid} missing`);
    else if (b.notes.get(guid) !== v) problems.push(`${label}: note ${guid} differs: ${JSON.stringify(v).slice(0, 200)} vs ${JSON.stringify(b.notes.get(guid)).slice(0, 200)}`);
  }
  if (a.notes.size !== b.notes.size) problems.push(`${label}: ${a.notes.size} notes vs ${b.notes.size}`);
  if (a.reviews !== b.reviews) problems.push(`${label}: ${a.reviews} reviews vs ${b.reviews}`);
  const sb = new Set(b.states);
  for (const s of a.states) if (!sb.has(s)) problems.push(`${label}: card state ${s} not kept (got ${b.states.find((x) => x.startsWith(s.split("|").slice(0, 2).join("|") + "|")) ?? "nothing"})`);
}

async function check(file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  const problems: string[] = [];
  const pkg = await openPackage(bytes);
  const original = { version: pkg.version, notes: pkg.collection.notes.length, cards: pkg.collection.cards.length, reviews: pkg.collection.revlog.length, media: new Map(pkg.media.map((m) => [m.name, sha1(m.data)])) };
  const a = await freshUser();
  const first = await importAnkiPackage(a, bytes, { timeZone: "UTC" });
  const snapA = await snapshot(a);
  const second = await importAnkiPackage(a, bytes, { timeZone: "UTC" });
  const snapA2 = await snapshot(a);
  if (JSON.stringify(snapA.counts) !== JSON.stringify(snapA2.counts)) problems.push(`second import changed counts ${JSON.stringify(snapA.counts)} -> ${JSON.stringify(snapA2.counts)}`);
  if (second.notesAdded !== 0 || second.reviewsAdded !== 0) problems.push(`second import added ${second.notesAdded} notes, ${second.reviewsAdded} reviews`);
  diff("second import", snapA, snapA2, problems);
  const keys = [...snapA.notes.keys()];
  // A note of a custom note type becomes one Lectern note per card, keyed guid#ord.
  for (const n of pkg.collection.notes) if (!keys.some((k) => k === n.guid || k.startsWith(`${n.guid}#`))) problems.push(`guid ${n.guid} not imported`);
  if (snapA.reviews !== original.reviews) problems.push(`${original.reviews} revlog rows, ${snapA.reviews} review logs`);
  const decks = await db().deck.findMany({ where: { ownerId: a, archivedAt: null }, select: { title: true } });
  const exports: Record<string, unknown> = {};
  for (const legacy of [false, true]) {
    const b = await freshUser();
    const exportedMedia = new Map<string, string>();
    for (const { title } of decks) {
      const out = await exportAnkiDeck(a, title, { history: true, media: true, legacy });
      const back = await openPackage(out.bytes);
      for (const m of back.media) exportedMedia.set(m.name, sha1(m.data));
      await importAnkiPackage(b, out.bytes, { timeZone: "UTC" });
      exports[`${legacy ? "legacy" : "latest"}:${title}`] = { version: back.version, ...out.counts };
    }
    diff(legacy ? "legacy round trip" : "latest round trip", snapA, await snapshot(b), problems);
    for (const [name, h] of original.media) {
      // Media no note refers to is not part of any deck; the rest must come back byte for byte.
      if (exportedMedia.has(name) && exportedMedia.get(name) !== h) problems.push(`media ${name}: SHA-1 ${h} became ${exportedMedia.get(name)}`);
    }
    const kept = [...original.media.keys()].filter((n) => exportedMedia.has(n)).length;
    exports[legacy ? "legacyMediaKept" : "latestMediaKept"] = `${kept}/${original.media.size}`;
  }
  return { file: path.basename(file), ...original, media: original.media.size, first, stored: snapA.counts, exports, problems };
}

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const r = await check(file);
    if (r.problems.length) failed = true;
    console.log(JSON.stringify(r));
  } catch (e) {
    failed = true;
    console.log(JSON.stringify({ file: path.basename(file), error: (e as Error).message }));
  }
}
await db().$disconnect();
process.exit(failed ? 1 : 0);
