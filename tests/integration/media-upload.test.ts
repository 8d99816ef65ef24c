// Authors add images to their own decks: only the deck's owner, only real images (sniffed from the
// bytes), under the size limit, nothing stored on refusal; students of the deck can then see it.
import { mkdtempSync, readdirSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uploadDeckImage } from "@/lib/data/media-upload";
import { getDeckMedia } from "@/lib/data/media";
import { NotFoundError, ValidationError } from "@/lib/data/errors";
import { cardHtml } from "@/lib/anki/card-html";
import { createMediaStore } from "@/lib/media/store";
import { enrol, makeDeckWithNotes, makeUser } from "../support/factories";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3]);
const setup = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lectern-upload-"));
  return { dir, store: createMediaStore(dir, 1024 * 1024) };
};
const storedFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => /[0-9a-f]{64}$/.test(String(f))) : []);

describe("uploadDeckImage", () => {
  it("stores an author's image once, under a name a student of the deck can load", async () => {
    const author = await makeUser("INSTRUCTOR");
    const student = await makeUser();
    const deck = await makeDeckWithNotes(author.id, []);
    await enrol(author.id, student.id, [deck.id]);
    const { dir, store } = setup();
    const first = await uploadDeckImage(author.id, deck.id, PNG, { store });
    expect(first).toMatchObject({ contentType: "image/png", size: PNG.length });
    expect(first.name).toMatch(/^lectern-[0-9a-f]{20}\.png$/);
    expect(await uploadDeckImage(author.id, deck.id, PNG, { store })).toEqual(first); // same bytes, same name
    expect(storedFiles(dir)).toHaveLength(1);
    const seen = await getDeckMedia(student.id, deck.id, first.name, store);
    expect(seen?.contentType).toBe("image/png");
    expect(new Uint8Array(seen!.bytes)).toEqual(PNG);
    expect(cardHtml(`Map: <img src="${first.name}">`, deck.id)).toContain(`src="/media/${deck.id}/${first.name}"`);
  });

  it("refuses anyone but the deck's author, storing nothing", async () => {
    const author = await makeUser("INSTRUCTOR");
    const student = await makeUser();
    const deck = await makeDeckWithNotes(author.id, []);
    await enrol(author.id, student.id, [deck.id]); // can study it, may not add to it
    const { dir, store } = setup();
    await expect(uploadDeckImage(student.id, deck.id, PNG, { store })).rejects.toBeInstanceOf(NotFoundError);
    await expect(uploadDeckImage(author.id, "no-such-deck", PNG, { store })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().deckMedia.count({ where: { deckId: deck.id } })).toBe(0);
    expect(storedFiles(dir)).toHaveLength(0);
  });

  it("refuses empty files, non-images (an SVG with script, a PNG name on HTML) and files over the limit", async () => {
    const author = await makeUser("INSTRUCTOR");
    const deck = await makeDeckWithNotes(author.id, []);
    const { dir, store } = setup();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(uploadDeckImage(author.id, deck.id, new Uint8Array(), { store })).rejects.toThrow(/empty/);
    await expect(uploadDeckImage(author.id, deck.id, svg, { store })).rejects.toThrow(/not a PNG, JPEG, GIF or WebP/);
    await expect(uploadDeckImage(author.id, deck.id, new TextEncoder().encode("<html>"), { store })).rejects.toBeInstanceOf(ValidationError);
    const big = new Uint8Array(3 * 1024 * 1024);
    big.set(PNG);
    await expect(uploadDeckImage(author.id, deck.id, big, { store, maxBytes: 2 * 1024 * 1024 })).rejects.toThrow(/the limit is 2 MB/);
    expect(await db().deckMedia.count({ where: { deckId: deck.id } })).toBe(0);
    expect(storedFiles(dir)).toHaveLength(0);
  });
});
