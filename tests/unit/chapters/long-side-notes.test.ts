// A scanned page whose side-notes run to four to six narrow lines, read by OCR after the indented
// first line of the paragraph they stand beside (inside a hyphenated word too): lifted out of the
// sentence they cut. Invented text (tests/support/prose), laid out as an indented scanned page.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { normalizeDocument, toBlocks } from "@/lib/chapters/blocks";
import { liftSideNotes } from "@/lib/chapters/side-notes";
import { paragraphs, wrap } from "../../support/prose";

const WIDTH = 66;
/** A paragraph laid out on the page: lines of at most WIDTH characters, the first indented. */
const layout = (text: string) => wrap(text, WIDTH, "   ");

const source = paragraphs(23, 10, [4, 6]).map((p) => p.join(" "));
const NOTES = [
  ["How the valley", "towns first agreed", "to share the cost", "of the new road", "across the marsh."],
  ["The council's", "second ruling on", "the ferry tolls,", "and why the", "merchants of the", "coast refused it."],
  ["Salt carried", "inland by the", "river boats", "in the dry", "months."],
  ["Lubeck and", "Bremen share", "the cost of", "Riga's new", "harbour wall."],
];

/** The chapter as OCR reads it: notes after the first line of paragraphs 2, 5 and 9, and inside a word split at the end of paragraph 7's first line. */
function scannedPage(): string {
  const ps = source.map(layout);
  ps[2].splice(1, 0, ...NOTES[0]);
  ps[5].splice(1, 0, ...NOTES[1]);
  // Paragraph 7's first line ends in a word hyphenated over the line: "unhur-" / note / "ried ...".
  const [first, second] = [ps[7][0], ps[7][1]];
  ps[7][0] = `${first} unhur-`;
  ps[7][1] = `ried ${second}`;
  ps[7].splice(1, 0, ...NOTES[2]);
  ps[9].splice(1, 0, ...NOTES[3]); // names at the starts of its lines: only half go on in lower case
  const lines = ps.flat();
  lines.splice(30, 0, "", "                              31", ""); // a page foot
  return `CHAPTER IV.\n\nOF THE ROADS.\n\n${lines.join("\n")}\n`;
}

const text = scannedPage();

describe("long side-notes beside an indented first line", () => {
  it("lifts each note of four to six lines out of the paragraph it cut", () => {
    expect(liftSideNotes(toBlocks(normalizeDocument(text))).lifted).toEqual(NOTES.map((n) => n.join(" ")));
  });

  it("leaves every sentence whole, the word split around a note rejoined", () => {
    const chapter = cleanDocument(text).chapters[0];
    expect(chapter.title).toBe("Of the Roads");
    const body = chapter.sentences.map((s) => s.text).join(" ");
    for (const [i, p] of source.entries()) if (i !== 7) expect(body).toContain(p);
    expect(body).toContain(`${layout(source[7])[0].trim()} unhurried ${layout(source[7])[1]}`);
    for (const note of NOTES) expect(body).not.toContain(note[1]);
  });

  it("keeps the page of each sentence across the page foot", () => {
    const chapter = cleanDocument(text).chapters[0];
    expect(new Set(chapter.sentences.map((s) => s.page))).toEqual(new Set(["31", "32"]));
  });

  it("lifts a lone long note read before an indented first line, after a paragraph's full last line", () => {
    const ps = source.map(layout);
    const k = ps.findIndex((p, i) => i > 0 && ps[i - 1][ps[i - 1].length - 1].length >= WIDTH - 6);
    expect(k).toBeGreaterThan(0);
    ps[k].unshift(...NOTES[1]);
    expect(liftSideNotes(toBlocks(normalizeDocument(ps.flat().join("\n")))).lifted).toEqual([NOTES[1].join(" ")]);
  });

  it("leaves a paragraph's last line with the paragraph when a long note follows it", () => {
    const ps = source.map(layout);
    ps[3].push("Lubeck.");
    ps[4].unshift(...NOTES[0]);
    const lines = ps.flat().join("\n");
    expect(liftSideNotes(toBlocks(normalizeDocument(lines))).lifted).toEqual([NOTES[0].join(" ")]);
  });

  it("does not lift verse of five capitalised lines quoted inside a sentence", () => {
    const ps = source.map(layout);
    ps[3].splice(1, 0, "Over the hills", "And over the sea", "Came the salt boats", "Home to the quay", "Laden with grain");
    const lines = ps.flat().join("\n");
    expect(liftSideNotes(toBlocks(normalizeDocument(lines))).lifted).toEqual([]);
  });
});
