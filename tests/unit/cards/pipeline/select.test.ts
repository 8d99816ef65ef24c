import { describe, expect, it } from "vitest";
import { select, type Ranked } from "@/lib/cards/select";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { cand } from "./helpers";

const COVERAGE = FEATURE_NAMES.indexOf("entity-coverage");
const r = (sentence: number, p: number, over: Parameters<typeof cand>[0] = {}, coverage = 0, section = 0): Ranked => {
  const x = FEATURE_NAMES.map(() => 0);
  x[COVERAGE] = coverage;
  // Fronts share no words, so only the rules under test can merge them.
  return { c: cand({ sentence, front: `Qq${sentence}${over.back ?? "x"} zz${sentence}${over.back ?? "x"}?`, ...over }), x, p, section };
};

describe("select", () => {
  it("takes the best first, one card per sentence, and returns them in source order", () => {
    const out = select([r(2, 0.9, { back: "a" }), r(2, 0.8, { back: "b" }), r(1, 0.5, { back: "c" }), r(3, 0.4, { back: "d" })], 3);
    expect(out.map((x) => [x.c.sentence, x.c.back])).toEqual([[1, "c"], [2, "a"], [3, "d"]]);
  });

  it("keeps one of two identical cards (a sentence repeated in the text)", () => {
    const same = { front: "Who built the Marlow Lighthouse?", back: "Orlen Vance" };
    expect(select([r(1, 0.9, same), r(7, 0.9, same)], 5)).toHaveLength(1);
  });

  it("prefers, among near-equal cards of one sentence, the one showing more of its names and dates", () => {
    const out = select([r(4, 0.50, { back: "the scene of a clash" }, 0.4), r(4, 0.48, { back: "Quillport" }, 0.9)], 1);
    expect(out[0].c.back).toBe("Quillport");
  });

  it("gives a section of equal size its share even when its cards score a little lower", () => {
    const pool = [...Array.from({ length: 10 }, (_, i) => r(i, 0.9 - i * 0.001, { back: `a${i}` }, 0, 0)), ...Array.from({ length: 10 }, (_, i) => r(100 + i, 0.8, { back: `b${i}` }, 0, 1))];
    const out = select(pool, 10);
    expect(out.filter((x) => x.section === 1).length).toBeGreaterThanOrEqual(3);
  });
});
