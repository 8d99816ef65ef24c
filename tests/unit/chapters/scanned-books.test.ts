// Scanned 19th-century books as OCR reads them, in three page designs (tests/fixtures/build/
// scan-books.ts): running heads with and without page numbers, page numbers alone at the foot,
// marginal side-notes read into the text in three ways, footnotes at the page foot, hyphenation at
// line and page ends, sentences running on over page breaks, OCR misreadings. The cleaned text is
// measured against the Gutenberg original the fixture was laid out from.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isEnglishWord } from "@/lib/cards/rank/frequency";
import { fixture } from "./fixtures";
import { readScanSource } from "../../fixtures/build/scan-layout";
import { measureScan } from "./scan-measure";

const BOOKS = ["thucydides-book1-ch1", "lombard-street-ch3", "english-constitution-ch2"];

describe.each(BOOKS)("the scanned book %s", (name) => {
  const r = measureScan(name);
  const source = readScanSource(name);

  it("keeps every side-note out of the text", () => {
    expect(source.sideNotes.length).toBeGreaterThanOrEqual(9);
    expect(r.sideNotesInText).toEqual([]);
  });

  it("leaves no running head, page number or broken hyphenation in the text", () => {
    expect(r.strayCapitals).toEqual([]);
    expect(r.strayNumbers).toEqual([]);
    expect(r.brokenHyphens).toEqual([]);
  });

  it("keeps each footnote whole and out of the text", () => {
    expect(r.footnotes).toEqual(source.footnotes);
  });

  it("finds every sentence of the original whole, those running over a page break too", () => {
    expect(r.acrossPages).toBeGreaterThanOrEqual(4);
    expect(r.missingAcrossPages).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it("makes no sentence of a side-note, a head or a fragment", () => {
    expect(r.extra).toEqual([]);
  });

  it("gives every sentence the page it starts on", () => {
    expect(r.wrongPages).toEqual([]);
  });

  it("keeps the original's words and adds none", () => {
    expect(r.wordRecall).toBeGreaterThanOrEqual(0.995);
    expect(r.wordPrecision).toBeGreaterThanOrEqual(0.995);
  });
});

/** The words of a scan, less the halves of words hyphenated at a line or page end. */
function wholeWords(scan: string): string[] {
  const out: string[] = [];
  let split = false; // the last line of text ended with half a word
  for (const line of scan.split("\n")) {
    const words = line.trim().split(/[^\p{L}\d-]+/u).filter(Boolean);
    if (line.trim().length < 30) continue; // heads, page numbers, side-notes
    if (split) words.shift();
    split = line.trim().endsWith("-");
    if (split) words.pop();
    out.push(...words.flatMap((w) => w.split("-")));
  }
  return out;
}

describe("the cleaning rules name nothing from these books", () => {
  // Side-note texts, headings, the OCR misreadings put into the scans, and the books' names.
  const strings = BOOKS.flatMap((name) => {
    const source = readScanSource(name);
    const all = [...source.paragraphs, ...source.sideNotes, ...source.headings, ...source.footnotes].join(" ");
    const original = new Set(all.split(/[^\p{L}\d]+/u));
    const misread = wholeWords(fixture(`scan-${name}.txt`)).filter((w) => w.length > 3 && !original.has(w) && /\p{Ll}/u.test(w) && !isEnglishWord(w));
    const names = all.match(/(?<![\p{L}])\p{Lu}\p{Ll}{4,}/gu) ?? [];
    return [...source.sideNotes, ...source.headings.filter((h) => h.length > 12), ...misread, ...names.filter((n) => !isEnglishWord(n))];
  });
  const rules = readdirSync(path.join(__dirname, "../../../lib/chapters")).map((f) => readFileSync(path.join(__dirname, "../../../lib/chapters", f), "utf8")).join("\n");

  it("finds strings to look for (the check is not vacuous)", () => {
    expect(strings.length).toBeGreaterThan(60);
  });

  it("has none of them in lib/chapters, code or comments", () => {
    expect(strings.filter((s) => rules.toLowerCase().includes(s.toLowerCase()))).toEqual([]);
  });
});
