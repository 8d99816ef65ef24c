// Session 15: a bracket that is part of a formula is no aside. The parenthesis cut (compress/parenthesis,
// used by the claim pass's strip step) left "(CH3)" out of "(CH3)4NCl" and closed the gap over a comma
// ("…, (CH3)4NCl, …" → "…,4NCl, …"). A bracket glued to a letter or digit outside it ("Zn(CN)2",
// "(CH3)4NCl") is part of a word; one whose content is a formula ("(CO2)") or a sum ("(3 + 4)") is
// part of the expression. An aside in words is still left out. Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { COMPRESSORS } from "@/lib/cards/compress";
import { claimCuts, applyCuts } from "@/lib/cards/claims/strip";
import { analyse } from "../pipeline/helpers";

const sentence = (text: string) => analyse(text).sentences[0];

describe("brackets inside a formula are kept", () => {
  it.each([
    ["The teacher listed three salts for the class: NaCl, (CH3)4NCl, and KBr."],
    ["Zinc cyanide, Zn(CN)2, is a white powder that the student weighs on the balance."],
    ["The gas (CO2) passes through the tube and escapes into the open air."],
    ["The sum (3 + 4) is written on the board by the teacher before the lesson."],
  ])("makes no cut in %j", (text) => {
    const s = sentence(text);
    expect(COMPRESSORS.parenthesis(s)).toEqual([]);
    expect(applyCuts(s.text, claimCuts(s))).toBe(text);
  });
  it("still leaves out an aside in words", () => {
    const s = sentence("The harbour clerk (a former teacher of chemistry) kept the tide tables.");
    expect(applyCuts(s.text, claimCuts(s))).toBe("The harbour clerk kept the tide tables.");
  });
});
