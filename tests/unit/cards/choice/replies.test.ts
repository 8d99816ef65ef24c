// The strong model's choices read from LLM request and reply files (lib/cards/choice/replies.ts), on invented text.
import { describe, expect, it } from "vitest";
import { citedIds, mapChoices, parseRequest } from "@/lib/cards/choice/replies";

const request = (title: string, lines: string[]) =>
  `# System message\n\nYou write flashcards. Cards cite "[i]" ids.\n\n# User message\n\nChapter: ${title}\nAuthor: Edda Vorn\n${lines.join("\n")}\n\nWrite up to 4 cards.\n`;

describe("parseRequest", () => {
  it("reads the title and the numbered sentences of the user message, not the system message", () => {
    const r = parseRequest(request("The Salt Roads", ["[0] The salt roads ran inland.", "[1] A toll was set in 1614."]));
    expect(r.chapter).toBe("The Salt Roads");
    expect(r.sentences).toEqual([{ id: 0, text: "The salt roads ran inland." }, { id: 1, text: "A toll was set in 1614." }]);
  });
  it("keeps a sentence that runs over lines whole, and leaves the closing line out", () => {
    const r = parseRequest(request("Verse", ["[4] The mill wheel turns,", "and the river runs.", "[5] It stopped in winter."]));
    expect(r.sentences.map((s) => s.id)).toEqual([4, 5]);
    expect(r.sentences[0].text).toBe("The mill wheel turns,\nand the river runs.");
    expect(r.sentences[1].text).toBe("It stopped in winter.");
  });
});

describe("citedIds", () => {
  it("collects every id any card cites", () => {
    const reply = JSON.stringify({ cards: [{ kind: "qa", front: "Q?", back: "A", sentences: [1, 2] }, { kind: "cloze", front: "{{c1::B}}", back: "B", sentences: [2] }] });
    expect([...citedIds(reply)].sort()).toEqual([1, 2]);
  });
  it("cites nothing for an unreadable reply, and skips ids that are not whole numbers", () => {
    expect(citedIds("no json here").size).toBe(0);
    expect(citedIds('{"cards": [').size).toBe(0);
    expect([...citedIds('Here: {"cards":[{"kind":"qa","front":"Q?","back":"A","sentences":[3,"4",1.5]}]}')]).toEqual([3]);
    // A card the generator itself would skip (no kind, front or back) cites nothing either (lib/cards/llm-reply.ts).
    expect(citedIds('{"cards":[{"sentences":[3]}]}').size).toBe(0);
  });
});

describe("mapChoices", () => {
  const chapter = ["The salt roads ran from the marshes to the markets.", "A toll was set on every cart in 1614.", "The carters went by night.", "Salt was dear in the hills."];
  it("marks a sentence chosen when a reply cites it, found by normalised text whatever its old id", () => {
    // Re-cleaned since: the request numbered the sentences from 10 and printed a double space.
    const req = parseRequest(request("Salt", ["[10] The salt roads ran from the marshes to the  markets.", "[11] A toll was set on every cart in 1614.", "[12] The carters went by night."]));
    const out = mapChoices([{ request: req, cited: new Set([11]) }], [chapter]);
    expect(out.exact).toBe(3);
    expect([...out.chosen[0]]).toEqual([[0, false], [1, true], [2, false]]);
    expect(out.chosen[0].has(3)).toBe(false); // no request named it: no label
  });
  it("finds a reworded sentence by word overlap and counts one it cannot find", () => {
    const req = parseRequest(request("Salt", ["[0] The salt roads ran from the marshes to the inland markets.", "[1] Nothing like this is in the chapter at all."]));
    const out = mapChoices([{ request: req, cited: new Set([0, 1]) }], [chapter]);
    expect(out).toMatchObject({ exact: 0, near: 1, unmatched: 1 });
    expect(out.chosen[0].get(0)).toBe(true);
  });
  it("sends a request to the chapter holding its sentences, and a repeated sentence to the copy nearest its old id", () => {
    const second = ["The mill stood by the ford.", "The carters went by night.", "The miller kept the toll.", "The carters went by night."];
    const req = parseRequest(request("Mill", ["[0] The mill stood by the ford.", "[3] The carters went by night."]));
    const out = mapChoices([{ request: req, cited: new Set([3]) }], [chapter, second]);
    expect(out.chosen[0].size).toBe(0);
    expect([...out.chosen[1]]).toEqual([[0, false], [3, true]]);
  });
});
