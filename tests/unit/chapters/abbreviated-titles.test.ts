// Military, clerical and civil titles and reference abbreviations before a name or a number: the
// full stop after them is no sentence end ("Lieut. Varga sounded the bay.").
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/chapters";

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences after an abbreviated title", () => {
  it.each(["Lieut.", "Capt.", "Col.", "Gen.", "Sgt.", "Rev.", "Hon.", "Gov.", "Prof.", "St.", "Mt.", "Maj.", "Adm.", "Brig."])(
    "keeps %s with the name after it", (title) => {
      const text = `In 1790, ${title} Varga sounded the bay at dawn. The crew slept.`;
      expect(split(text)).toEqual([`In 1790, ${title} Varga sounded the bay at dawn.`, "The crew slept."]);
    });

  it.each([
    ["viz.", "Two towns remained, viz. Orvel and Tamsin, on the coast."],
    ["i.e.", "The lower fort, i.e. Castle Dunmore, held out."],
    ["e.g.", "Some ports, e.g. Halvard, traded salt."],
    ["cf.", "The same tale is told elsewhere (cf. Brennan, who doubts it) by others."],
    ["vol. and ch.", "It is printed in vol. III, ch. 4 of the annals."],
    ["p. and pp.", "He cites p. 12 and pp. 40-45 of the ledger."],
  ])("keeps %s inside its sentence", (_label, text) => {
    expect(split(text)).toEqual([text]);
  });
});
