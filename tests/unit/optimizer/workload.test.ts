import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { simulateWorkload } from "@/lib/optimizer/workload";
import { FORGETFUL_WEIGHTS } from "@/lib/optimizer/synthetic";

describe("simulated workload", () => {
  const options = { weights: default_w, deckSize: 1000, newPerDay: 20, maximumInterval: 36500 };

  it("grows with the desired retention, and so does what is remembered", () => {
    const results = simulateWorkload(options);
    expect(results.map((r) => r.retention)).toEqual([0.8, 0.85, 0.9, 0.95]);
    for (let i = 1; i < results.length; i++) {
      expect(results[i].totalReviews).toBeGreaterThan(results[i - 1].totalReviews);
      expect(results[i].memorizedAtEnd).toBeGreaterThan(results[i - 1].memorizedAtEnd);
    }
    for (const r of results) {
      expect(r.reviewsPerDay).toHaveLength(365);
      expect(r.averageReviewsPerDay).toBeCloseTo(r.totalReviews / 365, 9);
    }
  });

  it("is deterministic for a seed, and a forgetful student has more to do", () => {
    expect(simulateWorkload(options)).toEqual(simulateWorkload(options));
    const forgetful = simulateWorkload({ ...options, weights: FORGETFUL_WEIGHTS, retentions: [0.9] })[0];
    expect(forgetful.totalReviews).toBeGreaterThan(simulateWorkload({ ...options, retentions: [0.9] })[0].totalReviews);
  });

  it("averages several runs into one smoother estimate", () => {
    const small = { ...options, deckSize: 100, retentions: [0.85] };
    const [one, two] = [simulateWorkload({ ...small, seed: 42 })[0], simulateWorkload({ ...small, seed: 43 })[0]];
    const both = simulateWorkload({ ...small, seed: 42, runs: 2 })[0];
    expect(both.averageReviewsPerDay).toBeCloseTo((one.averageReviewsPerDay + two.averageReviewsPerDay) / 2, 9);
    expect(both.reviewsPerDay[10]).toBeCloseTo((one.reviewsPerDay[10] + two.reviewsPerDay[10]) / 2, 9);
    expect(both.lapses).toBe(Math.round((one.lapses + two.lapses) / 2));
  });

  it("respects the maximum interval", () => {
    const capped = simulateWorkload({ ...options, maximumInterval: 7, retentions: [0.8] })[0];
    // Every learned card comes back at least once a week.
    expect(capped.averageReviewsPerDay).toBeGreaterThan(simulateWorkload({ ...options, retentions: [0.8] })[0].averageReviewsPerDay);
  });
});
