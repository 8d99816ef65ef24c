// OCR runs tesseract.js from node_modules: these tests also show that nothing is fetched (fetch is
// replaced by one that fails, and tesseract would have to download its model otherwise).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importDocument } from "@/lib/import";
import { localOcr } from "@/lib/import/ocr/local";
import { buildBookPdf } from "@/tests/support/pdf-book";
import { pngOf, scannedPdf } from "@/tests/support/bad-files";
import { renderPdfPage } from "@/lib/import/ocr/render";
import { cer, wordAccuracy } from "@/tests/support/prose";
import type { PageText } from "@/lib/import/layout";


describe("OCR of scans and photos", () => {
  const fetchSpy = vi.fn(() => Promise.reject(new Error("network used")));
  beforeAll(() => { vi.stubGlobal("fetch", fetchSpy); });
  afterAll(() => { vi.unstubAllGlobals(); });

  it("reads a scanned two-page PDF at 300 dpi: text within 5% CER, footnotes out of the body, printed pages exact, per-page progress", async () => {
    const fx = await buildBookPdf({ seed: 7, paragraphs: 9, firstPage: 36, runningHead: "THE SALT ROADS", pageNumbers: "foot", footnoteEvery: 7 });
    const scan = await scannedPdf(fx.bytes, 2);
    const progress: number[] = [];
    const { imported, doc } = await importDocument(scan, { ocr: localOcr({ progress: (done) => void progress.push(done) }) });
    expect(imported.ocr).toBe(true);
    expect(progress).toEqual([1, 2]);
    const onTwoPages = fx.sentences.filter((s) => Number(s.page) <= 37);
    const reference = onTwoPages.map((s) => s.text).join(" ");
    const body = doc.chapters.map((c) => c.text).join(" ");
    const rate = cer(reference, body);
    console.log(`OCR: CER ${(rate * 100).toFixed(2)}%, word accuracy ${(wordAccuracy(reference, body) * 100).toFixed(1)}%`);
    expect(rate).toBeLessThanOrEqual(0.05);
    expect(body).not.toMatch(/ledger entry|abbey archive|SALT ROADS/);
    const notes = doc.chapters.flatMap((c) => c.footnotes);
    expect(notes.length).toBeGreaterThanOrEqual(fx.footnotes.filter((n) => Number(n.page) <= 37).length);
    const sentences = doc.chapters.flatMap((c) => c.sentences);
    for (const s of sentences) {
      const source = onTwoPages.find((x) => cer(x.text, s.text) < 0.1);
      if (source) expect(s.page).toBe(source.page);
    }
    expect(sentences.filter((s) => onTwoPages.some((x) => cer(x.text, s.text) < 0.1)).length).toBeGreaterThan(onTwoPages.length * 0.9);
    expect(fetchSpy).not.toHaveBeenCalled();
  }, 180_000);

  it("reads a photo of a page (PNG) with its running head and printed number, and resumes from pages already recognised", async () => {
    const fx = await buildBookPdf({ seed: 4, paragraphs: 12, firstPage: 9, runningHead: "THE SALT ROADS", pageNumbers: "head" });
    expect(fx.pages).toBeGreaterThanOrEqual(2);
    const page = await renderPdfPage(fx.bytes, 2, 300, { maxPages: 5 });
    const store = new Map<number, PageText>();
    const pageStore = { load: async (i: number) => store.get(i) ?? null, save: async (i: number, p: PageText) => void store.set(i, p) };
    const first = await importDocument(page.png, { ocr: localOcr({ pageStore }) });
    expect(first.imported.format).toBe("png");
    expect(store.size).toBe(1);
    const reference = fx.sentences.filter((s) => s.page === "10").map((s) => s.text).join(" ");
    const body = first.doc.chapters.map((c) => c.text).join(" ");
    expect(cer(reference, body)).toBeLessThanOrEqual(0.05);
    expect(body).not.toContain("SALT ROADS"); // a head seen once, on its own row with the page number
    expect(new Set(first.doc.chapters.flatMap((c) => c.sentences.map((s) => s.page)))).toEqual(new Set(["10"]));
    // Second run: the kept page is used, tesseract is not started (a recogniser that throws proves it).
    const again = await importDocument(page.png, { ocr: localOcr({ pageStore: { ...pageStore, save: async () => { throw new Error("should not recognise again"); } } }) });
    expect(again.doc.chapters[0].text).toBe(first.doc.chapters[0].text);
  }, 120_000);

  it("says so when a photo holds no text", async () => {
    await expect(importDocument(pngOf(600, 800), { ocr: localOcr() })).rejects.toThrow(/No readable text was found on this page image/);
  }, 60_000);
});
