import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { schedulingWeights, weightChanges } from "@/lib/srs/weights";
import { schedule } from "@/lib/srs/scheduler";
import { UTC_MIDNIGHT } from "@/lib/srs/study-clock";
import type { DeckOptions } from "@/lib/srs/types";

const zeroShortTerm = default_w.map((w, i) => (i >= 17 && i <= 19 ? 0 : w));

describe("weightChanges", () => {
  it("keeps w17 = w18 = 0 and reports that the scheduler raises w19 = 0 to 0.01", () => {
    const changes = weightChanges(zeroShortTerm, 1);
    expect(changes).toEqual([{ index: 19, given: 0, used: 0.01, reason: expect.stringContaining("at least 0.01") }]);
    expect(schedulingWeights(zeroShortTerm, 1).slice(17, 20)).toEqual([0, 0, 0.01]);
  });

  it("reports the w17/w18 ceiling that several relearning steps impose", () => {
    const w = [...default_w];
    w[17] = 1.5;
    expect(weightChanges(w, 1)).toEqual([]);
    const capped = weightChanges(w, 3);
    expect(capped.map((c) => c.index)).toEqual([17]);
    expect(capped[0].used).toBeLessThan(1.5);
  });

  it("describes what the scheduler really uses: same-day stability with w19 = 0.01, not 0", () => {
    const options: DeckOptions = { desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"], newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND", enableFuzz: false, weights: zeroShortTerm };
    const t = new Date("2026-01-10T09:00:00Z");
    const first = schedule(null, 1, t, options, UTC_MIDNIGHT).next; // Again: S = w0
    const second = schedule(first, 1, new Date(t.getTime() + 60_000), options, UTC_MIDNIGHT).next; // same day, Again
    expect(second.stability).toBeCloseTo(first.stability * first.stability ** -0.01 * Math.exp(0), 6);
  });
});
