// Session 15: a term a section defines with "X is the …" under a heading that names it ("Peace is the
// settled purpose …" under "Of Peace and Trade") is a term even when it is a common English word: its
// cloze blank and its "What is X?" card are not refused as "one common word" or "common word taken for
// a term". A story's "The king was the …", a term the heading does not name (even as the section's
// first sentence), or one with an aside before its verb gets nothing new. Invented text, real toolkit.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";

const BOOK = `# Chapter 1. Of Virtues

## Of Peace and Trade

Peace is the settled purpose of nations to keep their quarrels from the field. The farmer who sows in the spring waits for the harvest with little complaint. Trade is the exchange of goods between those who have too much and those who have too little.

## Of Courage

Courage, being the rarest of virtues, is the first thing a captain looks for. The people of the valley spoke often of courage. Power is the means by which one will moves another. The king was the first to ride out against the raiders.

## Of Labour

Wealth is the reward of patient labour in the fields. The farmers of the valley worked from dawn.
`;

function chapter() {
  const ch = cleanDocument(BOOK, { filename: "virtues.md" }).chapters[0];
  const a = analyseChapter(ch);
  const passed = overgenerate(a).filter((c) => !gate(c, a));
  return { a, passed };
}

describe("terms a section defines", () => {
  it("counts a common word defined under a heading that names it as a defined term", () => {
    const { a } = chapter();
    expect(a.defined.has("peace")).toBe(true);
    expect(a.defined.has("trade")).toBe(true);
  });
  it("counts neither a term the heading does not name (even opening its section), nor an aside before the verb, nor a story's 'The king was the …'", () => {
    const { a } = chapter();
    expect(a.defined.has("power")).toBe(false);
    expect(a.defined.has("wealth")).toBe(false); // opens its section, but the heading names labour
    expect(a.defined.has("courage")).toBe(false); // opens the section, but with an aside before its verb: no definition
    expect(a.defined.has("king")).toBe(false);
  });
  it("keeps the cloze of the defined term and its 'What is X?' card", () => {
    const { passed } = chapter();
    expect(passed.some((c) => c.kind === "cloze" && c.front.startsWith("{{c1::Trade}} is the exchange"))).toBe(true);
    expect(passed.some((c) => c.kind === "qa" && /^What is trade\?$/i.test(c.front))).toBe(true);
  });
  it("still refuses the common word that no section defines", () => {
    const { passed } = chapter();
    expect(passed.some((c) => c.front.startsWith("{{c1::Power}}") || /^What is power\?$/i.test(c.front))).toBe(false);
  });
});
