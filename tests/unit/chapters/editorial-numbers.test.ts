// Numbers a transcriber set into an e-text's running text: "/1/" note marks (the notes printed
// elsewhere) and "[12]" marks of the printed edition's pages between words. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import type { Block } from "@/lib/chapters/blocks";
import { convertEditorialNumbers } from "@/lib/chapters/editorial-numbers";

const sentences = (text: string) => cleanDocument(`CHAPTER 1.\n\n${text}\n`).chapters[0].sentences.map((s) => s.text);
const body = (text: string): Block => ({ kind: "body", lines: text.split("\n"), text });

const slashed = `The rule of the ferry was old. /1/ The ferryman answered for the
goods he carried, /2/ and for the passengers too. The courts held him
to it in every county. /3/ Later the rule was softened by statute, /4/
and at last it was given up. /5/ Few regretted it.`;

const paged = `[1] The river was the town's first road. Barges came up from the
coast with salt and went down again with wool, and the wharves grew
along both banks. The merchants built [2] their houses near the water,
and the oldest of them still stand. When the canal was cut the trade
moved to it, and [3] the wharves were left to the fishermen. By the
end of the century the river carried [4] little but timber, and the
last barge was broken up [5] for firewood.`;

describe("note marks written /1/", () => {
  it("are taken out of the sentences, which split where the marks stood", () => {
    expect(sentences(slashed)).toEqual([
      "The rule of the ferry was old.",
      "The ferryman answered for the goods he carried, and for the passengers too.",
      "The courts held him to it in every county.",
      "Later the rule was softened by statute, and at last it was given up.",
      "Few regretted it.",
    ]);
  });

  it("are left alone when there are only a couple of them (a fraction, a path)", () => {
    expect(convertEditorialNumbers([body("It rose by /2/ of its height. /1/ More.")]).notes).toBe(0);
  });
});

describe("page marks [n] counting up through the text", () => {
  it("are removed from between the words", () => {
    const out = sentences(paged);
    expect(out[0]).toBe("The river was the town's first road.");
    expect(out.join(" ")).not.toMatch(/\[\d+\]/);
    expect(out).toContain("The merchants built their houses near the water, and the oldest of them still stand.");
    expect(out.at(-1)).toBe("By the end of the century the river carried little but timber, and the last barge was broken up for firewood.");
  });

  it("are counted in the layout notes", () => {
    expect(cleanDocument(`CHAPTER 1.\n\n${paged}\n`).layout.notes).toContain("5 printed-edition page mark(s) (\"[12]\" between words) removed from the text");
  });

  it("leave a reference list, whose labels open its entries, alone", () => {
    const list = [1, 2, 3, 4, 5, 6].map((n) => body(`[${n}] Author ${n}, A Book of Rivers, London, 18${n}0.`));
    expect(convertEditorialNumbers(list).pages).toBe(0);
  });

  it("leave numbers out of sequence alone", () => {
    expect(convertEditorialNumbers([body("He cited [7] and then [3] and [12] and [40] and [2] there.")]).pages).toBe(0);
  });
});

describe("a note marker after italics", () => {
  it("is taken out with the underscores", () => {
    const text = "The ship _Northern Star_[1] sank off the cape.[2] Her cargo was lost.[3]\n\n[Footnote 1: Built in 1840.]\n\n[Footnote 2: In 1861.]\n\n[Footnote 3: Wool and tin.]";
    expect(sentences(text)).toEqual(["The ship Northern Star sank off the cape.", "Her cargo was lost."]);
  });
});
