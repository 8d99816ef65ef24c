import { describe, expect, it } from "vitest";
import { importDocument } from "@/lib/import";
import { buildBookPdf, type BookFixture } from "@/tests/support/pdf-book";
import { cer } from "@/tests/support/prose";
import type { CleanDocument } from "@/lib/chapters";

const bodyOf = (doc: CleanDocument) => doc.chapters.map((c) => c.text).join("\n\n");

function expectPagesExact(doc: CleanDocument, fx: BookFixture) {
  expect(doc.chapters[0].pages[0].page).toBe(fx.sentences[0].page);
  const got = doc.chapters.flatMap((c) => c.sentences.map((s) => ({ text: s.text, page: s.page })));
  expect(got.map((s) => s.text)).toEqual(fx.sentences.map((s) => s.text));
  expect(got.map((s) => s.page)).toEqual(fx.sentences.map((s) => s.page));
}

describe("PDF with a text layer", { timeout: 60_000 }, () => {
  it("reads a two-column book column by column, with every sentence on its printed page", async () => {
    const fx = await buildBookPdf({ seed: 3, paragraphs: 30, columns: 2, firstPage: 201, runningHead: "THE SALT ROADS", pageNumbers: "foot" });
    expect(fx.pages).toBeGreaterThanOrEqual(3);
    const { doc } = await importDocument(fx.bytes);
    expect(doc.chapters).toHaveLength(1);
    expect(doc.chapters[0].title).toBe("The Salt Roads");
    expect(cer(fx.body, bodyOf(doc))).toBeLessThanOrEqual(0.01);
    expect(bodyOf(doc)).not.toMatch(/SALT ROADS/);
    expectPagesExact(doc, fx);
    expect(doc.layout.notes.join(" ")).toMatch(/two columns/);
  });

  it("lifts footnotes and side-notes out of the body, joins the drop capital and counts back to the unnumbered opening page", async () => {
    const fx = await buildBookPdf({ seed: 7, paragraphs: 24, firstPage: 36, runningHead: "THE SALT ROADS", pageNumbers: "head", footnoteEvery: 7, sideNoteEvery: 3, dropCap: true });
    const { doc } = await importDocument(fx.bytes);
    const body = bodyOf(doc);
    expect(cer(fx.body, body)).toBeLessThanOrEqual(0.01);
    expect(body.startsWith("The summer of the great fair")).toBe(true);
    for (const note of fx.sideNotes) for (const word of note.split(" ").filter((w) => w.length > 4)) expect(body).not.toContain(word);
    expect(body).not.toMatch(/ledger entry|abbey archive|SALT ROADS/);
    const notes = doc.chapters.flatMap((c) => c.footnotes);
    expect(notes.map((n) => [n.number, n.text, n.page])).toEqual(fx.footnotes.map((n) => [n.number, n.text, n.page]));
    expect(notes.every((n) => n.citedAt !== null)).toBe(true);
    expectPagesExact(doc, fx);
  });

  it("refuses a damaged PDF and an encrypted one with a message naming the problem", async () => {
    const fx = await buildBookPdf({ seed: 1, paragraphs: 3 });
    await expect(importDocument(fx.bytes.slice(0, 400))).rejects.toThrow(/damaged or incomplete/);
  });
});

describe("PDF page labels", { timeout: 60_000 }, () => {
  it("uses the document's own /PageLabels (roman front matter, then arabic) over the printed numbers", async () => {
    const { PDFDocument, PDFName, PDFString } = await import("pdf-lib");
    const fx = await buildBookPdf({ seed: 9, paragraphs: 16, firstPage: 1, pageNumbers: "foot" });
    expect(fx.pages).toBeGreaterThanOrEqual(3);
    const pdf = await PDFDocument.load(fx.bytes);
    const ctx = pdf.context;
    // Pages 1-2 are "ix", "x"; from the third on, "A-1", "A-2"...
    pdf.catalog.set(PDFName.of("PageLabels"), ctx.obj({ Nums: [0, ctx.obj({ S: PDFName.of("r"), St: 9 }), 2, ctx.obj({ S: PDFName.of("D"), P: PDFString.of("A-"), St: 1 })] }));
    const { doc } = await importDocument(await pdf.save());
    const label = (printed: string) => { const i = Number(printed) - 1; return i < 2 ? ["ix", "x"][i] : `A-${i - 1}`; };
    const got = doc.chapters.flatMap((c) => c.sentences.map((s) => s.page));
    expect(got).toEqual(fx.sentences.map((s) => label(s.page)));
  });
});
