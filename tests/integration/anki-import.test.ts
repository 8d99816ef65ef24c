// Anki package import in the data layer: every note, card, review and media file accounted for,
// memory states equal to replaying the same rows, idempotent re-import, conflict policies, and a
// failed import leaving nothing behind (no rows, no media files).
import { mkdtempSync, readdirSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { IMPORT_STEPS, importAnkiPackage, previewAnkiPackage } from "@/lib/data/anki-import";
import { getDeckMedia } from "@/lib/data/media";
import { toRevlogRows } from "@/lib/anki/schedule-plan";
import { writePackage } from "@/lib/anki/write-package";
import { createMediaStore } from "@/lib/media/store";
import { replayCard } from "@/lib/srs/replay";
import { fixtureCollection, fixtureMedia } from "../unit/anki/fixture";
import { makeUser } from "../support/factories";
import { normalizeTags } from "@/lib/data/notes";

const NOW = new Date(Date.UTC(2026, 0, 20, 12));
const store = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lectern-media-"));
  return { dir, store: createMediaStore(dir, 1024 * 1024) };
};
const deck = { desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"], newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND" as const };

async function counts(userId: string) {
  const decks = await db().deck.findMany({ where: { ownerId: userId }, select: { id: true } });
  const deckId = { in: decks.map((d) => d.id) };
  return {
    decks: decks.length, notes: await db().note.count({ where: { deckId } }), cards: await db().card.count({ where: { deckId } }),
    states: await db().cardState.count({ where: { userId } }), logs: await db().reviewLog.count({ where: { userId } }),
    media: await db().deckMedia.count({ where: { deckId } }),
  };
}

