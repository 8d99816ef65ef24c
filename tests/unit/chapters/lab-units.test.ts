// Units of measure after a quantity ("5 cc.", "10 g.") and formulas closed by a capital ("H2O.") in
// sentence splitting (lib/chapters/sentences.ts): INVENTED laboratory text.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("units and formulas in a laboratory text", () => {
  it("runs a sentence on past a unit after a quantity", () => {
    expect(texts("Pour 15 cc. H2SO4 into the beaker, and warm it gently. Weigh out 4 g. dry sand and add it.")).toEqual([
      "Pour 15 cc. H2SO4 into the beaker, and warm it gently.",
      "Weigh out 4 g. dry sand and add it.",
    ]);
  });

  it("still ends a sentence at a unit when a word that opens sentences follows", () => {
    expect(texts("The flask held 250 cc. The rest was poured away.")).toEqual(["The flask held 250 cc.", "The rest was poured away."]);
  });

  it("ends a sentence at a formula closed by a capital, and keeps initials", () => {
    expect(texts("Add a little H2O. Shake the tube well.")).toEqual(["Add a little H2O.", "Shake the tube well."]);
    expect(texts("The paper by J. Smith was read aloud.")).toEqual(["The paper by J. Smith was read aloud."]);
  });
});

describe("formulas read with a zero for O, and figure labels (invented text)", () => {
  const LAB = `CHAPTER IX

SULPHUR COMPOUNDS

When sulphur burns it forms SO2, and with more oxygen S03, which with H2O gives the acid H2SO4. The salt
Na2S04 is made from it, and the phosphate Na3P04 is made in the same way from H3PO4.

(Fig. 30)          (Fig. 31)

Heat the salt gently in a crucible until it melts. [figure 32] Let it cool and weigh it again.

In 1905 the works made 2040 tons of acid and sold 1030 of them.
`;
  const ch = cleanDocument(LAB).chapters[0];

  it("reads a zero after an element's symbol in a formula as the letter O, and leaves figures alone", () => {
    expect(ch.text).toContain("with more oxygen SO3,");
    expect(ch.text).toContain("Na2SO4 is made");
    expect(ch.text).toContain("Na3PO4 is made");
    expect(ch.text).toContain("2040 tons of acid and sold 1030 of them");
  });

  it("leaves a text without formulas alone", () => {
    const plain = cleanDocument("CHAPTER I\n\nTHE ROADS\n\nThe road B03 was closed, and the A04 was opened in the spring of that year to all traffic.\n").chapters[0];
    expect(plain.text).toContain("B03");
  });

  it("drops a line of figure labels and a placeholder inside a sentence, keeps a cited figure", () => {
    expect(ch.text).not.toMatch(/Fig\. 3[01]\)|\[figure/);
    expect(ch.sentences.map((s) => s.text)).toContain("Heat the salt gently in a crucible until it melts.");
    expect(ch.sentences.map((s) => s.text)).toContain("Let it cool and weigh it again.");
    const cited = cleanDocument("CHAPTER I\n\nGASES\n\nFill a jar with water and set it in a trough (Fig. 16) over the tube that brings the gas.\n").chapters[0];
    expect(cited.text).toContain("(Fig. 16)");
  });
});

describe("numbered problems are not notes (invented text)", () => {
  it("keeps problems labelled (1), (2)… in the text even when the prose above counts (1), (2)… too", () => {
    const text = `CHAPTER V

GASES

These trials show (1) that the gas is heavier than air, (2) that it puts out a flame, (3) that
it turns lime-water milky, and (4) that it is made whenever charcoal burns in air.

PROBLEMS.

(1) How many litres of the gas are made when ten grams of charcoal burn?

(2) How much lime-water will one litre of the gas turn milky?

(3) Why does a candle go out in a jar of the gas?

(4) What weight of charcoal burns in a room of air?
`;
    const ch = cleanDocument(text).chapters[0];
    expect(ch.footnotes).toEqual([]);
    expect(ch.text).toContain("How much lime-water will one litre of the gas turn milky?");
  });
});
