// Plain-text e-book markup: "+bold+" and "=bold=", run-in headings before a dash, and indices
// written out as "(sup)" / "(sub)". Invented text throughout.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { stripInlineMarkup } from "@/lib/chapters/inline";
import { splitRunInHeadings, stripPlainBold, unwrapBoldLines, writeIndices } from "@/lib/chapters/plain-markup";
import { toBlocks } from "@/lib/chapters/blocks";

const chapter = (text: string) => cleanDocument(text).chapters[0];

describe("run-in headings", () => {
  const text = [
    "CHAPTER IV",
    "",
    "THE TIDES",
    "",
    "+Spring Tides.+--Twice a month the sun and the moon pull in one line,",
    "and the tide then rises highest. Sailors have long known it.",
    "",
    "=Neap Tides.=—Between those times the pulls are at right angles, and",
    "the range of the tide is least.",
    "",
    "_Tide Tables._--Harbour offices print the hours of high water for a year.",
  ].join("\n");

  it("sets a bold run-in heading apart from the first sentence of its paragraph", () => {
    const c = chapter(text);
    const headings = c.paragraphs.filter((p) => p.kind === "heading").map((p) => c.text.slice(p.start, p.end));
    expect(headings).toEqual(["Spring Tides", "Neap Tides", "Tide Tables"]);
    expect(c.sentences.map((s) => s.text)).toEqual([
      "Twice a month the sun and the moon pull in one line, and the tide then rises highest.",
      "Sailors have long known it.",
      "Between those times the pulls are at right angles, and the range of the tide is least.",
      "Harbour offices print the hours of high water for a year.",
    ]);
    expect(c.text).not.toMatch(/[+=]/);
  });

  it("keeps the run-in headings inside the chapter: they are not chapters of their own", () => {
    const doc = cleanDocument(text.split("\n").slice(4).join("\n"));
    expect(doc.chapters).toHaveLength(1);
    expect(doc.chapters[0].sentences).toHaveLength(4);
  });

  it("leaves an italic title at the head of a sentence, and a dash inside a paragraph, alone", () => {
    const { blocks, count } = splitRunInHeadings(toBlocks("_The Lantern_--a weekly paper--was read in every inn.\n\nHe came +late+ -- as usual."));
    expect(count).toBe(0);
    expect(blocks.map((b) => b.kind)).toEqual(["body", "body"]);
  });

  it("splits plain bold without a full stop only before a capitalised sentence: a bold term opening a definition stays", () => {
    const split = (text: string) => splitRunInHeadings(toBlocks(text)).blocks.map((b) => [b.kind, b.text]);
    expect(split("=Tolls=--The bridge paid for itself in ten years.")).toEqual([["heading", "Tolls"], ["body", "The bridge paid for itself in ten years."]]);
    expect(split("**Osmosis**—the passage of water through a membrane.")).toEqual([["body", "**Osmosis**—the passage of water through a membrane."]]);
    expect(split("+Osmosis+--the passage of water through a membrane.")).toHaveLength(1);
  });
});

describe("headings in plain bold", () => {
  it.each(["=", "+"])("reads chapter headings wrapped in %s as chapters", (mark) => {
    const w = (t: string) => `${mark}${t}${mark}`;
    const text = [w("CHAPTER I."), "", w("THE MILL."), "", "The mill stood by the river. It ground corn.", "", w("CHAPTER II."), "", w("THE FORGE."), "", "The forge was older. Its fire never went out."].join("\n");
    const doc = cleanDocument(text);
    expect(doc.chapters.map((c) => [c.number, c.title, c.sentences.length])).toEqual([["1", "The Mill", 2], ["2", "The Forge", 2]]);
  });

  it("leaves a table's ruled line, and a line with bold inside it, alone", () => {
    expect(unwrapBoldLines(toBlocks("+=====+=====+\n\n=Note= the rule, then =act=")).map((b) => b.text)).toEqual(["+=====+=====+", "=Note= the rule, then =act="]);
  });
});

describe("plain bold", () => {
  it.each([
    ["+bold+ words", "He called it +the rule of thumb+, and kept to it.", "He called it the rule of thumb, and kept to it."],
    ["=bold= words", "The word =must= was printed large.", "The word must was printed large."],
    ["signed figures", "The readings were +12 and -4, then +3.", "The readings were +12 and -4, then +3."],
    ["sums and equations", "If a + b = c, then c = b + a.", "If a + b = c, then c = b + a."],
  ])("%s", (_name, input, expected) => {
    expect(stripPlainBold(input)).toBe(expected);
  });
});

describe("written-out indices", () => {
  it.each([
    ["a power", "The loss grows as T(sup)4 grows.", "The loss grows as T⁴ grows."],
    ["a formula", "Water is H(sub)2O and chalk CaCO(sub)3.", "Water is H₂O and chalk CaCO₃."],
    ["both on one letter", "It is E(T(sup)4-T(sub)1(sup)4) in all.", "It is E(T⁴-T₁⁴) in all."],
    ["a negative power", "A length of 10(sup)-8 cm.", "A length of 10⁻⁸ cm."],
    ["braced", "The sum x(sup){n+1} and y^{2} and z_{0}.", "The sum xⁿ⁺¹ and y² and z₀."],
    ["letters with a Unicode form", "The area A(sub)max.", "The area Aₘₐₓ."],
    ["no Unicode form", "The index k(sup)b and the side A(sub)bc.", "The index k^b and the side A_(bc)."],
    ["an ordinal", "On the 2(sup)nd of May.", "On the 2nd of May."],
  ])("%s", (_name, input, expected) => {
    expect(writeIndices(input)).toBe(expected);
  });

  it("reads right in the sentences, and a power is no footnote marker", () => {
    const c = chapter("The glow of a hot plate grows as T(sup)4, so doubling T multiplies it by sixteen.\n\nThe rest is lost.");
    expect(c.sentences[0].text).toBe("The glow of a hot plate grows as T⁴, so doubling T multiplies it by sixteen.");
    expect(c.footnotes).toEqual([]);
    expect(stripInlineMarkup("+Note.+ H(sub)2O")).toBe("Note. H₂O");
  });
});
