// A dummy ("expletive") "it" stands for nothing in the chapter; a referring "it" does. Invented
// sentences, real toolkit tags (lib/cards/gates/dummy-it.ts).
import { describe, expect, it } from "vitest";
import { firstItIsDummy } from "@/lib/cards/gates/dummy-it";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter } from "@/lib/cards/analyse";

// The tags of the sentence as written (the repairs may delete a frame such as "It is clear that").
const dummy = (text: string) => firstItIsDummy(analyseChapter(cleanDocument(`# Chapter 1. Test\n\n${text}\n`, { filename: "test.md" }).chapters[0], { decontext: false }).sentences[0].tokens);

describe("dummy it", () => {
  it("reads it + be + evaluative noun phrase + infinitive or that-clause as a dummy", () => {
    expect(dummy("On the other hand, it is a duty to keep one's promises to a neighbour.")).toBe(true);
    expect(dummy("It was a great pity that the bridge at Orra was never finished.")).toBe(true);
    expect(dummy("It is no wonder that the weavers of the valley distrusted the new looms.")).toBe(true);
  });
  it("reads it + be + adjective + infinitive or clause as a dummy", () => {
    expect(dummy("It is easy to see why the tide mills of the coast failed.")).toBe(true);
    expect(dummy("It is clear that the lamps burned whale oil.")).toBe(true);
    expect(dummy("It must be remembered that the guild kept no written accounts.")).toBe(true);
  });
  it("reads a raising verb with a that-clause as a dummy, a comma between or not", () => {
    expect(dummy("It plainly appears, that a deep harbour serves the largest ships better.")).toBe(true);
    expect(dummy("It seems that the ferrymen of Lisk were paid in salt.")).toBe(true);
  });
  it("reads a cleft that focuses a long adverbial as a dummy", () => {
    expect(dummy("It is only after many seasons of careful trials on every sort of soil, that a farmer puts his trust in the new plough.")).toBe(true);
    expect(dummy("It was not until 1742 that the guild admitted women.")).toBe(true);
  });
  it("reads the idiom of distance as a dummy", () => {
    expect(dummy("It is a far cry from the first lamp of Orra to the great lighthouse at Lisk.")).toBe(true);
  });
  it("keeps a referring it: a noun phrase with no clause, a plan that is a thing, a determiner 'that'", () => {
    expect(dummy("It is not weakness, but strength of purpose.")).toBe(false);
    expect(dummy("It is the insertion of a second wheel between the axle and the frame.")).toBe(false);
    expect(dummy("It was a plan to seize the fort before winter.")).toBe(false);
    expect(dummy("It was in ruins that day.")).toBe(false);
    expect(dummy("It was carried to the harbour by the keepers.")).toBe(false);
    expect(dummy("It burns slowly when the wick is trimmed.")).toBe(false);
  });
});
