// Session 15 (genfix): an earlier mention used to complete a description keeps a hyphenated last
// word whole ("the first law of thermo-dynamics", not "the first law of thermo"). Invented sentences.
import { describe, expect, it } from "vitest";
import { mentionAt } from "@/lib/cards/decontext/np";
import { analyse } from "../pipeline/helpers";

const mention = (text: string, noun: string) => {
  const s = analyse(text).sentences[0];
  const k = s.tokens.findIndex((t) => t.lower === noun);
  return mentionAt(s.tokens, s.text, k, () => 1)?.text;
};

describe("mentionAt and hyphenated words", () => {
  it("keeps a hyphenated last word of the of-phrase whole", () => {
    expect(mention("The engine obeys the first law of thermo-dynamics in every stroke.", "law")).toBe("the first law of thermo-dynamics");
  });
  it("does not run on over a spaced dash", () => {
    expect(mention("The engine obeys the first law of motion - and no other law.", "law")).toBe("the first law of motion");
  });
});
