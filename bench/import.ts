// Book import speed and accuracy, beside Debian's `pdftotext -layout` (poppler-utils) run in the
// same session on the same files as the reference extractor:
// - a generated 300-page text PDF (running heads, page numbers, footnotes, side-notes) imported
//   end to end to cards, in a child process so its wall time and peak RSS are its own;
// - character error rate against the known text on a 10-page sample of the same layout, for both;
// - OCR seconds per page and word accuracy on pages rendered at 300 dpi.
// Run: npx tsx bench/import.ts [--quick]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { importDocument } from "@/lib/import";
import { generateCards } from "@/lib/cards";
import { localOcr } from "@/lib/import/ocr/local";
import { buildBookPdf, type BookOptions } from "@/tests/support/pdf-book";
import { scannedPdf } from "@/tests/support/bad-files";
import { cer, wordAccuracy } from "@/tests/support/prose";

const child = process.argv.indexOf("--child");
if (child >= 0) {
  // Child: import one file to cards and report time and peak memory.
  const bytes = readFileSync(process.argv[child + 1]);
  const t = performance.now();
  const { doc } = await importDocument(bytes);
  const cards = doc.chapters.reduce((n, c) => n + generateCards(c, { max: 60 }).length, 0);
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, chapters: doc.chapters.length, sentences: doc.chapters.reduce((n, c) => n + c.sentences.length, 0), cards }) + "\n");
  process.exit(0);
}

const quick = process.argv.includes("--quick");
const layout: Omit<BookOptions, "paragraphs"> = { seed: 42, firstPage: 15, runningHead: "THE SALT ROADS", pageNumbers: "head", footnoteEvery: 9, sideNoteEvery: 5 };
const dir = mkdtempSync(path.join(os.tmpdir(), "bench-import-"));

function pdftotext(file: string): { text: string; ms: number } | null {
  const t = performance.now();
  const r = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  return r.status === 0 ? { text: r.stdout, ms: performance.now() - t } : null;
}


try {
  // 1. The 300-page book, end to end.
  const big = await buildBookPdf({ ...layout, paragraphs: quick ? 400 : 1830 });
  const bigFile = path.join(dir, "book.pdf");
  writeFileSync(bigFile, big.bytes);
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/import.ts", "--child", bigFile], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(run.stderr);
  const ours = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { ms: number; rssMb: number; chapters: number; sentences: number; cards: number };
  const ref = pdftotext(bigFile);
  console.log(`| ${big.pages}-page text PDF (${(big.bytes.length / 1048576).toFixed(1)} MB) | seconds | peak RSS MB | output |`);
  console.log("| --- | --- | --- | --- |");
  console.log(`| lib/import → chapters → cards | ${(ours.ms / 1000).toFixed(1)} | ${ours.rssMb.toFixed(0)} | ${ours.sentences} sentences, ${ours.cards} cards |`);
  console.log(`| pdftotext -layout (text only) | ${ref ? (ref.ms / 1000).toFixed(1) : "n/a (install poppler-utils)"} | – | ${ref ? `${(ref.text.length / 1024).toFixed(0)} KB of text` : ""} |`);

  // 2. Accuracy on a 10-page sample of the same layout (edit distance is quadratic: a sample keeps it quick).
  const sample = await buildBookPdf({ ...layout, seed: 43, paragraphs: 70 });
  const sampleFile = path.join(dir, "sample.pdf");
  writeFileSync(sampleFile, sample.bytes);
  const { doc } = await importDocument(sample.bytes);
  const body = doc.chapters.map((c) => c.text).join("\n\n");
  const refText = pdftotext(sampleFile)?.text;
  console.log(`\n| ${sample.pages}-page sample vs known text | CER | word accuracy |`);
  console.log("| --- | --- | --- |");
  console.log(`| lib/import (body text) | ${(cer(sample.body, body) * 100).toFixed(2)}% | ${(wordAccuracy(sample.body, body) * 100).toFixed(1)}% |`);
  if (refText) console.log(`| pdftotext -layout | ${(cer(sample.body, refText) * 100).toFixed(2)}% | ${(wordAccuracy(sample.body, refText) * 100).toFixed(1)}% |`);

  // 3. OCR on scanned pages (300 dpi renders of the sample's first pages).
  const ocrPages = quick ? 1 : 3;
  const scan = await scannedPdf(sample.bytes, ocrPages);
  const t = performance.now();
  const scanned = await importDocument(scan, { ocr: localOcr() });
  const perPage = (performance.now() - t) / 1000 / ocrPages;
  const known = sample.sentences.filter((s) => Number(s.page) < Number(sample.sentences[0].page) + ocrPages).map((s) => s.text).join(" ");
  const ocrText = scanned.doc.chapters.map((c) => c.text).join(" ");
  console.log(`\n| OCR, ${ocrPages} page(s) at 300 dpi | s/page (incl. worker start) | CER | word accuracy | low-confidence words |`);
  console.log("| --- | --- | --- | --- | --- |");
  console.log(`| tesseract.js (eng, best_int) | ${perPage.toFixed(1)} | ${(cer(known, ocrText) * 100).toFixed(2)}% | ${(wordAccuracy(known, ocrText) * 100).toFixed(1)}% | ${scanned.imported.lowConfidence.length} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
