// The within-sentence chooser (lib/cards/chooser) in select: invented candidates and weights.
import { describe, expect, it } from "vitest";
import { choose, chooserScore, CHOOSER, CHOOSER_WEIGHTS, type ChooserWeights } from "@/lib/cards/chooser";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { select, type Ranked } from "@/lib/cards/select";
import { cand } from "./helpers";

const RECURS = FEATURE_NAMES.indexOf("answer-recurs");
const r = (sentence: number, p: number, back: string, recurs = 0): Ranked => {
  const x = FEATURE_NAMES.map(() => 0);
  x[RECURS] = recurs;
  return { c: cand({ sentence, back, front: `Qq${sentence}${back} zz${sentence}${back}?` }), x, p, section: 0 };
};
const W: ChooserWeights = { source: "invented", weights: { "answer-recurs": 1 } };

describe("within-sentence chooser", () => {
  it("is off by default and its shipped weights name only ranker features", () => {
    expect(CHOOSER.on).toBe(false);
    for (const f of Object.keys(CHOOSER_WEIGHTS.weights)) expect(FEATURE_NAMES as readonly string[]).toContain(f);
  });

  it("scores by the named features and keeps the first of equals", () => {
    expect(chooserScore(r(1, 0.5, "a", 2).x, W)).toBe(2);
    const a = r(1, 0.5, "a"), b = r(1, 0.4, "b");
    expect(choose([a, b], W)).toBe(a);
    expect(choose([a, r(1, 0.4, "c", 1)], W).c.back).toBe("c");
  });

  it("fills a sentence's slot with the chooser's pick instead of the best p", () => {
    const pool = [r(1, 0.9, "high p"), r(1, 0.3, "chosen", 1), r(2, 0.6, "other")];
    expect(select(pool, 5, {}, null).map((x) => x.c.back)).toEqual(["high p", "other"]);
    expect(select(pool, 5, {}, W).map((x) => x.c.back)).toEqual(["chosen", "other"]);
  });

  it("leaves the order across sentences alone: the slot is still won by the sentence's best p", () => {
    // Sentence 1's chosen card has a lower p than sentence 2's card, but sentence 1 won the one slot.
    const pool = [r(1, 0.9, "high p"), r(1, 0.2, "chosen", 1), r(2, 0.6, "other")];
    expect(select(pool, 1, {}, W).map((x) => x.c.back)).toEqual(["chosen"]);
    expect(select(pool, 1, {}, null).map((x) => x.c.back)).toEqual(["high p"]);
  });

  it("lets the cut judge the slot by the winner's p, not by the chosen card's", () => {
    const cut = { p: 0.5, min: 0 };
    const pool = [r(1, 0.9, "high p"), r(1, 0.2, "chosen", 1), r(2, 0.3, "low")];
    expect(select(pool, 5, { cut }, W).map((x) => x.c.back)).toEqual(["chosen"]);
  });
});
