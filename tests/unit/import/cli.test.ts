// `npm run cards -- FILE` for every format: the same chapters and cards as the web import's job
// (lib/import + the offline generator), whatever the file's name says.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { importDocument } from "@/lib/import";
import { localOcr } from "@/lib/import/ocr/local";
import { offlineGenerator } from "@/lib/cards";
import { renderPdfPage } from "@/lib/import/ocr/render";
import { buildBookPdf } from "@/tests/support/pdf-book";
import { buildDocx, buildEpub } from "@/tests/support/zip-fixtures";

function cards(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/cards.ts", ...args], { encoding: "utf8", cwd: process.cwd() });
}

async function webImportCards(bytes: Uint8Array, max: number) {
  const { doc } = await importDocument(bytes, { ocr: localOcr() });
  const out = [];
  for (const ch of doc.chapters) out.push(...(await offlineGenerator.generate(ch, { max })).map((c) => ({ front: c.front, back: c.back, page: c.source.page })));
  return out;
}

async function jpegOf(png: Uint8Array): Promise<Uint8Array> {
  const img = await loadImage(Buffer.from(png));
  const canvas = createCanvas(img.width, img.height);
  canvas.getContext("2d").drawImage(img, 0, 0);
  return new Uint8Array(await canvas.encode("jpeg", 90));
}

describe("npm run cards for book formats", () => {
  it("prints the same cards as the web import for a PDF, an EPUB, a DOCX, a web page and a JPEG photo", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cards-formats-"));
    try {
      const pdf = await buildBookPdf({ seed: 7, paragraphs: 14, firstPage: 36, runningHead: "THE SALT ROADS", pageNumbers: "head", footnoteEvery: 7 });
      const photo = await jpegOf((await renderPdfPage(pdf.bytes, 1, 300, { maxPages: 10 })).png);
      const html = new TextEncoder().encode(`<!doctype html><html><head><title>Salt</title></head><body><article><h1>Salt pans</h1><p>A salt pan is a shallow pool where seawater evaporates and leaves its salt behind. In 1241, Lubeck and Hamburg signed a treaty to protect the salt road.</p></article></body></html>`);
      const files: [string, Uint8Array][] = [["book.pdf", pdf.bytes], ["book.epub", buildEpub().bytes], ["notes.docx", buildDocx().bytes], ["page.html", html], ["page.jpg", photo]];
      for (const [name, bytes] of files) {
        writeFileSync(path.join(dir, name), bytes);
        const r = cards(path.join(dir, name), "--json", "--max", "8");
        expect(r.status, `${name}: ${r.stderr}`).toBe(0);
        const got = (JSON.parse(r.stdout) as { front: string; back: string; source: { page: string | null } }[]).map((c) => ({ front: c.front, back: c.back, page: c.source.page }));
        expect(got.length, name).toBeGreaterThan(0);
        expect(got, name).toEqual(await webImportCards(bytes, 8));
      }
      const outline = cards(path.join(dir, "book.pdf"), "--max", "2");
      expect(outline.stdout).toContain(`Chapter 1: The Salt Roads (pp. 36–${36 + pdf.pages - 1};`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("exits with code 2 and the reader's message for an encrypted PDF", async () => {
    const { encryptedPdf } = await import("@/tests/support/bad-files");
    const dir = mkdtempSync(path.join(os.tmpdir(), "cards-bad-"));
    try {
      writeFileSync(path.join(dir, "locked.txt"), await encryptedPdf());
      const r = cards(path.join(dir, "locked.txt"));
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("encrypted (password-protected)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
