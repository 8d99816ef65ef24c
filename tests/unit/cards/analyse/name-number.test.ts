// Session 15: a name written "the X-s" (one capitalised word ending in s after "the") is guessed to be
// a group ("the Carlists"), and a leading "They" may then stand for it. A ship, a house or a person
// ending in s ("the Meridas", "the Thomas") is one thing, and the chapter says so by its agreement: a
// singular verb ("the Meridas was riding"), a singular pronoun for it ("When the Meridas arrived, she
// found …") or a singular possessive ("the Meridas's crew"). Such a name is no group, so a plural
// pronoun never resolves to it. Invented text, real toolkit.
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";

const kindIn = (text: string, name: string) => analyse(text).sentences.flatMap((s) => s.entities).find((e) => e.text === name)?.kind;
const last = (text: string) => analyse(text).sentences.at(-1)!;

describe("a name ending in s that the chapter treats as singular is no group", () => {
  it("does not resolve a leading 'They' to a ship the sentence before calls 'she'", () => {
    const s = last("When the Meridas reached Port Ellis, she found three foreign brigs at anchor. They were told to sail within two days.");
    expect(s.text).toBe("They were told to sail within two days.");
    expect(s.pronoun?.resolved).toBe(false);
  });
  it("reads a singular verb after the name, across an aside ('the Meridas, after the gales were over, was riding')", () => {
    const text = "While the Meridas, after the gales were over, was riding at anchor, a schooner passed. The governor seized the Meridas at dawn.";
    expect(kindIn(text, "Meridas")).not.toBe("group");
  });
  it("reads a singular possessive ('the Meridas's crew')", () => {
    expect(kindIn("The Meridas's crew mutinied off the cape. The governor seized the Meridas at dawn.", "Meridas")).not.toBe("group");
  });
  it("still types a people that takes plural agreement as a group, and resolves 'They' to it", () => {
    const text = "The Carlists were defeated at the ford. The Carlists held the hills. They burned the mill at Lisk.";
    expect(kindIn(text, "Carlists")).toBe("group");
    expect(last(text).text).toBe("The Carlists burned the mill at Lisk.");
  });
});
