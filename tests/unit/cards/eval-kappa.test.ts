import { describe, expect, it } from "vitest";
import { cohenKappa } from "@/lib/cards/eval";

const repeat = <T,>(pair: readonly [T, T], n: number) => Array.from({ length: n }, () => pair);

describe("cohenKappa", () => {
  it("gives 0.4 on the textbook 2x2 example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no)", () => {
    const pairs = [...repeat(["yes", "yes"] as const, 20), ...repeat(["yes", "no"] as const, 5), ...repeat(["no", "yes"] as const, 10), ...repeat(["no", "no"] as const, 15)];
    const k = cohenKappa(pairs);
    expect(k.observed).toBeCloseTo(0.7);
    expect(k.expected).toBeCloseTo(0.5);
    expect(k.kappa).toBeCloseTo(0.4);
  });

  it("handles three labels: 1 for perfect agreement, below 0 for systematic disagreement", () => {
    const same = [["accept", "accept"], ["edit", "edit"], ["reject", "reject"]] as const;
    expect(cohenKappa(same).kappa).toBe(1);
    const crossed = [["accept", "reject"], ["reject", "accept"], ["edit", "accept"], ["accept", "edit"]] as const;
    expect(cohenKappa(crossed).kappa).toBeLessThan(0);
  });

  it("refuses an empty sample", () => {
    expect(() => cohenKappa([])).toThrow(/at least one/);
  });
});
