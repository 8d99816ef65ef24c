// Comparatives that need no standard outside the sentence: a progression ("more and more easily")
// and two comparatives set against each other ("here deeper, and there shallower"). Invented sentences.
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";

const comparatives = (text: string) => {
  const a = analyse(`Lisk had a quay. ${text}`);
  return (a.sentences.at(-1)!.context?.unresolved ?? []).filter((d) => d.op === "comparative").map((d) => d.text);
};

describe("decontext: comparatives that are their own standard", () => {
  it.each([
    ["The miller grinds the corn slowly at first, but soon does it more and more quickly."],
    ["The quay grew greater and greater as the trade of Lisk rose."],
    ["A band of granite, here deeper, and there shallower, runs along the northern cape."],
  ])("reports no comparative in %j", (text) => {
    expect(comparatives(text)).toEqual([]);
  });
  it.each([
    ["The granite quay was broader.", "broader"],
    ["The second plan was more fantastic and less useful.", "more fantastic"],
  ])("still reports %j", (text, want) => {
    expect(comparatives(text)).toContain(want);
  });
});

describe("decontext: 'other' set against a noun of the same sentence", () => {
  const determiners = (text: string) => {
    const a = analyse(`Lisk had a quay. ${text}`);
    return (a.sentences.at(-1)!.context?.unresolved ?? []).filter((d) => d.op === "determiner").map((d) => d.text.toLowerCase());
  };
  it.each([
    ["Marsh-geese are needed to spread the reed seed, for other geese do not visit the marsh."],
    ["If a wolf killed a sheep, the herdsmen hunted down the wolf, or another, before winter."],
  ])("reports nothing in %j", (text) => {
    expect(determiners(text)).toEqual([]);
  });
  it("still reports 'other' whose noun the sentence never named", () => {
    expect(determiners("The herdsmen hunted down the wolf, and other animals fled the valley.").length).toBeGreaterThan(0);
  });
});
