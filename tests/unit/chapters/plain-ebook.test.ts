// The four plain-text e-book conventions together on invented pages with "{n}" page markers:
// numbered bracket notes, run-in bold headings, a text table and written-out indices. Every
// sentence keeps its printed page, and nothing of the markup, the notes or the table is left in it.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const text = [
  "CHAPTER III",
  "",
  "WATER WHEELS",
  "",
  "+The Undershot Wheel.+--The oldest wheels dipped their paddles in the",
  "stream and turned with it. [12] Their power grew as V(sup)3 grew, where V",
  "is the speed of the water.",
  "",
  "[12] Ewart, _Mills of the North_, p. 40.",
  "",
  "{31} +The Overshot Wheel.+--A wheel fed from above used the weight of the",
  "water as well. The mills measured in one valley gave these figures:",
  "",
  "    Mill.          Feet.      Horse-power.",
  "",
  "    Upper           12            4",
  "    Middle          18            7",
  "    Lower           25           11",
  "",
  "{32} The lower mill, the largest, ground for three parishes. [13]",
  "",
  "[13] Valley rate book, 1790.",
].join("\n");

describe("a plain-text e-book chapter", () => {
  const c = cleanDocument(text).chapters[0];

  it("reads sentences clean, on their printed pages", () => {
    expect(c.sentences.map((s) => [s.page, s.text])).toEqual([
      ["30", "The oldest wheels dipped their paddles in the stream and turned with it."],
      ["30", "Their power grew as V³ grew, where V is the speed of the water."],
      ["31", "A wheel fed from above used the weight of the water as well."],
      ["31", "The mills measured in one valley gave these figures:"],
      ["32", "The lower mill, the largest, ground for three parishes."],
    ]);
  });

  it("files the notes against their sentences and keeps the run-in headings as headings", () => {
    expect(c.footnotes.map((f) => [f.number, f.text, f.citedAt?.sentence])).toEqual([
      ["12", "Ewart, Mills of the North, p. 40.", 0],
      ["13", "Valley rate book, 1790.", 4],
    ]);
    expect(c.paragraphs.filter((p) => p.kind === "heading").map((p) => c.text.slice(p.start, p.end))).toEqual(["The Undershot Wheel", "The Overshot Wheel"]);
    expect(c.text).not.toMatch(/[+{}[\]]|\(sup\)|Horse-power|Upper/);
  });
});
