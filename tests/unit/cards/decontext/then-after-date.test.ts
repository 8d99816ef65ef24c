// Session 23 (narr23) on INVENTED text: "then" right after the sentence's own date, opening an
// apposition ("… in March 1733, then twenty years of age"), is that date, not a time of the text
// before; a "then" that opens a clause after the date is still a sequence.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter } from "@/lib/cards/analyse";

const adverbDeps = (text: string) => {
  const a = analyseChapter(cleanDocument(`# Chapter 1. Test\n\nThe weather was mild that spring. Fishing boats came and went.\n\n${text}\n`, { filename: "test.md" }).chapters[0]);
  return (a.sentences[a.sentences.length - 1].context?.unresolved ?? []).filter((d) => d.op === "adverb").map((d) => d.text.toLowerCase());
};

describe("'then' after the sentence's own date", () => {
  it("is that date when an apposition follows", () => {
    expect(adverbDeps("Orlen Vance was made keeper of the Marlow light in March of 1733, then twenty years of age.")).toEqual([]);
  });
  it("is still a sequence when a clause follows", () => {
    expect(adverbDeps("Orlen Vance was made keeper of the Marlow light in March of 1733, then he sailed for Lisk.")).toEqual(["then"]);
  });
  it("is still a time of the text before in a sentence with no date", () => {
    expect(adverbDeps("Orlen Vance, then twenty years of age, was made keeper of the Marlow light.")).toEqual(["then"]);
  });
});
