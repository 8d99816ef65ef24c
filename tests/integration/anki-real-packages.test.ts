// Packages written by Anki itself (listed with their origin in tests/fixtures/anki/real/SOURCES.md)
// through import → import again → export (current and legacy, with history and media) → import of
// the export by another student. What Lectern stored and wrote is checked against the package as
// read independently (tests/support/anki-package-reader.ts: fflate, fzstd, sql.js, plain SQL):
// notes by guid with their fields byte for byte, cards, media by SHA-1, review rows, and memory
// states equal to replaying each card's revlog. The packages are not in the repository (third-party
// files): the test runs on those present in ANKI_REAL_PACKAGES_DIR (default: the fixture folder).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DECK_DEFAULTS, importAnkiPackage, type AnkiImportSummary } from "@/lib/data/anki-import";
import { exportAnkiDeck } from "@/lib/data/anki-export";
import { openPackage } from "@/lib/anki/package";
import { shapeOf } from "@/lib/anki/to-lectern";
import { toRevlogRows } from "@/lib/anki/schedule-plan";
import { replayCard } from "@/lib/srs/replay";
import { createMediaStore } from "@/lib/media/store";
import { makeUser } from "../support/factories";
import { readRawPackage, sha1, sha256, type RawCard, type RawPackage } from "../support/anki-package-reader";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/anki/real");
type Entry = { file: string; sha256: string; generation: string; ankiMemory?: boolean }; // ankiMemory: cards carry the {"s","d"} Anki computed
const manifest = JSON.parse(readFileSync(path.join(FIXTURES, "manifest.json"), "utf8")) as Entry[];
// Where the packages may be: named by the environment, this folder (a developer's copy), or a
// shared/anki-packages folder beside the checkout (where CI finds the workplace's shared files).
const DIR = process.env.ANKI_REAL_PACKAGES_DIR ?? [FIXTURES, path.resolve(import.meta.dirname, "../../../shared/anki-packages")]
  .find((dir) => manifest.some((e) => existsSync(path.join(dir, e.file)))) ?? FIXTURES;
const present = manifest.filter((e) => existsSync(path.join(DIR, e.file)));
const NOW = new Date(Date.UTC(2026, 0, 20, 12));
const store = createMediaStore(mkdtempSync(path.join(os.tmpdir(), "lectern-real-anki-")), 50 * 1024 * 1024);
const importOptions = { timeZone: "UTC", store, now: NOW };

/** The Lectern key of an Anki card: note link key and card ordinal (see lib/anki/to-lectern.ts). */
function cardKeyOf(raw: RawPackage, shapes: Map<string, ReturnType<typeof shapeOf>>) {
  const noteOf = new Map(raw.notes.map((n) => [n.id, n]));
  return (card: RawCard) => {
    const note = noteOf.get(card.nid)!;
    const shape = shapes.get(note.mid)!;
    if (shape.kind === "rendered") return `${note.guid}#${card.ord}|0`;
    return `${note.guid}|${shape.kind === "CLOZE" ? card.ord + 1 : card.ord}`;
  };
}

async function stored(userId: string) {
  const links = await db().ankiNoteLink.findMany({ where: { userId } });
  const keyOf = new Map(links.map((l) => [l.noteId, l.key]));
  const decks = await db().deck.findMany({ where: { ownerId: userId }, select: { id: true, title: true } });
  const notes = await db().note.findMany({ where: { deckId: { in: decks.map((d) => d.id) } }, include: { cards: true } });
  const states = new Map((await db().cardState.findMany({ where: { userId } })).map((s) => [s.cardId, s]));
  const logs = await db().reviewLog.findMany({ where: { userId } });
  const cards = new Map<string, { key: string; id: string; state: (typeof states extends Map<string, infer S> ? S : never) | undefined }>();
  for (const n of notes) for (const c of n.cards) cards.set(c.id, { key: `${keyOf.get(n.id)}|${c.ordinal}`, id: c.id, state: states.get(c.id) });
  const media = await db().deckMedia.findMany({ where: { deckId: { in: decks.map((d) => d.id) } } });
  const [{ reviews }] = await db().$queryRawUnsafe<{ reviews: bigint | null }[]>(`SELECT sum(reviews) AS reviews FROM "ReviewDay" WHERE "userId" = $1`, userId);
  return { links, decks, notes, cards, logs, media, rolledUp: Number(reviews ?? 0), counts: { links: links.length, notes: notes.length, cards: cards.size, states: states.size, logs: logs.length, media: media.length, rolledUp: Number(reviews ?? 0) } };
}

