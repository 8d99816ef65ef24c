// Units of measure after a quantity ("5 cc.", "10 g.") and formulas closed by a capital ("H2O.") in
// sentence splitting (lib/chapters/sentences.ts): INVENTED laboratory text.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/chapters";

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
