// Definite descriptions of a story's scene: repaired from the one fuller earlier mention (beyond the
// paragraph only when a name or an ordinal identifies it), else, in a past-tense narrative with
// nothing that says which one, a dependence that drops the card. Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { dropsCard } from "@/lib/cards/decontext";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(text);
  return a.sentences[a.sentences.length - 1];
};
const scene = (text: string) => (last(text).context?.unresolved ?? []).filter((d) => d.op === "definite" && d.kind.startsWith("scene"));
const FILLER = "The weather was mild that spring. Fishing boats came and went. The price of oil rose a little. Nobody expected a storm.";

describe("definite descriptions of the scene", () => {
  it("flags a bare description met before in a past-tense story, and the card drops for it", () => {
    const deps = scene("The keepers rowed out to the wreck at dawn. The keepers found nobody alive on the deck.");
    expect(deps.map((d) => d.text)).toEqual(["The keepers"]);
    expect(deps.every(dropsCard)).toBe(true);
  });
  it("flags one met only further back in the chapter (nothing near to complete it from)", () => {
    const deps = scene(`The keepers rowed out to the wreck at dawn.\n\n${FILLER} ${FILLER} The gulls were loud.\n\nBy noon the keepers found nobody alive on the deck.`);
    expect(deps.map((d) => [d.text, d.kind])).toEqual([["the keepers", "scene-far"]]);
    expect(deps.every(dropsCard)).toBe(true);
  });
  it("leaves a generic description in a present-tense exposition alone", () => {
    expect(scene("The wick draws up the melted oil. The wick burns slowly when it is trimmed.")).toEqual([]);
  });
  it("leaves a description that says which one alone (an ordinal, a noun modifier)", () => {
    expect(scene("The keepers rowed out to the wreck at dawn. The fourth keepers found nobody alive.")).toEqual([]);
    expect(scene("The keepers rowed out to the wreck at dawn. The harbour keepers found nobody alive.")).toEqual([]);
  });
  it("leaves a description after 'of' alone (an institution named as owner: 'the levies of the crown')", () => {
    expect(scene("The guilds quarrelled with the crown for a century. Orlen Vance paid the levies of the crown in silver.")).toEqual([]);
  });
  it("leaves a description met for the first time alone (nothing before to point at)", () => {
    expect(scene("Orlen Vance rowed out to the wreck at dawn. The keepers found nobody alive on the deck.")).toEqual([]);
  });
  it("completes a description from a fuller mention beyond the paragraph when an ordinal identifies it", () => {
    const s = last(`The ninth harbour congress met at Lisk in 1890.\n\n${FILLER}\n\nOrlen Vance addressed the harbour congress.`);
    expect(s.text).toBe("Orlen Vance addressed the ninth harbour congress.");
  });
  it("reads an -ed verb with its own object after the description as the clause's verb, not a restriction", () => {
    const s = last("The ninth harbour congress met at Lisk in 1890. Orlen Vance was praised for having at the harbour congress opened the debate on the lamps.");
    expect(s.text).toBe("Orlen Vance was praised for having at the ninth harbour congress opened the debate on the lamps.");
    // A participle that restricts ("the congress convened at Lisk") still stops the swap.
    expect(last("The ninth harbour congress met at Lisk in 1890. Orlen Vance praised the harbour congress convened at Lisk.").text).toBe("Orlen Vance praised the harbour congress convened at Lisk.");
  });
  it("does not complete it from a far mention that only adds a phrase ('the plants' is not 'the million plants')", () => {
    const s = last(`Orlen Vance counted the million lamps of the coast in 1890.\n\n${FILLER}\n\nOrlen Vance cleaned the lamps by hand.`);
    expect(s.text).toBe("Orlen Vance cleaned the lamps by hand.");
  });
});