/** Per Lectern card key: its answers as "ms:rating", sorted. */
function answersByKey(s: Awaited<ReturnType<typeof stored>>) {
  const out = new Map<string, string[]>();
  for (const l of s.logs) {
    const key = s.cards.get(l.cardId!)!.key;
    out.set(key, [...(out.get(key) ?? []), `${l.review.getTime()}:${l.rating}`].sort());
  }
  return out;
}

/** What a student's schedule looks like per card key, comparable across accounts. */
function scheduleByKey(s: Awaited<ReturnType<typeof stored>>) {
  return new Map([...s.cards.values()].map((c) => [c.key, c.state ? [c.state.state, c.state.stability.toFixed(3), c.state.difficulty.toFixed(3), c.state.due.toISOString().slice(0, 16), c.state.reps, c.state.lapses, c.state.suspended].join(" ") : "new"]));
}

describe.skipIf(present.length > 0)("real Anki packages", () => {
  it.skip(`none found in ${DIR}: see tests/fixtures/anki/real/SOURCES.md for where to get them`, () => {});
});

describe.each(present)("real Anki package $file ($generation)", ({ file, sha256: expectedSha, generation }) => {
  let bytes: Uint8Array;
  let raw: RawPackage;
  let summary: AnkiImportSummary;
  let userId: string;
  let keyOf: (card: RawCard) => string;
  let shapes: Map<string, ReturnType<typeof shapeOf>>;
  let rollover: number | null;

  beforeAll(async () => {
    bytes = new Uint8Array(readFileSync(path.join(DIR, file)));
    expect(sha256(bytes), `${file} is not the file SOURCES.md lists`).toBe(expectedSha);
    raw = await readRawPackage(bytes);
    const pkg = await openPackage(bytes);
    shapes = new Map(pkg.collection.notetypes.map((nt) => [nt.id, shapeOf(nt)]));
    rollover = pkg.collection.rollover;
    keyOf = cardKeyOf(raw, shapes);
    userId = (await makeUser()).id;
    summary = await importAnkiPackage(userId, bytes, importOptions);
  });

  it(`is a ${generation} package and imports every note, card, media file and review row its own SQLite holds`, async () => {
    expect(raw.collectionFile).toBe(generation);
    expect(summary).toMatchObject({ notes: raw.notes.length, cards: raw.cards.length, media: raw.media.size, reviews: raw.revlog.length, reviewsAdded: raw.revlog.length, skipped: [] });
    const s = await stored(userId);
    expect(s.counts.cards).toBe(raw.cards.length);
    expect([...s.cards.values()].map((c) => c.key).sort()).toEqual(raw.cards.map(keyOf).sort());
    expect(s.logs).toHaveLength(raw.revlog.length);
    expect(s.rolledUp).toBe(s.logs.filter((l) => l.rating > 0).length); // the ReviewDay rollup saw every answer
  });

  it("keeps every note's guid and fields byte for byte", async () => {
    const s = await stored(userId);
    const noteByKey = new Map(s.notes.map((n) => [s.links.find((l) => l.noteId === n.id)!.key, n]));
    for (const note of raw.notes) {
      const shape = shapes.get(note.mid)!;
      if (shape.kind === "rendered") {
        // Other note types become one note per card, its sides rendered from the templates.
        const cards = raw.cards.filter((c) => c.nid === note.id);
        for (const c of cards) expect(noteByKey.get(`${note.guid}#${c.ord}`)?.front, `${note.guid} card ${c.ord}`).toBeTruthy();
        continue;
      }
      const lectern = noteByKey.get(note.guid);
      expect(lectern, `note ${note.guid}`).toBeDefined();
      expect(lectern!.kind).toBe(shape.kind);
      expect(lectern!.front).toBe(note.fields[shape.front]);
      expect(lectern!.back).toBe(shape.back.map((i) => note.fields[i]).filter(Boolean).join("<br>"));
    }
  });

  it("stores every media file unchanged (SHA-1)", async () => {
    const s = await stored(userId);
    for (const [name, hash] of raw.media) {
      const rows = s.media.filter((m) => m.name === name);
      expect(rows.length, `media ${name}`).toBe(s.decks.length);
      const data = await store.read(rows[0].sha256);
      expect(sha1(data!), `media ${name}`).toBe(hash);
    }
  });

  it("keeps every review row, and each card's memory state is its revlog replayed", async () => {
    const s = await stored(userId);
    const expected = new Map<string, string[]>();
    for (const r of raw.revlog) {
      const card = raw.cards.find((c) => c.id === r.cid)!;
      expected.set(keyOf(card), [...(expected.get(keyOf(card)) ?? []), `${r.id}:${Math.min(Math.max(r.ease, 0), 4)}`].sort());
    }
    expect(answersByKey(s)).toEqual(expected);
    const byKey = new Map([...s.cards.values()].map((c) => [c.key, c.state]));
    const clock = { timeZone: "UTC", dayStartHour: rollover ?? 4 };
    let replayed = 0;
    for (const card of raw.cards) {
      const state = byKey.get(keyOf(card));
      expect(state?.suspended ?? false, `card ${card.id} suspended`).toBe(card.queue === -1);
      const rows = toRevlogRows(raw.revlog.filter((r) => r.cid === card.id).map((r) => ({ ...r, cardId: r.cid }))).sort((a, b) => a.time - b.time);
      const memory = card.type === 0 ? null : replayCard(rows, { deck: DECK_DEFAULTS, clock })?.memory;
      if (!memory) continue;
      replayed++;
      expect(state, `card ${card.id}`).toBeDefined();
      expect([state!.state, state!.stability, state!.difficulty, state!.due.getTime(), state!.reps, state!.lapses], `card ${card.id}`)
        .toEqual([memory.state, memory.stability, memory.difficulty, memory.due.getTime(), memory.reps, memory.lapses]);
    }
    if (raw.revlog.length) expect(replayed).toBeGreaterThan(0);
  });

  it("changes no count when the same package is imported again", async () => {
    const before = (await stored(userId)).counts;
    const again = await importAnkiPackage(userId, bytes, importOptions);
    expect(again).toMatchObject({ notesAdded: 0, notesUpdated: 0, reviewsAdded: 0 });
    expect((await stored(userId)).counts).toEqual(before);
  });

  for (const legacy of [false, true]) {
    it(`exports with history and media ${legacy ? "(--legacy)" : "(current format)"}: notes, media, review rows and memory states read back, and another student importing it gets the same schedule`, async () => {
      const mine = await stored(userId);
      const bob = (await makeUser()).id;
      let exportedReviews = 0;
      for (const deck of mine.decks) {
        const { bytes: out } = await exportAnkiDeck(userId, deck.title, { history: true, media: true, legacy, store, now: NOW });
        const back = await readRawPackage(out);
        expect(back.collectionFile).toBe(legacy ? "collection.anki21" : "collection.anki21b");
        // Notes: the guid Lectern keeps and the fields it holds, byte for byte.
        const deckNotes = mine.notes.filter((n) => n.deckId === deck.id);
        const exported = new Map(back.notes.map((n) => [n.guid, n.fields]));
        expect(back.notes).toHaveLength(deckNotes.length);
        for (const n of deckNotes) expect(exported.get(mine.links.find((l) => l.noteId === n.id)!.key)).toEqual([n.front, n.back]);
        // Media: every file of the package, same bytes, and (current format) the SHA-1 the list declares.
        expect(back.media).toEqual(raw.media);
        if (!legacy) expect(back.declaredSha1).toEqual(raw.media);
        // Review rows and the card data Anki reads FSRS memory from.
        exportedReviews += back.revlog.length;
        const deckCards = [...mine.cards.values()].filter((c) => deckNotes.some((n) => n.cards.some((x) => x.id === c.id)));
        const withMemory = back.cards.filter((c) => c.data).map((c) => JSON.parse(c.data) as { s: number; d: number });
        const states = deckCards.flatMap((c) => (c.state && c.state.state > 0 ? [c.state] : []));
        expect(withMemory.map((m) => `${m.s}/${m.d}`).sort()).toEqual(states.map((st) => `${Math.round(st.stability * 1e4) / 1e4}/${Math.round(st.difficulty * 1e3) / 1e3}`).sort());
        await importAnkiPackage(bob, out, importOptions);
      }
      expect(exportedReviews).toBe(raw.revlog.length);
      const theirs = await stored(bob);
      expect(theirs.counts).toEqual(mine.counts);
      expect(answersByKey(theirs)).toEqual(answersByKey(mine));
      expect(scheduleByKey(theirs)).toEqual(scheduleByKey(mine));
    });
  }
});