describe("importAnkiPackage", () => {
  for (const legacy of [true, false]) {
    it(`imports every note, card, review and media file with replayed memory states (${legacy ? "legacy" : "anki21b"})`, async () => {
      const user = await makeUser();
      const { dir, store: media } = store();
      const bytes = await writePackage(fixtureCollection(), fixtureMedia(), { legacy });
      expect(await previewAnkiPackage(bytes)).toEqual({ decks: 2, notetypes: 4, notes: 4, cards: 6, media: 2, reviews: 8, skipped: [] });
      const summary = await importAnkiPackage(user.id, bytes, { timeZone: "Europe/Paris", store: media, now: NOW });
      expect(summary).toMatchObject({ decks: 2, notetypes: 4, notes: 4, cards: 6, media: 2, reviews: 8, notesAdded: 4, reviewsAdded: 8, skipped: [] });
      expect(await counts(user.id)).toEqual({ decks: 2, notes: 4, cards: 6, states: 5, logs: 8, media: 4 });

      const decks = await db().deck.findMany({ where: { ownerId: user.id }, orderBy: { title: "asc" } });
      expect(decks.map((d) => d.title)).toEqual(["Lang", "Lang::French"]);
      const notes = await db().note.findMany({ where: { deckId: { in: decks.map((d) => d.id) } }, include: { cards: true } });
      notes.sort((a, b) => a.kind.localeCompare(b.kind) || a.front.localeCompare(b.front));
      expect(notes.map((n) => [n.kind, n.front, n.cards.map((c) => c.ordinal).sort()])).toEqual([
        ["BASIC", '<div class="word">bonjour</div>[sound:bonjour.mp3]', [0]],
        ["BASIC", "Capital of France?", [0]],
        ["CLOZE", "{{c1::Le}} chat {{c2::mange::verb}}", [1, 2]],
        ["REVERSED", "chien", [0, 1]],
      ]);

      // Memory states: exactly the replay of the same revlog rows on the student's clock (rollover from the collection).
      const col = fixtureCollection();
      const rows = toRevlogRows(col.revlog);
      const clock = { timeZone: "Europe/Paris", dayStartHour: 4 };
      const stateOf = async (front: string, ordinal: number) => {
        const note = notes.find((n) => n.front === front)!;
        const card = note.cards.find((c) => c.ordinal === ordinal)!;
        return db().cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId: card.id } } });
      };
      for (const [ankiId, front, ordinal] of [["400", "Capital of France?", 0], ["402", "chien", 1], ["405", '<div class="word">bonjour</div>[sound:bonjour.mp3]', 0]] as const) {
        const expected = replayCard(rows.filter((r) => r.cardId === ankiId).sort((a, b) => a.time - b.time), { deck, clock })!.memory;
        const state = await stateOf(front, ordinal);
        expect(state).toMatchObject({ stability: expected.stability, difficulty: expected.difficulty, state: expected.state, due: expected.due, reps: expected.reps });
      }
      expect(await stateOf("chien", 1)).toMatchObject({ suspended: true });
      expect(await stateOf("chien", 0)).toBeNull(); // new stays new
      expect(await stateOf("{{c1::Le}} chat {{c2::mange::verb}}", 2)).toMatchObject({ state: 0, buriedUntil: expect.any(Date) });

      const stored = await db().deckMedia.findFirstOrThrow({ where: { name: "paris.jpg", deckId: decks[0].id } });
      expect(stored).toMatchObject({ contentType: "image/jpeg", size: 8 });
      expect(Buffer.from((await media.read(stored.sha256))!)).toEqual(Buffer.from(fixtureMedia()[0].data));
      expect(readdirSync(path.join(dir, "tmp"))).toEqual([]);

      // Twice: nothing changes.
      const again = await importAnkiPackage(user.id, bytes, { timeZone: "Europe/Paris", store: media, now: NOW });
      expect(again).toMatchObject({ notesAdded: 0, notesUpdated: 0, notesUnchanged: 4, reviewsAdded: 0 });
      expect(await counts(user.id)).toEqual({ decks: 2, notes: 4, cards: 6, states: 5, logs: 8, media: 4 });
    });
  }

  it("updates notes by guid when the package is newer (keep newer) and leaves them with keep mine, keeping the schedule", async () => {
    const user = await makeUser();
    const { store: media } = store();
    await importAnkiPackage(user.id, await writePackage(fixtureCollection(), []), { timeZone: "UTC", store: media, now: NOW });
    const before = await db().cardState.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } });
    const newer = fixtureCollection();
    newer.notes[0] = { ...newer.notes[0], mod: newer.notes[0].mod + 100, fields: ["Capital of France (city)?", "Paris"] };
    const mine = await importAnkiPackage(user.id, await writePackage(newer, []), { timeZone: "UTC", store: media, now: NOW, policy: "keep-mine" });
    expect(mine).toMatchObject({ notesUpdated: 0, notesUnchanged: 4 });
    const kept = await importAnkiPackage(user.id, await writePackage(newer, []), { timeZone: "UTC", store: media, now: NOW });
    expect(kept).toMatchObject({ notesAdded: 0, notesUpdated: 1, notesUnchanged: 3 });
    expect(await db().note.count({ where: { front: "Capital of France (city)?", deck: { ownerId: user.id } } })).toBe(1);
    expect(await db().cardState.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } })).toEqual(before);
  });

  it("reports each step of the import in order, for a progress bar", async () => {
    const user = await makeUser();
    const steps: string[] = [];
    await importAnkiPackage(user.id, await writePackage(fixtureCollection(), fixtureMedia()), { timeZone: "UTC", store: store().store, now: NOW, onProgress: (s) => steps.push(s) });
    expect(steps).toEqual([...IMPORT_STEPS]);
  });

  it("stores fields and tags with tabs, newlines, backslashes and quotes exactly (the bulk COPY path)", async () => {
    const user = await makeUser();
    const col = fixtureCollection();
    const front = "tab\there\nnew line\r\nCRLF \\N back\\slash \\t \"quoted\" {curly,comma}";
    col.notes[0] = { ...col.notes[0], fields: [front, "b\\ack"], tags: ['say"hi', "a,b", "back\\slash", "{x}"] };
    await importAnkiPackage(user.id, await writePackage(col, []), { timeZone: "UTC", store: store().store, now: NOW });
    const note = await db().note.findFirstOrThrow({ where: { deck: { ownerId: user.id }, kind: "BASIC" } });
    expect([note.front, note.back]).toEqual([front, "b\\ack"]);
    expect(note.tags).toEqual(normalizeTags(['say"hi', "a,b", "back\\slash", "{x}"]));
  });

  it("re-creates a note deleted in Lectern and gives an updated note its new cloze card, history included", async () => {
    const user = await makeUser();
    const { store: media } = store();
    await importAnkiPackage(user.id, await writePackage(fixtureCollection(), []), { timeZone: "UTC", store: media, now: NOW });
    const chien = await db().note.findFirstOrThrow({ where: { deck: { ownerId: user.id }, front: "chien" } });
    await db().note.delete({ where: { id: chien.id } });
    const newer = fixtureCollection();
    newer.notes[2] = { ...newer.notes[2], mod: newer.notes[2].mod + 100, fields: ["{{c1::Le}} chat {{c2::mange::verb}} {{c3::du poisson}}", ""] };
    newer.cards.push({ ...newer.cards[3], id: "406", ord: 2, type: 2, queue: 2, due: 390, ivl: 2, factor: 2500, reps: 1 });
    newer.revlog.push({ id: String(Date.UTC(2026, 0, 6, 9)), cardId: "406", ease: 3, ivl: 2, lastIvl: 0, factor: 2500, time: 3000, type: 0 });
    const again = await importAnkiPackage(user.id, await writePackage(newer, []), { timeZone: "UTC", store: media, now: NOW });
    expect(again).toMatchObject({ notesAdded: 1, notesUpdated: 1, reviewsAdded: 3 }); // chien's two answers again, and the new card's
    const cloze = await db().note.findFirstOrThrow({ where: { deck: { ownerId: user.id }, kind: "CLOZE" }, include: { cards: { include: { states: true, logs: true } } } });
    expect(cloze.cards.map((c) => c.ordinal).sort()).toEqual([1, 2, 3]);
    const third = cloze.cards.find((c) => c.ordinal === 3)!;
    expect([third.states.length, third.logs.length]).toEqual([1, 1]);
    expect(await db().note.count({ where: { deck: { ownerId: user.id }, front: "chien" } })).toBe(1);
    expect(await db().ankiNoteLink.count({ where: { userId: user.id } })).toBe(4);
  });

  // Anki's own pylib/tests/support/diffmodels2-1.apkg then -2.apkg: the same note (guid and mod)
  // whose note type gained a reversed card. The kept note must not grow a second card of its old kind.
  it("adds no cards to a note it keeps when the package's note type has more templates", async () => {
    const user = await makeUser();
    const { store: media } = store();
    const one = fixtureCollection();
    one.notes = [one.notes[0]];
    one.cards = one.cards.filter((c) => c.noteId === one.notes[0].id);
    one.revlog = [];
    await importAnkiPackage(user.id, await writePackage(one, []), { timeZone: "UTC", store: media, now: NOW });
    const two = structuredClone(one);
    two.notes[0].notetypeId = "201"; // Basic (and reversed card), same guid and mod
    two.cards.push({ ...two.cards[0], id: "9400", ord: 1, type: 0, queue: 0, due: 5, ivl: 0, factor: 0, reps: 0, lapses: 0, data: "" });
    const again = await importAnkiPackage(user.id, await writePackage(two, []), { timeZone: "UTC", store: media, now: NOW });
    expect(again).toMatchObject({ notesAdded: 0, notesUpdated: 0, notesUnchanged: 1 });
    const notes = await db().note.findMany({ where: { deck: { ownerId: user.id } }, include: { cards: true } });
    expect(notes.map((n) => [n.kind, n.cards.map((c) => c.ordinal)])).toEqual([["BASIC", [0]]]);
  });

  it("serves a deck's media only to users who can study the deck", async () => {
    const [owner, stranger] = [await makeUser(), await makeUser()];
    const { store: media } = store();
    await importAnkiPackage(owner.id, await writePackage(fixtureCollection(), fixtureMedia()), { timeZone: "UTC", store: media, now: NOW, deckInto: "Media" });
    const deck = await db().deck.findFirstOrThrow({ where: { ownerId: owner.id, title: "Media" } });
    const file = await getDeckMedia(owner.id, deck.id, "bonjour.mp3", media);
    expect(file).toMatchObject({ contentType: "audio/mpeg" });
    expect(Buffer.from(file!.bytes)).toEqual(Buffer.from(fixtureMedia()[1].data));
    expect(await getDeckMedia(stranger.id, deck.id, "bonjour.mp3", media)).toBeNull();
    expect(await getDeckMedia(owner.id, deck.id, "../bonjour.mp3", media)).toBeNull();
  });

  it("puts everything into one deck with deckInto", async () => {
    const user = await makeUser();
    const summary = await importAnkiPackage(user.id, await writePackage(fixtureCollection(), []), { timeZone: "UTC", store: store().store, now: NOW, deckInto: "French class" });
    expect(summary.notesAdded).toBe(4);
    expect((await db().deck.findMany({ where: { ownerId: user.id } })).map((d) => d.title)).toEqual(["French class"]);
  });

  it("leaves nothing behind when the import fails (no rows, no media files)", async () => {
    const { dir, store: media } = store();
    const bytes = await writePackage(fixtureCollection(), fixtureMedia());
    await expect(importAnkiPackage("no-such-user", bytes, { timeZone: "UTC", store: media, now: NOW })).rejects.toThrow();
    expect(await db().deck.count({ where: { ownerId: "no-such-user" } })).toBe(0);
    expect(await db().ankiNoteLink.count({ where: { userId: "no-such-user" } })).toBe(0);
    expect(readdirSync(path.join(dir, "tmp"))).toEqual([]);
    expect(existsSync(path.join(dir, "ff"))).toBe(false);
    expect(readdirSync(dir)).toEqual(["tmp"]);
  });

  it("refuses a bad package before writing anything", async () => {
    const user = await makeUser();
    await expect(importAnkiPackage(user.id, new TextEncoder().encode("not a zip"), { timeZone: "UTC", store: store().store })).rejects.toThrow(/not a valid zip/);
    expect(await counts(user.id)).toMatchObject({ decks: 0, notes: 0 });
  });
});
