// The summary of topics older books print under a chapter heading (a run of topic titles between
// dashes, or an "argument" of short verbless sentences): kept out of the sentences, and the
// chapter's title when the heading has none. Also lecture headings and roman-numbered title
// lines. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { summaryTopics } from "@/lib/chapters/summary";
import type { Block } from "@/lib/chapters/blocks";

const BODY = `The ships left the harbour at first light, and by noon the coast had
sunk below the horizon. The pilot kept the fleet close together, for the
wind was rising and he feared to lose the smaller vessels in the dark.

On the third day the storm broke, and two of the ships were driven far to
the south, where they were never seen again.`;

const sentences = (text: string) => cleanDocument(text, { filename: "voyage-notes.txt" }).chapters.flatMap((c) => c.sentences.map((s) => s.text));
const block = (text: string): Block => ({ kind: "body", lines: text.split("\n"), text });

describe("a summary of topic titles under a chapter heading", () => {
  const text = `Book 2\n\nChapter 4\n\nDeparture From The Port--A Storm At Sea--\nLoss Of Two Ships--The Pilot Accused--\nArrival At The Island\n\n${BODY}\n`;

  it("becomes the chapter's title and no sentence", () => {
    const doc = cleanDocument(text, { filename: "voyage-notes.txt" });
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["4", "Departure From The Port—A Storm At Sea—Loss Of Two Ships—The Pilot Accused—Arrival At The Island"]]);
    expect(doc.chapters[0].sentences[0].text).toMatch(/^The ships left the harbour/);
    expect(sentences(text).some((s) => /Storm At Sea/.test(s))).toBe(false);
  });

  it("is kept out of the text under a heading that has its own title, which stays", () => {
    const doc = cleanDocument(`CHAPTER IV.\nTHE VOYAGE SOUTH.\n\nDeparture From The Port; A Storm At Sea; Loss Of Two Ships.\n\n${BODY}\n`);
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["4", "The Voyage South"]]);
    expect(doc.chapters[0].text).not.toMatch(/Departure From The Port/);
  });
});

describe("an argument of short verbless sentences under a chapter heading", () => {
  const argument = `Causes of the voyage. The fleet and its pilot. Dangers of the southern
route. Storms of the third day. Loss of two ships. The pilot accused;
his defence before the council. Arrival at the island.`;

  it("is kept out of the sentences, the heading's title kept", () => {
    const doc = cleanDocument(`CHAPTER IV.\nTHE VOYAGE SOUTH.\n\n${argument}\n\n${BODY}\n`);
    expect(doc.chapters[0].title).toBe("The Voyage South");
    expect(doc.chapters[0].sentences.map((s) => s.text)).not.toContain("Loss of two ships.");
    expect(doc.chapters[0].sentences[0].text).toMatch(/^The ships left the harbour/);
    expect(doc.layout.notes.some((n) => /summary of topics/.test(n))).toBe(true);
  });

  it("is also found under a title line with no chapter heading", () => {
    expect(sentences(`THE VOYAGE SOUTH\n\n${argument}\n\n${BODY}\n`)[0]).toMatch(/^The ships left the harbour/);
  });
});

describe("summaryTopics leaves ordinary paragraphs alone", () => {
  it.each([
    ["short sentences of narrative", "It was late. We left the inn. Nobody spoke. The road was dark. He led the horse."],
    ["a paragraph of full sentences", BODY.split("\n\n")[0]],
    ["a sentence with dashes", "The pilot--a careful man--kept the fleet together, and the wind--which had risen--fell at night."],
    ["two topics only", "The Port--The Storm"],
    ["clauses between semicolons", "Prices rose; wages fell; the poor starved."],
  ])("%s", (_label, text) => {
    expect(summaryTopics(block(text))).toBeNull();
  });

  it("reads topic titles and an argument", () => {
    expect(summaryTopics(block("Departure From The Port--A Storm At Sea--Arrival"))).toEqual({ topics: ["Departure From The Port", "A Storm At Sea", "Arrival"], titled: true });
    expect(summaryTopics(block("Causes of the voyage. The fleet. Dangers of the route. Storms."))?.titled).toBe(false);
  });

  it("leaves a chapter that is only a short paragraph as it is", () => {
    expect(sentences("CHAPTER IV.\nTHE VOYAGE SOUTH.\n\nCauses of the voyage. The fleet. Dangers of the route. Storms.\n")).toHaveLength(4);
  });
});

describe("lecture headings and numbered title lines", () => {
  it("reads a lecture heading as a numbered chapter, and a summary in capitals under it as its title", () => {
    const doc = cleanDocument(`LECTURE II.\n\nTHE TIDE: ITS CAUSES--ITS HEIGHT--ITS HOURS.\n\n${BODY}\n`);
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["2", "The Tide: Its Causes—Its Height—Its Hours"]]);
    expect(doc.chapters[0].sentences[0].text).toMatch(/^The ships left/);
  });

  it("reads a lecture heading with its title after a double dash", () => {
    const doc = cleanDocument(`LECTURE III. -- THE LAW OF SALVAGE.\n\n${BODY}\n`);
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["3", "The Law of Salvage"]]);
  });

  it("reads a title line numbered in roman as the chapter's number and title", () => {
    const doc = cleanDocument(`XII. THE LAWS OF THE SEA\n\n${BODY}\n`);
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["12", "The Laws of the Sea"]]);
  });
});