// Packages whose cards carry the memory state Anki itself computed ({"s","d"} in card data, with the
// collection's own FSRS weights): the same replay given those weights must land on Anki's numbers.
describe.each(present.filter((e) => e.ankiMemory))("Anki's own memory states in $file", ({ file }) => {
  it("equal Lectern's replay of each card's revlog with the collection's FSRS weights", async () => {
    const raw = await readRawPackage(new Uint8Array(readFileSync(path.join(DIR, file))));
    const withMemory = raw.cards.filter((c) => /"s":/.test(c.data));
    expect(withMemory.length).toBeGreaterThan(0);
    for (const card of withMemory) {
      const anki = JSON.parse(card.data) as { s: number; d: number };
      const weights = raw.fsrsWeights.get(card.did);
      expect(weights, `weights of deck ${card.did}`).toBeDefined();
      const rows = toRevlogRows(raw.revlog.filter((r) => r.cid === card.id).map((r) => ({ ...r, cardId: r.cid }))).sort((a, b) => a.time - b.time);
      const memory = replayCard(rows, { deck: { ...DECK_DEFAULTS, weights }, clock: { timeZone: "UTC", dayStartHour: 4 } })!.memory;
      // Anki stores s to 3 and d to 2 decimals.
      expect([memory.stability.toFixed(3), memory.difficulty.toFixed(2)], `card ${card.id}`).toEqual([anki.s.toFixed(3), anki.d.toFixed(2)]);
    }
  });
});

