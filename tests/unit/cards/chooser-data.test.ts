// The within-sentence choice audit's counting (scripts/lib/chooser-data.ts) on invented sentences.
import { describe, expect, it } from "vitest";
import { disputed, pickFate, type ChooserSentence } from "../../../scripts/lib/chooser-data";

const sentence = (grades: (number | null)[], current: number): ChooserSentence => ({
  fixture: "invented.txt", book: "invented", sentence: 0, current, shown: current >= 0,
  cands: grades.map((grade, i) => ({ x: [1], p: 0.5 + i / 100, grade, front: `front ${i}`, back: `back ${i}` })),
});

describe("chooser data", () => {
  it("calls a sentence disputed only when two of its candidates carry different verdicts", () => {
    expect(disputed(sentence([2, 0], 0))).toBe(true);
    expect(disputed(sentence([1, null, 2], 0))).toBe(true);
    expect(disputed(sentence([2, 2, null], 0))).toBe(false);
    expect(disputed(sentence([0], 0))).toBe(false);
  });

  it("tells the best-labelled pick from a worse, an unlabelled and a missing one", () => {
    const s = sentence([0, 2, null, 1], 0);
    expect(pickFate(s, 1)).toBe("best");
    expect(pickFate(s, 0)).toBe("worse");
    expect(pickFate(s, 3)).toBe("worse");
    expect(pickFate(s, 2)).toBe("unlabelled");
    expect(pickFate(s, -1)).toBe("none");
  });

  it("counts a tie at the best grade as best", () => {
    expect(pickFate(sentence([1, 1, 0], 1), 1)).toBe("best");
  });
});
