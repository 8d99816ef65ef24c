// A scanned page design with a LEFT-margin gloss column (lib/chapters/lead-glosses.ts), topical
// running heads in capitals at page tops (topical-heads.ts), indent-only paragraphs, misread short
// words (ocr-function-words.ts) and a line of years under a chapter's number, all on INVENTED pages.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { liftLeadGlosses, splitLead } from "@/lib/chapters/lead-glosses";
import { liftTopicalHeads } from "@/lib/chapters/topical-heads";
import { repairFunctionWords } from "@/lib/chapters/ocr-function-words";
import { paragraphs, wrap } from "../../support/prose";

const WIDTH = 56;
const GLOSS = 16; // the gloss column's width; the text stands GLOSS + 2 right on a page with a gloss
const LINES = 24;

type Page = { lines: string[]; glosses: { at: number; lines: string[] }[]; head: string };

/** Invented prose laid out in pages of LINES lines, paragraphs marked by a three-space indent only. */
function pagesOf(seed: number, glossed: (page: number) => { at: number; lines: string[] }[], head: (page: number) => string): Page[] {
  const lines = paragraphs(seed, 30, [4, 6]).flatMap((p) => wrap(p.join(" "), WIDTH, "   "));
  const pages: Page[] = [];
  for (let i = 0; i * LINES < lines.length; i++) pages.push({ lines: lines.slice(i * LINES, (i + 1) * LINES), glosses: glossed(i), head: head(i) });
  return pages;
}

function render(pages: Page[]): string {
  return pages
    .map((p, n) => {
      const shift = p.glosses.length ? GLOSS + 2 : 0;
      const body = p.lines.map((l) => " ".repeat(shift) + l);
      for (const g of p.glosses) g.lines.forEach((t, k) => (body[g.at + k] = t.padEnd(shift) + body[g.at + k].slice(shift)));
      const head = p.head ? [" ".repeat(shift + Math.floor((WIDTH - p.head.length) / 2)) + p.head, ""] : [];
      return [...head, ...body, "", " ".repeat(shift + WIDTH / 2) + String(n + 1)].join("\n");
    })
    .join("\n\f");
}

const GLOSSES = [
  { at: 3, lines: ["Salt bought", "inland."] },
  { at: 10, lines: ["The new road."] },
  { at: 2, lines: ["Tolls of the", "bridge, 1412."] },
  { at: 15, lines: ["A fair held."] },
];
const glossed = (page: number) => (page % 2 === 0 ? [GLOSSES[page % 4], GLOSSES[(page + 1) % 4]] : []);
const topics = ["THE SALT ROAD.", "TOLLS AND FAIRS.", "THE NEW BRIDGE."];
const topical = (page: number) => (page === 0 ? "" : page % 2 === 1 ? topics[Math.floor(page / 2) % 3] : "A HISTORY OF TRADE.   [CHAP. IV.");
const plain = pagesOf(7, () => [], () => "");

describe("splitLead", () => {
  it("reads a few short words at the margin before a wide gap", () => {
    expect(splitLead("Salt bought       the merchants of the town")).toEqual({ gloss: "Salt bought", col: 18, text: "the merchants of the town" });
    expect(splitLead("1412.             on the peace establishment")).toMatchObject({ gloss: "1412." });
  });
  it("reads no lead in a line of prose, a table's row or a line set in", () => {
    expect(splitLead("The merchants of the town sold salt.  Then they left")).toBeNull();
    expect(splitLead("Iron       7.8     2.1")).toBeNull();
    expect(splitLead("   The merchants      of the town")).toBeNull();
  });
});

