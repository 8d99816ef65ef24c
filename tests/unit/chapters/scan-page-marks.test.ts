// Marks of the printed page in an OCR'd 19th-century book (session 7): a printer's signature at a
// page foot ("D", "D 2"), a part label printed once in mid-page ("PART II."), a subtitle in
// capitals under the section's title, and side-notes that cut a sentence although they run to
// seven lines, end on a comma or open in lower case (a note's second half, on the next page's margin).
// Invented text (tests/support/prose), laid out as scanned pages with running heads.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { normalizeDocument, toBlocks } from "@/lib/chapters/blocks";
import { liftSideNotes } from "@/lib/chapters/side-notes";
import { dropSignatures } from "@/lib/chapters/signatures";
import { paragraphs, wrap } from "../../support/prose";

const WIDTH = 58;
const source = paragraphs(71, 8, [5, 7]).map((p) => p.join(" "));
const layout = (text: string) => wrap(text, WIDTH, "   ");
const head = (page: number) => (page % 2 ? `OF ROADS AND TOLLS.${" ".repeat(30)}${page}` : `${page}${" ".repeat(20)}A TREATISE ON ROADS.  [SECT. II.`);
const SIGNATURE = "                           D";

/** Lines of the paragraphs cut into pages of 24 lines: a head on top, a signature at the foot of `signed` pages. */
function pages(lines: string[], first: number, signed: number[] = []): string {
  const out: string[] = [];
  for (let at = 0, page = first; at < lines.length; at += 24, page++) {
    if (at > 0) out.push("", "");
    out.push(head(page), ...lines.slice(at, at + 24));
    if (signed.includes(page) && at + 24 < lines.length) out.push("", SIGNATURE, "");
  }
  return out.join("\n");
}

const opening = (subtitle = "OF THE RIGHT OF WAY AND THE DUTY OF REPAIR.") => `                      SECTION II.\n${subtitle}\n                        PART I.\n\n`;

describe("a printer's signature at a page foot", () => {
  const lines = source.flatMap(layout);
  // The foot of page 12 falls inside a sentence, and inside a word hyphenated over the page.
  lines[23] = `${lines[23]} unfini-`;
  lines[24] = `shed ${lines[24]}`;
  const text = opening() + pages(lines, 12, [12]);

  it("is dropped when the next page starts right after it", () => {
    expect(text).toMatch(/\n {27}D\n/);
    const doc = cleanDocument(text);
    expect(doc.layout.notes).toContain(`1 printer's signature(s) ("C", "D 2" at a page foot) dropped`);
    const ch = doc.chapters[0];
    expect(ch.paragraphs.some((p) => ch.text.slice(p.start, p.end) === "D")).toBe(false);
    expect(ch.pages.map((p) => p.page)).not.toContain("500");
  });

  it("no longer cuts the sentence running on over the page, nor the word hyphenated there", () => {
    const ch = cleanDocument(text).chapters[0];
    const cut = ch.sentences.find((s) => s.text.includes("unfinished"));
    expect(cut?.text).toMatch(/^\p{Lu}.* unfinished .*[.]$/u);
    expect(cut?.page).toBe("12");
  });

  it("is recognised after the volume's number at the left of its line (\"VOL. II.     K\"), and only at a page foot", () => {
    const page = (foot: string) => `${layout(source[0]).join("\n")}\n\n${foot}\n\n\n${head(13)}\n${layout(source[1]).join("\n")}\n`;
    for (const foot of ["VOL. II.                                        K", "Vol. 3                      K 2"]) expect(dropSignatures(toBlocks(normalizeDocument(page(foot)))).count).toBe(1);
    // Text after it, not the next page's head: no signature.
    expect(dropSignatures(toBlocks(normalizeDocument(`${layout(source[0]).join("\n")}\n\nVOL. II.                K\n\n${layout(source[1]).join("\n")}\n`))).count).toBe(0);
  });

  it("is recognised on its own, whether it reads as a roman page number (D) or not (C)", () => {
    for (const letter of ["D", "C", "F 2"]) {
      const blocks = toBlocks(normalizeDocument(`${layout(source[0]).join("\n")}\n\n                           ${letter}\n\n\n${head(13)}\n${layout(source[1]).join("\n")}\n`));
      expect(dropSignatures(blocks).count).toBe(1);
    }
  });

  it("a lone capital that a page does not follow stays (a list's letter, a section's)", () => {
    const blocks = toBlocks(normalizeDocument(`${SIGNATURE}\n\n${layout(source[0]).join("\n")}\n`));
    expect(dropSignatures(blocks).count).toBe(0);
  });
});

describe("a part label printed once in mid-page", () => {
  const ps = source.map(layout);
  const lines = [...ps[0], ...ps[1], "   PART II.", ...ps.slice(2).flat()];
  const text = opening() + pages(lines, 12);

  it("is a heading, and the sentences after it keep the page they are printed on", () => {
    const ch = cleanDocument(text).chapters[0];
    const label = ch.paragraphs.find((p) => ch.text.slice(p.start, p.end) === "PART II.");
    expect(label?.kind).toBe("heading");
    const firstAfter = ch.sentences.find((s) => s.start > label!.end)!;
    const printedOn = 12 + Math.floor((ps[0].length + ps[1].length + 1) / 24);
    expect(firstAfter.page).toBe(String(printedOn));
    expect(ch.sentences.some((s) => s.text === "PART II.")).toBe(false);
  });

  it("a bare part label heading every page stays a running head", () => {
    const all = source.flatMap(layout);
    const text2 = opening() + Array.from({ length: 4 }, (_, k) => [`PART II.`, ...all.slice(k * 20, k * 20 + 20)].join("\n")).join("\n\n");
    const ch = cleanDocument(text2).chapters[0];
    expect(ch.text).not.toMatch(/PART II\./);
  });
});

describe("a subtitle in capitals under the section's title", () => {
  it("is no sentence", () => {
    const text = opening() + pages(source.flatMap(layout), 12);
    const ch = cleanDocument(text).chapters[0];
    expect(ch.sentences.some((s) => /RIGHT OF WAY/.test(s.text))).toBe(false);
    expect(ch.sentences[0].text).toBe(source[0].split(/(?<=\.) /)[0]);
  });
});

describe("side-notes that cut a sentence", () => {
  const NOTES = [
    ["Two sorts of", "roads: those", "of the parish", "and those of", "the county,", "kept at the", "common charge."],
    ["Shown for", "the parish", "roads,"],
    ["and for the", "county ones."],
  ];
  const ps = source.map(layout);
  // Each note is read after the first line of a paragraph, which a full line leaves open.
  const cut = (p: string[], note: string[]) => [p[0].replace(/[.,;:!?]$/, ""), ...note, p[1].replace(/^(\S)/, (c) => c.toLowerCase()), ...p.slice(2)];
  const notes = [cut(ps[1], NOTES[0]), cut(ps[3], NOTES[1]), cut(ps[5], NOTES[2])];
  const lines = [...ps[0], ...notes[0], ...ps[2], ...notes[1], ...ps[4], ...notes[2], ...ps.slice(6).flat()];

  it("are lifted out of the text: seven lines, ending on a comma, opening in lower case", () => {
    const lifted = liftSideNotes(toBlocks(normalizeDocument(lines.join("\n")))).lifted;
    for (const n of NOTES) expect(lifted).toContain(n.join(" "));
  });

  it("a paragraph's own short lines are not taken for one", () => {
    const lifted = liftSideNotes(toBlocks(normalizeDocument(source.flatMap(layout).join("\n")))).lifted;
    expect(lifted).toEqual([]);
  });
});
