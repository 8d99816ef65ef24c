import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { openPackage } from "@/lib/anki/package";
import { ProtoWriter } from "@/lib/anki/protobuf";
import { AnkiPackageError, DEFAULT_LIMITS } from "@/lib/anki/types";
import { writeCollection, writePackage } from "@/lib/anki/write-package";
import { zstd } from "@/lib/anki/zstd";
import { fixtureCollection, fixtureMedia } from "./fixture";

describe("openPackage", () => {
  for (const legacy of [true, false]) {
    it(`reads every deck, note type, note, card, review and media file (${legacy ? "legacy anki21" : "current anki21b"})`, async () => {
      const col = fixtureCollection();
      const pkg = await openPackage(await writePackage(col, fixtureMedia(), { legacy, now: 1_767_600_000_000 }));
      expect(pkg.version).toBe(legacy ? "legacy2" : "latest");
      expect(pkg.collection.schemaVersion).toBe(legacy ? 11 : 18);
      expect(pkg.collection.rollover).toBe(4);
      expect(pkg.collection.decks.map((d) => d.name)).toEqual(["Default", "Lang", "Lang::French"]);
      expect(pkg.collection.decks.find((d) => d.id === "100")?.description).toBe("Languages");
      expect(pkg.collection.notetypes.sort((a, b) => a.id.localeCompare(b.id))).toEqual(col.notetypes);
      expect(pkg.collection.notes).toEqual(col.notes);
      expect(pkg.collection.cards).toEqual(col.cards);
      expect(pkg.collection.revlog).toEqual([...col.revlog].sort((a, b) => Number(a.id) - Number(b.id)));
      expect(pkg.media).toEqual(fixtureMedia());
      expect(pkg.skipped).toEqual([]);
    });
  }

  it("reads a legacy collection.anki2 without a meta file", async () => {
    const zip = zipSync({ "collection.anki2": await writeCollection(fixtureCollection(), 11, 0), media: new TextEncoder().encode("{}") });
    const pkg = await openPackage(zip);
    expect(pkg.version).toBe("legacy1");
    expect(pkg.collection.notes).toHaveLength(4);
  });

  it("reads a bare collection.anki2 (SQLite, no zip), as Anki's own test collections are", async () => {
    const pkg = await openPackage(await writeCollection(fixtureCollection(), 11, 0));
    expect(pkg.version).toBe("legacy1");
    expect(pkg.collection.notes).toEqual(fixtureCollection().notes);
    expect(pkg.media).toEqual([]);
  });

  // Real packages keep their cards in deck 1 "Default"; exported again from Lectern, that deck is a
  // Lectern deck titled "Default" with another id, which must become deck 1 rather than a second
  // "Default" (Anki's unique index on deck names refused it: "UNIQUE constraint failed: decks.name").
  for (const legacy of [true, false]) {
    it(`writes a deck named "Default" as deck 1 (${legacy ? "legacy" : "current"})`, async () => {
      const col = fixtureCollection();
      const exported = { ...col, decks: [{ id: "1700000000100", name: "default", description: "mine" }], cards: col.cards.map((c) => ({ ...c, deckId: "1700000000100" })) };
      const pkg = await openPackage(await writePackage(exported, [], { legacy }));
      expect(pkg.collection.decks).toEqual([{ id: "1", name: "default", description: "mine" }]);
      expect(new Set(pkg.collection.cards.map((c) => c.deckId))).toEqual(new Set(["1"]));
    });
  }

  it("stores the current schema's text columns with Anki's unicase collation", async () => {
    const bytes = await writeCollection(fixtureCollection(), 18, 0);
    expect(new TextDecoder("latin1").decode(bytes)).toContain("collate unicase");
    const db = new (await (await import("@/lib/exchange/sqlite")).sqlite()).Database(bytes);
    expect(() => db.exec("SELECT name FROM decks ORDER BY name")).toThrow(/no such collation sequence: unicase/);
    db.close();
    const pkg = await openPackage(await writePackage(fixtureCollection(), [], {}));
    expect(pkg.collection.decks.map((d) => d.name)).toEqual(["Default", "Lang", "Lang::French"]); // parents first, read by name
  });
});

