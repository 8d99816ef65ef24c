// What stands between a chapter's heading and its prose without being prose (an epigraph in verse
// with its author's name; a letter's or a newspaper essay's head: subtitle, date, salutation), and a
// signature under the last paragraph: kept out of the sentences. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const PROSE = `The canal was begun in the spring, when the ground had thawed, and the
first mile was dug by hand before the engines came. The company paid its
men by the yard, and the work went faster than anyone had hoped.

By the autumn the cut reached the river, and the first barge passed
through it in November, carrying coal to the mills of the lower town.`;

const sentencesOf = (text: string) => cleanDocument(text).chapters[0].sentences.map((s) => s.text);

describe("an epigraph under the chapter heading", () => {
  const text = `CHAPTER III.\nTHE CANAL.\n\n  Slow waters under the willow,\n    Bearing the coal to the sea,\n  Patient as oxen at the furrow,\n    What do you carry for me?\n\n  MARY TALBOT.\n\n${PROSE}\n`;

  it("is kept out of the sentences, author and all", () => {
    const out = sentencesOf(text);
    expect(out[0]).toMatch(/^The canal was begun in the spring/);
    expect(out.some((s) => /willow|TALBOT/.test(s))).toBe(false);
  });

  it("is reported in the layout notes", () => {
    expect(cleanDocument(text).layout.notes.some((n) => /epigraph/.test(n))).toBe(true);
  });
});

describe("the head of a letter or a newspaper essay", () => {
  const text = `LETTER No. 4\n\nOn the Same Subject\n\n(The Canal Considered as a Public Work)\n\nFrom the Weekly Courier.\n\nTuesday, March 8, 1791.\n\nTo the Freeholders of the County:\n\n${PROSE}\n\nAGRICOLA.\n`;

  it("is kept out of the sentences, and so is the signature", () => {
    const out = sentencesOf(text);
    expect(out[0]).toMatch(/^The canal was begun in the spring/);
    expect(out.at(-1)).toMatch(/mills of the lower town\.$/);
    expect(out.some((s) => /Courier|1791|Freeholders|AGRICOLA|Public Work/.test(s))).toBe(false);
  });
});

describe("short opening lines that are prose", () => {
  it("stay: a chapter may open with a short paragraph", () => {
    const out = sentencesOf(`CHAPTER III.\nTHE CANAL.\n\nNobody wanted the canal.\n\nLeast of all the carters.\n\n${PROSE}\n`);
    expect(out.slice(0, 2)).toEqual(["Nobody wanted the canal.", "Least of all the carters."]);
  });

  it("stay when a line in capitals ends the chapter's last sentence", () => {
    const out = sentencesOf(`CHAPTER III.\nTHE CANAL.\n\n${PROSE}\n\nAnd so it was done.\n`);
    expect(out.at(-1)).toBe("And so it was done.");
  });
});

describe("a Markdown section opening on a dated lead-in", () => {
  it("keeps its heading and the lead-in line", () => {
    const ch = cleanDocument(`# Chapter 2. The Canal\n\n## Overview\n\nBy March 1791 the work stood as follows:\n\n${PROSE}\n`).chapters[0];
    expect(ch.paragraphs.some((p) => p.kind === "heading" && ch.text.slice(p.start, p.end) === "Overview")).toBe(true);
    expect(ch.text).toMatch(/By March 1791 the work stood as follows:/);
  });
});

// Session 10: an essay opening under its title with several epigraphs (a motto, verses, their
// source set in among them) and then its heading repeated, numbered, in capitals.
describe("several epigraphs under an essay's title, then its numbered heading", () => {
  const text = `     ON CANALS.\n\n     "Festina lente."\n\n     "Slow waters under the willow,\n     Bearing the coal to the sea,\n     Patient as oxen at the furrow."\n\n     From an old song of the Midland boatmen.\n\n\n     Dig the cut across the meadow,\n     Line it well with puddled clay.\n\n\nIV. ON CANALS.\n\n${PROSE}\n`;

  it("keeps the epigraphs and the repeated heading out of the sentences", () => {
    const out = sentencesOf(text);
    expect(out[0]).toMatch(/^The canal was begun in the spring/);
    expect(out.some((s) => /Festina|willow|boatmen|meadow|ON CANALS/.test(s))).toBe(false);
  });

  it("keeps a set-in line with no verses near it: a motto alone may be a short paragraph", () => {
    const out = sentencesOf(`CHAPTER III.\nTHE CANAL.\n\n   "Who paid for it?"\n\n${PROSE}\n`);
    expect(out[0]).toBe(`"Who paid for it?"`);
  });
});
