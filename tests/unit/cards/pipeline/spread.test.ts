// Names that reach across a chapter (lib/cards/spans/spread) are its own protagonists: a blank on
// them is guessed, not learnt. Names and events are invented.
import { describe, expect, it } from "vitest";
import { spreadNames, spreadNouns, BLOCK } from "@/lib/cards/spans/spread";
import { isTopicAlias } from "@/lib/cards/spans/aliases";
import { blankChoice } from "@/lib/cards/gates/blank-choice";
import { analyse, cand } from "./helpers";

// Filler sentences with no names, so each stretch of BLOCK sentences can be given a name or not.
const filler = (i: number) => `The tide rose ${i + 2} feet over the sand of the bay.`;

/** A chapter of `blocks` stretches; `named(b, i)` gives the sentence i of stretch b a name, or null. */
function chapter(blocks: number, named: (b: number, i: number) => string | null): string {
  const out: string[] = [];
  for (let b = 0; b < blocks; b++) for (let i = 0; i < BLOCK; i++) out.push(named(b, i) ?? filler(b * BLOCK + i));
  return out.join(" ");
}

describe("names that reach across the chapter", () => {
  it("counts two protagonists named in stretch after stretch, singular and plural alike", () => {
    const a = analyse(chapter(8, (b, i) => (i === 0 ? `Captain Orlen Vance sailed the ship past the cape.` : i === 1 && b % 2 === 0 ? "The Tollers watched from the shore." : i === 1 ? "A Toller lit the beacon." : null)));
    const names = spreadNames(a);
    expect(names.has("vance")).toBe(true);
    expect(names.has("toller")).toBe(true);
    expect(names.has("tollers")).toBe(true);
    // The full name, the surname, the first name and either number of the group are all the topic.
    for (const n of ["Orlen Vance", "Vance", "Orlen", "Tollers", "Toller"]) expect(isTopicAlias(a, n)).toBe(true);
  });

  it("leaves a name mentioned as often but within one passage: a fact to learn", () => {
    const a = analyse(chapter(8, (b, i) => (b === 3 && i < 9 ? `Ardo Quill charted reef number ${i + 1} near the cape.` : null)));
    expect(spreadNames(a).has("quill")).toBe(false);
    expect(isTopicAlias(a, "Ardo Quill")).toBe(false);
  });

  it("says nothing about a short chapter or a name mentioned a few times", () => {
    const short = analyse(chapter(3, (_b, i) => (i < 4 ? "Orlen Vance sailed the ship past the cape." : null)));
    expect(spreadNames(short).size).toBe(0);
    const rare = analyse(chapter(8, (b, i) => (i === 0 && b < 7 ? "Orlen Vance sailed the ship past the cape." : null)));
    expect(spreadNames(rare).has("vance")).toBe(false);
  });

  it("makes the blank gate refuse a cloze on a protagonist", () => {
    const a = analyse(chapter(8, (_b, i) => (i === 0 ? "Captain Orlen Vance sailed the ship past the cape." : null)));
    const s = a.sentences[0];
    const at = s.text.indexOf("Orlen Vance");
    const c = cand({ kind: "cloze", type: "cloze", front: "", back: "Orlen Vance", answer: { start: at, end: at + "Orlen Vance".length }, answerKind: "person" });
    expect(blankChoice(c, a)).toMatch(/^the chapter's own topic/);
  });
});

describe("nouns that run through the chapter", () => {
  // Every stretch speaks of the lantern's wick; one sentence names a rare part once.
  const text = chapter(6, (b, i) => (i === 0 ? `The lantern wick of the tower burned for ${b + 2} hours.` : i === 1 && b === 2 ? "The number of lantern wicks in the store fell each winter." : i === 2 && b === 4 ? "The brass collar held the wick upright." : null));

  it("counts a noun used in most stretches, not one used once", () => {
    const a = analyse(text);
    expect(spreadNouns(a).has("wick")).toBe(true);
    expect(spreadNouns(a).has("collar")).toBe(false);
  });

  it("refuses a cloze whose every noun runs through the chapter, but not a measure of it or a rarer term", () => {
    const a = analyse(text);
    const gate = (sentence: number, span: string) => {
      const s = a.sentences[sentence];
      const at = s.text.indexOf(span);
      return blankChoice(cand({ kind: "cloze", type: "cloze", front: "", back: span, sentence, answer: { start: at, end: at + span.length }, answerKind: "term" }), a);
    };
    const wick = a.sentences.findIndex((s) => s.text.startsWith("The lantern wick"));
    expect(gate(wick, "lantern wick")).toMatch(/^the chapter's own topic/);
    const count = a.sentences.findIndex((s) => s.text.startsWith("The number of lantern"));
    expect(gate(count, "number of lantern wicks") ?? "").not.toMatch(/own topic/);
    const collar = a.sentences.findIndex((s) => s.text.startsWith("The brass collar"));
    expect(gate(collar, "brass collar") ?? "").not.toMatch(/own topic/);
  });
});
