import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/cards/analyse/toolkit";
import { analyseChapter } from "@/lib/cards/analyse";
import { generateCards } from "@/lib/cards";
import { cleanDocument } from "@/lib/chapters";

// wink splits "cannot" into can + not, except before a comma, where it keeps one token and gives it
// no lemma; the analyser read the lemma and crashed on any chapter with "cannot, …".
describe("a contraction the toolkit leaves whole", () => {
  const sentence = "The farmer cannot, in winter, swim across the river.";

  it("still gets a lemma", () => {
    const tokens = tokenize(sentence).tokens;
    expect(tokens.find((t) => t.text === "cannot")?.lemma).toBe("cannot");
    expect(tokens.every((t) => typeof t.lemma === "string")).toBe(true);
  });

  it("does not stop a chapter from being analysed and carded", async () => {
    const text = `Chapter 1. Rivers\n\n${sentence} The river is wide and cold, and the farmers of the valley built a stone bridge across it in 1820.\n`;
    const chapter = cleanDocument(text, { filename: "rivers.txt" }).chapters[0];
    expect(analyseChapter(chapter).sentences.length).toBeGreaterThan(0);
    const cards = await generateCards(chapter);
    expect(cards.length).toBeGreaterThan(0);
  });
});
