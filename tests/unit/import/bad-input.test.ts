import { describe, expect, it } from "vitest";
import { importDocument, importFile } from "@/lib/import";
import { buildBookPdf } from "@/tests/support/pdf-book";
import { encryptedPdf, imageOnlyPdf, pngOf, zipBomb } from "@/tests/support/bad-files";
import { strToU8, zipSync } from "fflate";

describe("bad input gets a message naming the problem", { timeout: 60_000 }, () => {
  it("an encrypted PDF", async () => {
    await expect(importFile(await encryptedPdf())).rejects.toThrow(/encrypted \(password-protected\)/);
  });

  it("a corrupt (truncated) PDF", async () => {
    const fx = await buildBookPdf({ seed: 1, paragraphs: 3 });
    await expect(importFile(fx.bytes.slice(0, fx.bytes.length / 3))).rejects.toThrow(/damaged or incomplete/);
  });

  it("a PDF of page images with no text layer when OCR is unavailable", async () => {
    await expect(importFile(await imageOnlyPdf(2))).rejects.toThrow(/no text layer .*OCR/);
  });

  it("a zip bomb posing as an EPUB, refused before inflating", async () => {
    const bomb = zipBomb("epub", 50);
    expect(bomb.length).toBeLessThan(200_000);
    await expect(importFile(bomb, { limits: { maxUnpackedBytes: 20 * 1024 * 1024 } })).rejects.toThrow(/unpack to 50 MB .*zip bomb/);
  });

  it("a zip bomb posing as a DOCX", async () => {
    await expect(importFile(zipBomb("docx", 50), { limits: { maxUnpackedBytes: 20 * 1024 * 1024 } })).rejects.toThrow(/DOCX would unpack to 50 MB/);
  });

  it("a file whose extension lies: a PNG named .epub is read as an image", async () => {
    await expect(importFile(pngOf(50, 50), { filename: "book.epub" })).rejects.toThrow(/PNG image needs text recognition/);
  });

  it("a file over the size limit, before anything is parsed", async () => {
    const fx = await buildBookPdf({ seed: 1, paragraphs: 3 });
    await expect(importFile(fx.bytes, { limits: { maxBytes: 1000 } })).rejects.toThrow(/^The file is [\d.]+ MB; the limit is 0\.0 MB\. Split the book into parts\.$/);
  });

  it("a PDF over the page limit", async () => {
    const fx = await buildBookPdf({ seed: 2, paragraphs: 20 });
    await expect(importFile(fx.bytes, { limits: { maxPages: 1 } })).rejects.toThrow(new RegExp(`has ${fx.pages} pages; the limit is 1`));
  });

  it("a ZIP that is neither EPUB nor DOCX, and an empty file", async () => {
    await expect(importFile(zipSync({ "a.txt": strToU8("hello") }))).rejects.toThrow(/ZIP archive, but not an EPUB/);
    await expect(importFile(new Uint8Array())).rejects.toThrow(/empty/);
  });

  it("an EPUB with no package document", async () => {
    const epub = zipSync({ mimetype: strToU8("application/epub+zip"), "META-INF/container.xml": strToU8("<container/>") });
    await expect(importDocument(epub)).rejects.toThrow(/no package document/);
  });
});
