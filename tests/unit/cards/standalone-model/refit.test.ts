// The shipped standalone/worth weights are what scripts/fit-standalone.ts fits on the training
// books' strict labels today: the file is not hand-edited or stale. (Loads every train chapter: slow.)
import { describe, expect, it } from "vitest";
import { STANDALONE_WEIGHTS } from "@/lib/cards/standalone-model";
import { loadStandaloneData } from "../../../../scripts/lib/standalone-data";
import { fitWithThresholds } from "../../../../scripts/lib/standalone-fit";

describe("the standalone model's refit", () => {
  it("reproduces the shipped weights and thresholds from the training labels", () => {
    const fitted = fitWithThresholds(loadStandaloneData(), new Set(), STANDALONE_WEIGHTS.lambda ?? NaN);
    expect(fitted.weights).toEqual(STANDALONE_WEIGHTS.weights);
    expect(fitted.drop ?? 0).toBe(STANDALONE_WEIGHTS.drop.threshold);
    expect(fitted.admit ?? 1).toBe(STANDALONE_WEIGHTS.admit.threshold);
  }, 600_000);
});
