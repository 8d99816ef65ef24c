// Session 17 (attrib): the author's "we" (lib/cards/conclusions/we), on invented text: a claim a
// first-person-plural frame announces ("we have seen that P"), said as the author's; and the refusals
// (no author, a narrative past, a supposition, a condition, the switch).
import { describe, expect, it } from "vitest";
import { authorialWe, authorWeSwitch, conclusionCandidates } from "@/lib/cards/conclusions";
import { analyse } from "../pipeline/helpers";

const cards = (text: string, author?: string, on = true) => conclusionCandidates(analyse(text), author, true, on).map((c) => `${c.front} → ${c.back}`);
const clauses = (text: string) => {
  const s = analyse(text).sentences[0];
  return authorialWe(s).map((f) => s.text.slice(s.tokens[f.from].start, s.tokens[f.to - 1].end));
};

describe("a claim the author's 'we' announces", () => {
  it("finds the clause after a present, perfect or modal frame", () => {
    expect(clauses("We have seen that the tolls of a river port rise with the depth of its channel.")).toEqual(["the tolls of a river port rise with the depth of its channel"]);
    expect(clauses("The quays are old, and we must therefore admit that the harbour trade declined long before the war.")).toEqual(["the harbour trade declined long before the war"]);
    expect(clauses("We cannot doubt that the merchant guilds of the coast controlled the price of salt.")).toEqual(["the merchant guilds of the coast controlled the price of salt"]);
  });

  it("keeps the first of two complements", () => {
    expect(clauses("We have seen that river tolls fell in every decade, and that the harbour masters grew poorer.")).toEqual(["river tolls fell in every decade"]);
  });

  it("leaves a narrative past, a supposition and a frame under a condition", () => {
    expect(clauses("We found that the ford below the mill had been washed away in the night.")).toEqual([]);
    expect(clauses("We suppose that the harbour trade declined long before the war.")).toEqual([]);
    expect(clauses("If we test the well water in every month, we shall find that its warmth hardly changes through the year.")).toEqual([]);
  });

  it("cards the claim as the author's, only when the author is known", () => {
    const text = "We have seen that the salt tax of the river towns was abolished by the Treaty of Varnholm.";
    expect(cards(text, "Mara Quill")).toEqual(["According to Mara Quill, the salt tax of the river towns was abolished by the {{c1::Treaty of Varnholm}}. → Treaty of Varnholm"]);
    expect(cards(text)).toEqual([]);
    expect(cards(text, "Mara Quill", false)).toEqual([]);
  });
});

describe("the switch", () => {
  it("is off by default", () => {
    expect(authorWeSwitch({})).toBe(false);
    expect(authorWeSwitch({ LECTERN_AUTHOR_WE: "1" })).toBe(true);
  });
});
