// Session 12: a cloze whose subject is "the" and one bare noun ("The provision is {{unequal to the
// task}}") names a thing the sentence before introduced, and with the blank on the predicate right
// after the verb nothing on the card says what is meant. Strict raters rejected this shape 4 times
// and edited it once, never accepting it. A subject with a modifier or an of-phrase, a blank inside
// the subject, a blank noun phrase (a generic definition) or a blank further on is left alone.
// Invented sentences, analysed by the real toolkit.
import { describe, expect, it } from "vitest";
import { standalone } from "@/lib/cards/gates/standalone";
import { clozeOn } from "./helpers";

const verdict = (text: string, span: string) => {
  const { a, c } = clozeOn(text, span, "term");
  return standalone(c, a);
};

describe("a bare definite subject with its predicate blanked", () => {
  it.each([
    ["The arrangement is unequal to the burden of a growing port.", "unequal to the burden of a growing port"],
    ["The consequence seems wholly unnecessary.", "wholly unnecessary"],
    ["The council tried a new toll on the bridge. The remedy was worse than the disease.", "worse than the disease"],
  ])("drops %j", (text, span) => {
    expect(verdict(text, span)).toMatch(/bare noun/);
  });

  it.each([
    ["The ordinary tide mill is clumsy and slow.", "clumsy and slow"],
    ["The necessity of a lighthouse is evident to every pilot.", "evident to every pilot"],
    ["The heart is a hollow muscle that drives the blood.", "a hollow muscle"],
    ["The keepers rowed out to the granite light before the gale.", "granite light"],
    ["Tides are unequal in the narrow sounds.", "unequal"],
  ])("passes %j", (text, span) => {
    expect(verdict(text, span)).toBeNull();
  });
});
