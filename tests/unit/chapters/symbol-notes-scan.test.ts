// A scanned chapter laid out as a 19th-century history prints it (session 10): paragraphs marked
// only by an indent, side-notes read as blocks of their own (one beside the chapter's first line),
// notes marked "*" and "†" after a paragraph's last stop and printed at the page foot, a word
// hyphenated over the page with the notes and the next page's three-part head between its halves,
// and the volume's number beside the printer's signature ("VOL. II.     K"). Invented text
// (tests/support/prose), laid out by hand.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { paragraphs, wrap } from "../../support/prose";

const WIDTH = 62;
const source = paragraphs(404, 9, [4, 6]).map((p) => p.join(" "));
const layout = (text: string) => wrap(text, WIDTH, "   ");
const SIDE_NOTES = [["Purpose of this", "chapter."], ["Bridges.", ""], ["The river", "tolls."], ["The ferries."], ["Rise of the", "salt trade."]];

function scannedChapter(): { text: string; split: string } {
  const ps = source.map(layout);
  // Side-notes beside the first lines of paragraphs 0 (the chapter's first line), 2, 3, 4 and 6: a page
  // cut into many blocks, its notes' marks far above them.
  for (const [k, p] of [0, 2, 3, 4, 6].entries()) ps[p].splice(1, 0, "", ...SIDE_NOTES[k].filter(Boolean), "");
  ps[1][ps[1].length - 1] += "*"; // note marks after the paragraph's stop
  ps[2][ps[2].length - 1] += "†";
  // Paragraph 4 runs over the page in a word hyphenated there: "unfini-" / notes, head / "shed".
  const cut = 4; // (after the side-note's three lines)
  ps[4][cut] = `${ps[4][cut]} unfini-`;
  ps[4][cut + 1] = `shed ${ps[4][cut + 1]}`;
  const foot = ["", "* The figures are those of the harbour books, kept since", "the reign of the second duke.", "† Printed in the appendix to the third volume, Part II.", "Book I.", "", "",
    "1520.              THE STATE OF THE ROADS.              75", ""];
  ps[4].splice(cut + 1, 0, ...foot);
  // Paragraph 7 ends a page signed "K", with the volume's number at the left of the line.
  ps[7].push("", "VOL. II.                                              K", "", "76              A HISTORY OF TOLLS.              CHAP. VII.", "");
  const lines = ps.flat();
  return { text: `                      CHAPTER VII.\n\n${lines.join("\n")}\n`, split: "unfinished" };
}

const { text, split } = scannedChapter();
const ch = cleanDocument(text).chapters[0];
const cleanedSentences = ch.sentences.map((s) => s.text);

describe("a history's scanned chapter: indents, side-notes, symbol notes, signature with volume", () => {
  it("does not take the chapter's first line, cut by a side-note, for its title", () => {
    expect(ch.number).toBe("7");
    const first = source[0].split(". ")[0];
    expect(ch.title).not.toContain(first.slice(0, 20));
    expect(cleanedSentences[0]).toBe(`${first}.`);
  });

  it("files the notes marked * and † as footnotes cited where their marks stood, the marks out of the text", () => {
    expect(ch.footnotes.map((f) => f.number)).toEqual(["*", "†"]);
    expect(ch.footnotes[0].text).toBe("The figures are those of the harbour books, kept since the reign of the second duke.");
    expect(ch.footnotes[1].text).toBe("Printed in the appendix to the third volume, Part II. Book I."); // not a "BOOK I." heading
    expect(ch.footnotes.every((f) => f.citedAt !== null)).toBe(true);
    expect(ch.text).not.toMatch(/[*†]/);
  });

  it("starts a new paragraph after a paragraph ending on a note mark", () => {
    const starts = ch.paragraphs.filter((p) => p.kind === "body").map((p) => ch.text.slice(p.start, p.end));
    for (const p of [2, 3]) expect(starts.some((t) => t.startsWith(source[p].slice(0, 40)))).toBe(true);
  });

  it("rejoins the word hyphenated over the page, past the notes and the next page's head", () => {
    expect(ch.text).toContain(` ${split} `);
    expect(ch.text).not.toMatch(/unfini-|\bshed\b/);
  });

  it("drops the signature with the volume's number, and keeps every sentence whole", () => {
    expect(ch.text).not.toMatch(/VOL\.|\bK\b/);
    const sentences = source.flatMap((p) => p.split(/(?<=\.) /));
    const whole = sentences.filter((s) => cleanedSentences.includes(s));
    expect(sentences.length - whole.length).toBe(1); // only the one with the invented split word
  });
});
