// Measures a cleaned scanned-book fixture against the original it was laid out from
// (tests/fixtures/build/scan-layout.ts): words, sentences, their pages, and what must not be left.
import { readFileSync } from "node:fs";
import path from "node:path";
import { cleanDocument, splitSentences } from "@/lib/chapters";
import { readScanSource } from "../../fixtures/build/scan-layout";
import { cer, wordAccuracy } from "../../support/prose";
import { fixture } from "./fixtures";

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

export type ScanReport = {
  wordRecall: number; // share of the original's words found in the cleaned text
  wordPrecision: number; // share of the cleaned text's words found in the original
  sentenceRecall: number; // share of the original's sentences found letter for letter among the cleaned ones
  sentencePrecision: number; // share of cleaned sentences found letter for letter in the original
  missing: string[]; // original sentences not found even allowing for OCR misreadings (cut, joined or garbled)
  missingAcrossPages: string[]; // of those, sentences that run on over a page break
  extra: string[]; // cleaned sentences not in the original even allowing for misreadings (notes, heads, fragments)
  acrossPages: number; // sentences of the original that run on over a page break
  wrongPages: string[]; // sentences found whose page is not the one printed
  sideNotesInText: string[]; // side-notes whose text is in the body (and not in the original)
  strayNumbers: string[]; // numbers in the body that the original does not have (page numbers)
  strayCapitals: string[]; // runs of capitals in the body that the original does not have (running heads)
  brokenHyphens: string[]; // hyphenated or hyphen-split words that the original does not have
  footnotes: string[];
  original: string[];
  cleaned: string[];
};

export function measureScan(name: string, laidOut?: { text: string; pages: [string, string, string][] }): ScanReport {
  const source = readScanSource(name);
  const pages = laidOut?.pages ?? (JSON.parse(readFileSync(path.join(__dirname, "..", "..", "fixtures", "chapters", `scan-${name}.pages.json`), "utf8")) as [string, string, string][]);
  const doc = cleanDocument(laidOut?.text ?? fixture(`scan-${name}.txt`), { filename: `scan-${name}.txt` });
  const sentences = doc.chapters.flatMap((c) => c.sentences);
  const text = doc.chapters.map((c) => c.text).join("\n\n");
  const original = source.paragraphs.flatMap((p) => splitSentences(p, 0).map((s) => norm(s.text)));
  const originalText = source.paragraphs.join("\n\n");
  const cleaned = sentences.map((s) => norm(s.text));
  const cleanedSet = new Set(cleaned);
  const originalSet = new Set(original);
  // A sentence is found when it is there whole, allowing a few misread letters (2 per 100).
  const find = (s: string) => sentences.find((c) => norm(c.text) === s) ?? sentences.find((c) => Math.abs(c.text.length - s.length) <= 6 && cer(s, norm(c.text)) <= 0.02);
  const near = (a: string, b: string) => Math.abs(a.length - b.length) <= 6 && cer(a, b) <= 0.02;
  const extra = cleaned.filter((c) => !originalSet.has(c) && !original.some((o) => near(o, c)));
  const wrongPages: string[] = [];
  const missing: string[] = [];
  const missingAcrossPages: string[] = [];
  original.forEach((s, i) => {
    const got = find(s);
    if (!got) {
      missing.push(s);
      if (pages[i][1] !== pages[i][2]) missingAcrossPages.push(s);
    } else if (got.page !== pages[i][1]) wrongPages.push(`${s.slice(0, 50)}: page ${got.page}, printed ${pages[i][1]}`);
  });
  const words = new Set(originalText.split(/[^\p{L}\d-]+/u));
  const tokens = text.split(/[^\p{L}\d-]+/u).filter(Boolean);
  return {
    wordRecall: wordAccuracy(originalText, text),
    wordPrecision: wordAccuracy(text, originalText),
    sentenceRecall: original.filter((s) => cleanedSet.has(s)).length / original.length,
    sentencePrecision: cleaned.filter((s) => originalSet.has(s)).length / cleaned.length,
    missing,
    missingAcrossPages,
    extra,
    acrossPages: pages.filter((p) => p[1] !== p[2]).length,
    wrongPages,
    sideNotesInText: source.sideNotes.filter((n) => norm(text).includes(n) && !norm(originalText).includes(n)),
    strayNumbers: tokens.filter((t) => /^\d+$/.test(t) && !words.has(t)),
    strayCapitals: [...norm(text).matchAll(/\b\p{Lu}{3,}(?:[ .]+\p{Lu}{2,})+/gu)].map((m) => m[0]).filter((m) => !originalText.includes(m)),
    brokenHyphens: tokens.filter((t) => t.includes("-") && !words.has(t)),
    footnotes: doc.chapters.flatMap((c) => c.footnotes.map((f) => f.text)),
    original,
    cleaned,
  };
}