describe("openPackage refuses bad input with a clear message", () => {
  const refuses = async (bytes: Uint8Array, message: RegExp, limits = DEFAULT_LIMITS) => {
    const error = await openPackage(bytes, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnkiPackageError);
    expect((error as Error).message).toMatch(message);
  };

  it("a corrupt zip", async () => {
    const zip = await writePackage(fixtureCollection(), [], { legacy: true });
    await refuses(zip.subarray(0, zip.length - 30), /not a valid zip/);
    await refuses(new TextEncoder().encode("hello, not a zip"), /not a valid zip/);
  });

  it("a zip bomb (declared sizes checked before inflating)", async () => {
    const zip = zipSync({ "collection.anki21": new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(64 * 1024);
    await refuses(zip, /zip bomb/, { ...DEFAULT_LIMITS, maxEntryBytes: 1024 * 1024 });
  });

  it("a package over the size limit", async () => {
    await refuses(await writePackage(fixtureCollection(), [], { legacy: true }), /over the limit/, { ...DEFAULT_LIMITS, maxPackageBytes: 1000 });
  });

  it("a zip that is not an Anki package", async () => {
    await refuses(zipSync({ "readme.txt": new Uint8Array([65]) }), /not an Anki package/);
  });

  it("a collection file that is not SQLite", async () => {
    await refuses(zipSync({ "collection.anki21": new TextEncoder().encode("definitely not sqlite") }), /not an SQLite database/);
  });

  it("an SQLite file that is not a collection", async () => {
    const { sqlite } = await import("@/lib/exchange/sqlite");
    const db = new (await sqlite()).Database();
    db.exec("CREATE TABLE things (id integer)");
    await refuses(zipSync({ "collection.anki21": db.export() }), /not an Anki collection \(no "col" table\)/);
  });

  it("an unknown schema version", async () => {
    const col = fixtureCollection();
    const { sqlite } = await import("@/lib/exchange/sqlite");
    const db = new (await sqlite()).Database(await writeCollection(col, 11, 0));
    db.exec("UPDATE col SET ver = 99");
    await refuses(zipSync({ "collection.anki21": db.export() }), /Unknown Anki collection schema version 99/);
  });

  it("an unknown package version", async () => {
    await refuses(zipSync({ meta: new ProtoWriter().int(1, 7).finish(), "collection.anki21b": await zstd(new Uint8Array(10)) }), /Unknown package version 7/);
  });

  it("a zstd collection that expands past the limit", async () => {
    const big = await zstd(new Uint8Array(4 * 1024 * 1024));
    await refuses(zipSync({ meta: new ProtoWriter().int(1, 3).finish(), "collection.anki21b": big }), /exceeds the limit/, { ...DEFAULT_LIMITS, maxEntryBytes: 1024 * 1024 });
  });

  // Anki's pylib/tests/support/diffmodeltemplates-*.apkg carry "_ViewSizeAdjustAddon.dat": a
  // leading underscore marks files templates use and was wrongly stripped.
  it("keeps media names Anki writes with a leading underscore", async () => {
    for (const legacy of [true, false]) {
      const media = [{ name: "_font.ttf", data: new Uint8Array([1]) }, { name: "_ViewSizeAdjustAddon.dat", data: new Uint8Array([2]) }];
      const pkg = await openPackage(await writePackage(fixtureCollection(), media, { legacy }));
      expect(pkg.media.map((m) => m.name).sort()).toEqual(["_ViewSizeAdjustAddon.dat", "_font.ttf"]);
      expect(pkg.skipped).toEqual([]);
    }
  });

  it("neutralises media names that try path traversal", async () => {
    for (const legacy of [true, false]) {
      const media = [{ name: "../../etc/passwd", data: new Uint8Array([1]) }, { name: "..", data: new Uint8Array([2]) }, { name: "ok.png", data: new Uint8Array([3]) }];
      const pkg = await openPackage(await writePackage(fixtureCollection(), media, { legacy }));
      expect(pkg.media.map((m) => m.name)).toEqual(["etc_passwd", "ok.png"]);
      expect(pkg.skipped).toEqual(['media "../../etc/passwd": unsafe file name, stored as "etc_passwd"', 'media "..": unusable file name']);
    }
  });
});
