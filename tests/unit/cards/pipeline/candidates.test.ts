// Each question type on the sentence shape it exists for (invented sentences, no fixture names).
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { candidates } from "./helpers";

const passing = (text: string, type: string) => {
  const { a, all } = candidates(text);
  return all.filter((c) => c.type === type && !gate(c, a));
};

describe("candidates", () => {
  it("cause: 'because' gives a why question answered by the reason", () => {
    const [c] = passing("The harbour board closed the Marlow quay in 1902 because the Orra had silted up.", "cause");
    expect(c.front).toBe("Why did the harbour board close the Marlow quay in 1902?");
    expect(c.back).toBe("Because the Orra had silted up");
  });

  it("cause and consequence: 'led to' gives both directions", () => {
    const got = [...passing("The collapse of the wool price led to the ruin of the upland farms.", "cause"), ...passing("The collapse of the wool price led to the ruin of the upland farms.", "consequence")];
    expect(got.map((c) => [c.front, c.back])).toEqual(expect.arrayContaining([
      ["What led to the ruin of the upland farms?", "The collapse of the wool price"],
      ["What did the collapse of the wool price lead to?", "The ruin of the upland farms"],
    ]));
  });

  it("consequence across sentences: 'As a result, …' is what followed the sentence before", () => {
    const [c] = passing("The wool price fell by half in 1871. As a result, many upland farms were sold to the Lisk estates.", "consequence");
    expect(c.front).toBe("The wool price fell by half in 1871. What followed from this?");
    expect(c.back).toBe("Many upland farms were sold to the Lisk estates");
  });

  it("mechanism: 'by doing' gives a how question", () => {
    const { a, all } = candidates("The engineers drained the marsh by cutting a channel to the sea.");
    const [c] = all.filter((x) => x.type === "mechanism");
    expect(c.front).toBe("How did the engineers drain the marsh?");
    expect(c.back).toBe("By cutting a channel to the sea");
    // Well-formed, but how-cards are held back from the shown set until raters accept them.
    expect(gate(c, a)).toMatch(/^low-value: mechanism cards are not yet publishable/);
  });

  it("definition: 'X is a Y that …' and an apposition of a person", () => {
    const defs = passing("A tidal bore is a wave that travels up a river against the current. Orlen Vance, a surveyor who mapped the estuary, built the lighthouse.", "definition");
    expect(defs.map((c) => [c.front, c.back])).toEqual(expect.arrayContaining([
      ["What is a tidal bore?", "a wave that travels up a river against the current"],
    ]));
    expect(defs.some((c) => c.front === "Who was Orlen Vance?" || c.front === "What was Orlen Vance?")).toBe(true);
  });

  it("comparison: 'whereas' asks how the two differ and answers with the sentence", () => {
    const [c] = passing("The northern ports of Lisk traded in timber, whereas the southern ports lived on wine and salt.", "comparison");
    expect(c.front).toBe("How did the northern ports of Lisk and the southern ports differ?");
    expect(c.back).toMatch(/timber.*wine and salt/);
  });

  it("enumeration: a list of three to five noun phrases as one cloze", () => {
    const [c] = passing("The estuary supported three trades: fishing, salt making and shipbuilding.", "enumeration");
    expect(c.back).toBe("fishing, salt making and shipbuilding");
    expect(c.front).toContain("{{c1::fishing, salt making and shipbuilding}}");
  });

  it("who and when: the subject person and the date of the main clause", () => {
    const text = "Professor Orlen Vance said that the quay was unsafe. In 1890 Orlen Vance built the Marlow Lighthouse at the mouth of the river.";
    expect(passing(text, "when").map((c) => [c.front, c.back])).toContainEqual(["When did Orlen Vance build the Marlow Lighthouse at the mouth of the river?", "1890"]);
    expect(passing(text, "who").map((c) => [c.front, c.back])).toContainEqual(["Who built the Marlow Lighthouse at the mouth of the river in 1890?", "Orlen Vance"]);
  });

  it("gist: one card per section from its most central sentence", () => {
    const { all } = candidates("Tides rise and fall twice a day along the coast. The moon pulls the oceans and so raises the tides. The moon and the sun together pull the oceans into high spring tides. Sailors have always watched the tides. Birds sang.");
    const gist = all.filter((c) => c.type === "gist");
    expect(gist).toHaveLength(1);
    expect(gist[0].back).toMatch(/moon/);
  });

  it("gist: no card when the section's central sentences are steps of a narrative or a demonstration, not claims", () => {
    const { all } = candidates("Now I light the candle and the flame rises over the wick. And then I put the candle into the jar of air. Then you see the flame rise and fall over the wick. I take the jar away from the flame. Birds sang.");
    expect(all.filter((c) => c.type === "gist")).toHaveLength(0);
  });

  it("argumentative prose gets cause and definition cards, not only names and dates", () => {
    const { a, all } = candidates("Knowledge by acquaintance is a kind of knowledge that needs no inference. Observers distrust appearances since they vary with the observer. The Lisk farmers sold their land because the wool price fell by half.");
    const types = new Set(all.filter((c) => !gate(c, a)).map((c) => c.type));
    expect(types.has("definition")).toBe(true);
    expect(types.has("cause")).toBe(true);
  });
});
