// Session 12: a blank (or answer) that is only a name of the deity is given away by the sentence and
// teaches nothing; strict raters rejected 14 such cards and edited 7 (asking for another blank),
// never accepting one. The gate refuses that span only: another span of the same sentence still
// makes its card. Invented sentences, analysed by the real toolkit.
import { describe, expect, it } from "vitest";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { clozeOn } from "./helpers";

const verdict = (text: string, span: string) => {
  const { a, c } = clozeOn(text, span, "person");
  return informativeBlank(c, a);
};

describe("a blank on the deity's name", () => {
  it.each([
    ["The pilgrims of Marrowby thanked God for the calm sea.", "God"],
    ["The keepers saw the hand of Providence in the rescue of the crew.", "Providence"],
    ["The vow was sworn before the Almighty at the harbour chapel.", "Almighty"],
  ])("refuses %j", (text, span) => {
    expect(verdict(text, span)).toBe("the deity's name");
  });

  it.each([
    ["The pilgrims of Marrowby thanked God for the calm sea.", "Marrowby"],
    ["Lord Kelvane built the harbour wall of Marrowby in 1790.", "Lord Kelvane"],
  ])("keeps another span %j", (text, span) => {
    expect(verdict(text, span)).not.toBe("the deity's name");
  });
});
