// Export → re-import round trip: notes (guid, kind, sides, tags), cards, review rows, memory states
// in card data and media (by content) survive, in the current and the legacy format.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportAnkiDeck } from "@/lib/data/anki-export";
import { importAnkiPackage } from "@/lib/data/anki-import";
import { openPackage } from "@/lib/anki/package";
import { writePackage } from "@/lib/anki/write-package";
import { createMediaStore } from "@/lib/media/store";
import { fixtureCollection, fixtureMedia } from "../unit/anki/fixture";
import { makeUser } from "../support/factories";

const NOW = new Date(Date.UTC(2026, 0, 20, 12));
const media = createMediaStore(mkdtempSync(path.join(os.tmpdir(), "lectern-media-")), 1024 * 1024);

async function snapshot(userId: string, title: string) {
  const deck = await db().deck.findFirstOrThrow({ where: { ownerId: userId, title } });
  const notes = await db().note.findMany({ where: { deckId: deck.id }, include: { cards: { include: { logs: true } } } });
  return {
    notes: notes.map((n) => ({ kind: n.kind, front: n.front, back: n.back, tags: n.tags, cards: n.cards.map((c) => ({ ordinal: c.ordinal, logs: c.logs.map((l) => [l.rating, l.review.getTime(), l.durationMs]).sort() })).sort((a, b) => a.ordinal - b.ordinal) }))
      .sort((a, b) => a.front.localeCompare(b.front)),
    media: (await db().deckMedia.findMany({ where: { deckId: deck.id }, orderBy: { name: "asc" } })).map((m) => [m.name, m.sha256]),
  };
}

describe("exportAnkiDeck", () => {
  for (const legacy of [false, true]) {
    it(`round-trips a deck with history and media through ${legacy ? "the legacy" : "the current"} format`, async () => {
      const alice = await makeUser();
      await importAnkiPackage(alice.id, await writePackage(fixtureCollection(), fixtureMedia()), { timeZone: "UTC", store: media, now: NOW, deckInto: "French" });
      const { bytes, counts } = await exportAnkiDeck(alice.id, "French", { history: true, media: true, legacy, store: media, now: NOW });
      expect(counts).toEqual({ notes: 4, cards: 6, reviews: 8, media: 2 });

      const pkg = await openPackage(bytes);
      expect(pkg.version).toBe(legacy ? "legacy2" : "latest");
      expect(pkg.collection.notes.map((n) => n.guid).sort()).toEqual(["g-basic", "g-cloze", "g-rev", "g-vocab#0"]);
      const states = await db().cardState.findMany({ where: { userId: alice.id, state: { gt: 0 } } });
      const withMemory = pkg.collection.cards.filter((c) => c.data).map((c) => JSON.parse(c.data) as { s: number; d: number });
      expect(withMemory.map((m) => m.s).sort()).toEqual(states.map((s) => Math.round(s.stability * 1e4) / 1e4).sort());

      // Alice re-importing her own export changes nothing.
      const again = await importAnkiPackage(alice.id, bytes, { timeZone: "UTC", store: media, now: NOW });
      expect(again).toMatchObject({ notesAdded: 0, notesUpdated: 0, reviewsAdded: 0 });

      const bob = await makeUser();
      await importAnkiPackage(bob.id, bytes, { timeZone: "UTC", store: media, now: NOW });
      expect(await snapshot(bob.id, "French")).toEqual(await snapshot(alice.id, "French"));
    });
  }

  it("refuses a deck the user does not own", async () => {
    const [alice, eve] = [await makeUser(), await makeUser()];
    await importAnkiPackage(alice.id, await writePackage(fixtureCollection(), []), { timeZone: "UTC", store: media, now: NOW, deckInto: "Mine" });
    await expect(exportAnkiDeck(eve.id, "Mine", { store: media })).rejects.toThrow(/not found|Mine/i);
  });
});