// The command line itself (scripts/anki.ts, as `npm run anki` runs it) on one package with media,
// history and two decks: the JSON it prints and the files it writes.
const cliPackage = present.find((e) => e.file === "srsconv-mixed-legacy-2.apkg") ?? present.find((e) => e.file.includes("AllDefaultTemplates"));
describe.runIf(cliPackage)("the anki command on a real package", () => {
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), "lectern-cli-media-"));
  const anki = (...args: string[]) => {
    const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/anki.ts", ...args], {
      env: { ...process.env, MEDIA_DIR: mediaDir }, encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as Record<string, unknown>;
  };

  it("imports (twice: nothing added) and exports every deck with --history --media, current and --legacy", { timeout: 180_000 }, async () => {
    const file = path.join(DIR, cliPackage!.file);
    const raw = await readRawPackage(new Uint8Array(readFileSync(file)));
    const user = await makeUser();
    const first = anki("import", file, "--user", user.email, "--timezone", "UTC", "--json");
    expect(first).toMatchObject({ notes: raw.notes.length, cards: raw.cards.length, media: raw.media.size, reviews: raw.revlog.length, reviewsAdded: raw.revlog.length });
    expect(anki("import", file, "--user", user.email, "--timezone", "UTC", "--json")).toMatchObject({ notesAdded: 0, notesUpdated: 0, reviewsAdded: 0 });
    const decks = await db().deck.findMany({ where: { ownerId: user.id }, select: { title: true } });
    for (const legacy of [false, true]) {
      const guids: string[] = [];
      let reviews = 0;
      for (const { title } of decks) {
        const out = path.join(mkdtempSync(path.join(os.tmpdir(), "lectern-cli-export-")), "deck.apkg");
        const printed = anki("export", "--user", user.email, "--deck", title, "--out", out, "--history", "--media", ...(legacy ? ["--legacy"] : []));
        const back = await readRawPackage(new Uint8Array(readFileSync(out)));
        expect(printed).toMatchObject({ notes: back.notes.length, reviews: back.revlog.length, media: back.media.size });
        expect(back.media).toEqual(raw.media); // the CLI stored the files where MEDIA_DIR says and read them back
        guids.push(...back.notes.map((n) => n.guid));
        reviews += back.revlog.length;
      }
      expect(reviews).toBe(raw.revlog.length);
      // Every Anki note is exported under its guid (notes of other note types as guid#card).
      for (const n of raw.notes) expect(guids.some((g) => g === n.guid || g.startsWith(`${n.guid}#`)), n.guid).toBe(true);
    }
  });
});