describe("liftLeadGlosses", () => {
  const pages = pagesOf(7, glossed, () => "");
  const doc = render(pages);

  it("lifts every gloss and moves each glossed page back to the margin", () => {
    const r = liftLeadGlosses(doc);
    expect(r.glosses).toEqual(pages.flatMap((p) => p.glosses.map((g) => g.lines.join(" "))));
    expect(r.text).toBe(render(plain));
  });

  it("keeps the cleaned text free of glosses, with the paragraphs of the page design", () => {
    const ch = cleanDocument(doc).chapters[0];
    for (const g of GLOSSES) expect(ch.text).not.toContain(g.lines[0]);
    expect(ch.paragraphs.length).toBe(cleanDocument(render(plain)).chapters[0].paragraphs.length);
    expect(ch.text).toBe(cleanDocument(render(plain)).chapters[0].text);
  });

  it("joins a word hyphenated at a line end across the gloss beside the next line", () => {
    const p = pagesOf(7, glossed, () => "");
    p[0].lines[9] = "   The keepers of the tolls were called to the chapel of Ard-";
    p[0].lines[10] = "ley, and the reeve read the charter to them.";
    expect(p[0].glosses.map((g) => g.at)).toContain(10); // "The new road." beside the word's second half
    const text = cleanDocument(render(p)).chapters[0].text;
    expect(text).toContain("chapel of Ardley, and the reeve");
    expect(text).not.toContain("road. ley");
  });

  it("leaves a text with no shifted pages alone: a list of labels at the margin, a table", () => {
    const list = ["Iron       7.8     2.1", "Lead       11.3    0.9", "Tin        7.3     1.4", "Zinc       7.1     1.1"].join("\n");
    expect(liftLeadGlosses(list).glosses).toEqual([]);
    // Labels at the margin over lines that also start at the margin: no page stands right of a column.
    const labelled = render(plain).replace(/^ {3}(\S+ \S+)/gm, "$1   ");
    expect(liftLeadGlosses(labelled).glosses).toEqual([]);
  });
});

describe("liftTopicalHeads", () => {
  const doc = render(pagesOf(7, () => [], topical));

  it("lifts the changing heads in capitals over text that runs on, and leaves the repeated head to the furniture pass", () => {
    const r = liftTopicalHeads(doc);
    expect(r.heads.length).toBeGreaterThanOrEqual(3);
    for (const h of r.heads) expect(topics).toContain(h);
    expect(r.text).toContain("A HISTORY OF TRADE.");
  });

  it("leaves no head in the cleaned text", () => {
    const text = cleanDocument(doc).chapters.map((c) => c.text).join(" ");
    for (const t of topics) expect(text).not.toContain(t);
    expect(text).not.toContain("HISTORY OF TRADE");
  });

  it("keeps a chapter's label and a heading over a sentence that begins after one that ended", () => {
    const pages = pagesOf(7, () => [], topical);
    pages[3].head = "CHAPTER V.";
    // A title in capitals over a sentence that begins, on a page after one that ended its sentence.
    pages[4].lines[0] = "   The fair was held in the meadow by the river each year.";
    pages[3].lines[pages[3].lines.length - 1] = "and so the year ended.";
    pages[5].head = "THE FAIR.";
    pages[5].lines[0] = "   The fair was held in the meadow by the river each year.";
    pages[4].lines[pages[4].lines.length - 1] = "and so the year ended.";
    const r = liftTopicalHeads(render(pages));
    expect(r.text).toContain("CHAPTER V.");
    expect(r.heads).not.toContain("THE FAIR.");
    expect(r.text).toContain("THE FAIR.");
  });
});

describe("repairFunctionWords", () => {
  it("repairs 'aud' always, 'arid' only where no adjective can stand, 'bo' only after to or a modal", () => {
    expect(repairFunctionWords("the salt aud the cloth; arid the reeve said he would bo there to bo paid").text).toBe("the salt and the cloth; and the reeve said he would be there to be paid");
  });
  it("leaves the real words alone", () => {
    const text = "the arid plain, an arid and stony waste; the bo tree; Aud the Deep-minded; audible";
    expect(repairFunctionWords(text)).toEqual({ text, repairs: 0 });
  });
});

describe("a line of years under a chapter's number", () => {
  it("is no title", () => {
    const body = paragraphs(3, 4).map((p) => wrap(p.join(" "), WIDTH, "   ").join("\n")).join("\n");
    const doc = cleanDocument(`                    CHAPTER IV.\n                     1412–1420.\n\n${body}\n`);
    expect(doc.chapters[0].title).not.toMatch(/1412/);
    expect(doc.chapters[0].text).not.toMatch(/1412–1420/);
    const oneLine = cleanDocument(`CHAPTER IV. 1412–1420.\n\n${body}\n`);
    expect(oneLine.chapters[0].number).toBe("4");
    expect(oneLine.chapters[0].title).not.toMatch(/1412/);
  });
});
