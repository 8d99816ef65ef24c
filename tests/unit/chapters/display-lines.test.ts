// What an e-text converted from a web page sets apart from its prose: equations written out on
// lines of their own, placeholders of pictures ("Fig. 3: file fig03.gif", equations printed as
// pictures), a text browser's link numbers ("[4]Plate 2"), and notes opened "*)" under a "Notes"
// label. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";
import { markDisplayLines } from "@/lib/chapters/display-lines";
import { normalizeDocument, toBlocks } from "@/lib/chapters/blocks";

const chapter = (text: string) => cleanDocument(`CHAPTER 1. OF PUMPS AND WHEELS\n\n${text}\n`).chapters[0];
const texts = (text: string) => chapter(text).sentences.map((s) => s.text);

describe("equations written out on lines of their own", () => {
  it("are no sentences between sentences", () => {
    const out = texts(`The pump lifts the water by the following rules:\n\n                       p1 = p\n                       q1 = q\n\nThese rules hold for any pump of the kind.`);
    expect(out).toEqual(["The pump lifts the water by the following rules:", "These rules hold for any pump of the kind."]);
  });

  it("stay in a sentence that runs through them", () => {
    const out = texts(`The height of the column is h, and we find\n\n                       h = k-d.\n\nThe column is therefore lower than before.`);
    expect(out).toEqual(["The height of the column is h, and we find h = k-d.", "The column is therefore lower than before."]);
  });

  it("take a connecting word between two of them along, not the next paragraph", () => {
    const out = texts(`The two readings of the gauge give:\n\n                       r = 0\n\nand\n\n                       formula 9: file formula09.png\n\nAs the gauge warms, the readings drift apart.`);
    expect(out).toEqual(["The two readings of the gauge give:", "As the gauge warms, the readings drift apart."]);
  });

  it("are told from prose lines holding an equals sign", () => {
    const blocks = toBlocks(normalizeDocument("The total = the sum of the parts, as every clerk knows.\n"));
    expect(markDisplayLines(blocks).formulas).toBe(0);
  });
});

describe("picture placeholders", () => {
  it("of a figure cutting a sentence are taken out of it", () => {
    const out = texts(`The keeper walks along the wall in the direction shown in\n\n                  Fig. 04: file fig04.gif\n\nthe plan, and counts the stones as he goes.`);
    expect(out).toEqual(["The keeper walks along the wall in the direction shown in the plan, and counts the stones as he goes."]);
  });

  it("of an equation inside a sentence leave [equation] where it stood, on its own line or in the line", () => {
    const out = texts(`The time between two strokes is not one hour, but\n\n                  eq. 12: file eq12.gif\n\nhours, a little longer. For the fast wheel the gear gives eq. 12a ,\n\nand the wheel would stop.`);
    expect(out).toEqual(["The time between two strokes is not one hour, but [equation] hours, a little longer.", "For the fast wheel the gear gives [equation], and the wheel would stop."]);
  });

  it("between sentences are left out, and no run of them is taken for running heads", () => {
    const lines = [1, 2, 3, 4].map((n) => `The ${["first", "second", "third", "fourth"][n - 1]} law of the lever is written thus:\n\n                  eq. ${n}: file eq0${n}.gif\n\nIt holds for every lever we know of.`);
    const ch = chapter(lines.join("\n\n"));
    expect(ch.text).not.toMatch(/eq\.|gif|equation/);
    expect(ch.sentences).toHaveLength(8);
    expect(ch.pages).toEqual([]);
  });
});

describe("a text browser's link numbers", () => {
  it("are taken off the word they are glued before", () => {
    expect(texts("The river bends twice (see [4]Plate 2) before the weir.")).toEqual(["The river bends twice (see Plate 2) before the weir."]);
  });
});

describe("notes opened \"*)\" under a Notes label", () => {
  const section = (n: number, words: string) => `THE ${["FIRST", "SECOND"][n - 1]} LOCK\n\nThe keeper opens the lower gate * when the level ${words}. Then the boat moves in.\n\n  Notes\n\n*) The gate of the ${["first", "second"][n - 1]} lock is of oak.`;
  const ch = cleanDocument(`A HISTORY OF THE LOCKS\n\n${section(1, "falls")}\n\n${section(2, "is even")}\n`).chapters[0];

  it("are filed as footnotes, each linked to its asterisk in the text above", () => {
    expect(ch.footnotes.map((f) => f.text)).toEqual(["The gate of the first lock is of oak.", "The gate of the second lock is of oak."]);
    expect(ch.footnotes.map((f) => ch.sentences[f.citedAt!.sentence].text)).toEqual([
      "The keeper opens the lower gate when the level falls.",
      "The keeper opens the lower gate when the level is even.",
    ]);
  });

  it("leave neither the label, nor the note, nor the asterisk in the text", () => {
    expect(ch.text).not.toMatch(/Notes|\*|oak/);
  });
});

describe("a unit of measure after a quantity", () => {
  it("ends the sentence before a word that starts one", () => {
    expect(splitSentences("The wind blew at 40 km./hr. At dusk it fell.").map((s) => s.text)).toEqual(["The wind blew at 40 km./hr.", "At dusk it fell."]);
    expect(splitSentences("It ran 12,000 ft./sec. In the end it slowed.").map((s) => s.text)).toEqual(["It ran 12,000 ft./sec.", "In the end it slowed."]);
  });

  it("does not end one before a lower-case word, and a section reference stays whole", () => {
    expect(splitSentences("It fell in 5 sec. or less. See Sec. 4 below.").map((s) => s.text)).toEqual(["It fell in 5 sec. or less.", "See Sec. 4 below."]);
  });
});
