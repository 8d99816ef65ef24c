// Properties every cleaned chapter must have, whatever the layout: checked on every fixture
// (except the card engineer's gold-* files, which are not ours to depend on).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const dir = path.join(__dirname, "..", "..", "fixtures", "chapters");
const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && !f.startsWith("gold-")).sort();

// Held-out books are measured blind before their clean-up may be fixed (docs/blind-rounds.md): a
// residue found in one is a measured defect (eval:cards reports its residue rate per held-out book),
// fixed as a general rule once the book rotates into training. So the residue check skips them, in
// the open (vitest lists the skips), rather than failing CI or inviting a fix tuned on unseen text.
const books = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "fixtures", "labels", "books.json"), "utf8"));
const heldOut = new Set(
  Object.entries(books.fixtures as Record<string, { book: string }>)
    .filter(([, v]) => books.books[v.book]?.split === "heldout")
    .map(([f]) => f),
);

// Markup, placeholders and note syntax that must never reach body text.
const RESIDUE = /<\/?(?:sup|span|i|b|br|em)\b|\[\^|\*\*|\[Footnote|\[Illustration|\u0001|\u0002|\u0003|\u0004|!\[|\{#/;

describe.each(files)("invariants of %s", (name) => {
  const doc = cleanDocument(fixture(name), { filename: name });

  it("has at least one chapter, each with a title and sentences", () => {
    expect(doc.chapters.length).toBeGreaterThan(0);
    for (const c of doc.chapters) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.sentences.length).toBeGreaterThan(0);
    }
  });

  it("keeps sentence and paragraph offsets exact and in reading order", () => {
    for (const c of doc.chapters) {
      c.sentences.forEach((s, i) => {
        expect(s.id).toBe(i);
        expect(c.text.slice(s.start, s.end)).toBe(s.text);
        const p = c.paragraphs[s.paragraph];
        expect(s.start >= p.start && s.end <= p.end).toBe(true);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(c.sentences[i - 1].end);
      });
      c.paragraphs.forEach((p, i) => {
        expect(p.id).toBe(i);
        if (i > 0) expect(c.text.slice(c.paragraphs[i - 1].end, p.start)).toBe("\n\n");
      });
    }
  });

  it.skipIf(heldOut.has(name))("leaves no markup, placeholders or note syntax in the body", () => {
    for (const c of doc.chapters) expect(c.text).not.toMatch(RESIDUE);
  });

  it("cites only footnotes that exist, and each footnote's citing sentence lists it", () => {
    for (const c of doc.chapters) {
      const ids = new Set(c.footnotes.map((f) => f.id));
      expect(ids.size).toBe(c.footnotes.length);
      for (const s of c.sentences) for (const r of s.footnoteRefs) expect(ids).toContain(r);
      for (const f of c.footnotes) {
        expect(f.text.length).toBeGreaterThan(0);
        if (f.citedAt) expect(c.sentences[f.citedAt.sentence].footnoteRefs).toContain(f.id);
      }
    }
  });

  it("gives page starts in increasing offset order, and sentence pages consistent with them", () => {
    for (const c of doc.chapters) {
      for (let i = 1; i < c.pages.length; i++) expect(c.pages[i].offset).toBeGreaterThanOrEqual(c.pages[i - 1].offset);
      for (const s of c.sentences) {
        const page = c.pages.filter((p) => p.offset <= s.start).at(-1)?.page ?? null;
        expect(s.page).toBe(page);
      }
    }
  });
});
