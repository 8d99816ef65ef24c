import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { FSRSBinding } from "@open-spaced-repetition/binding";
import { buildTrainingItems, type TrainingItem } from "@/lib/optimizer/training-items";
import { evaluateLikeAnki } from "@/lib/optimizer/evaluate";
import { toBindingItems } from "@/lib/optimizer/fit";
import { FORGETFUL_WEIGHTS, syntheticHistory } from "@/lib/optimizer/synthetic";

const W = [...default_w];
const curve = (t: number, s: number) => { const decay = W[20]; return (1 + (0.9 ** (-1 / decay) - 1) * t / s) ** -decay; };

describe("evaluateLikeAnki", () => {
  it("returns a clear 'not enough reviews yet' state instead of throwing on an empty history", () => {
    expect(evaluateLikeAnki([], W)).toMatchObject({ ok: false, reason: "not-enough-reviews", items: 0, message: expect.stringMatching(/^Not enough reviews yet/) });
  });

  it("scores a single item (where the binding's outlier-filtered evaluate throws NotEnoughData)", () => {
    const item: TrainingItem = { history: [{ rating: 3, deltaT: 0 }, { rating: 1, deltaT: 3 }], length: 2, at: 0 };
    expect(() => new FSRSBinding(W).evaluate(toBindingItems([item]))).toThrow(/NotEnoughData/);
    const r = curve(3, W[2]); // first answer Good: S0 = w2; forgotten 3 days later
    const e = evaluateLikeAnki([item], W);
    expect(e).toMatchObject({ ok: true, items: 1 });
    if (!e.ok) return;
    expect(e.logLoss).toBeCloseTo(-Math.log(1 - r), 5);
    expect(e.rmseBins).toBeCloseTo(r, 5);
  });

  it("weights recent items more and bins like fsrs-rs: two items in one bin", () => {
    const a: TrainingItem = { history: [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }], length: 2, at: 0 };
    const b: TrainingItem = { history: [{ rating: 3, deltaT: 0 }, { rating: 1, deltaT: 2 }], length: 2, at: 1 };
    const r = curve(2, W[2]);
    const e = evaluateLikeAnki([a, b], W);
    if (!e.ok) throw new Error("expected a score");
    // weights 0.25 and 1: log loss is their weighted mean; one bin, mean R vs mean outcome 0.5
    expect(e.logLoss).toBeCloseTo((0.25 * -Math.log(r) + 1 * -Math.log(1 - r)) / 1.25, 5);
    expect(e.rmseBins).toBeCloseTo(Math.abs(r - 0.5), 5);
  });

  it("agrees with fsrs-rs's own evaluation on a large history, where outlier filtering barely matters", () => {
    const items = buildTrainingItems(syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 20_000, seed: 1 }));
    const ours = evaluateLikeAnki(items, W);
    const binding = new FSRSBinding(W).evaluate(toBindingItems(items));
    if (!ours.ok) throw new Error("expected a score");
    expect(Math.abs(ours.logLoss - binding.logLoss)).toBeLessThan(0.002);
    expect(Math.abs(ours.rmseBins - binding.rmseBins)).toBeLessThan(0.002);
  });
});
