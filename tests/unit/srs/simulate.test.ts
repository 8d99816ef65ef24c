// The simulator against an independent Monte-Carlo that drives ts-fsrs's own scheduler (learning
// steps, short-term stability, relearning, intervals) day by day on the same inputs: totals of
// reviews, minutes and cards memorised must agree within 5 %.
import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { simulate, simulateRetentions, type ExistingCard } from "@/lib/srs/simulate";
import { seededRandom } from "@/lib/optimizer/random";
import { monteCarloTsFsrs, type Scenario } from "../../support/ts-fsrs-monte-carlo";

function scenario(retention: number, seed = 3): Scenario {
  const r = seededRandom(seed);
  const existing: ExistingCard[] = Array.from({ length: 400 }, () => {
    const stability = 1 + r() * 60;
    const elapsedDays = Math.floor(r() * 20);
    return { stability, difficulty: 2 + r() * 6, elapsedDays, dueDay: Math.max(0, Math.round(stability) - elapsedDays) };
  });
  return { weights: [...default_w], retention, days: 180, newPerDay: 10, reviewsPerDay: 100_000, existing, newCards: 1200 };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("simulate", () => {
  for (const retention of [0.8, 0.9]) {
    it(`agrees within 5% with a Monte-Carlo over ts-fsrs at retention ${retention} (reviews, minutes, memorised)`, () => {
      const sc = scenario(retention);
      const seeds = [1, 2, 3, 4];
      const ours = seeds.map((s) => simulate({ ...sc, desiredRetention: retention, maximumInterval: 36500, learningSteps: 2, relearningSteps: 1, random: seededRandom(100 + s) }));
      const ref = seeds.map((s) => monteCarloTsFsrs(sc, 900 + s));
      const pairs: [string, number, number][] = [
        ["reviews", mean(ours.map((o) => o.totalReviews)), mean(ref.map((o) => o.reviews))],
        ["minutes", mean(ours.map((o) => o.totalMinutes)), mean(ref.map((o) => o.minutes))],
        ["memorised", mean(ours.map((o) => o.memorizedAtEnd)), mean(ref.map((o) => o.memorized))],
      ];
      for (const [what, a, b] of pairs) {
        console.log(`retention ${retention} ${what}: simulator ${a.toFixed(1)}, ts-fsrs Monte-Carlo ${b.toFixed(1)} (${(((a - b) / b) * 100).toFixed(2)} %)`);
        expect(Math.abs(a - b) / b, what).toBeLessThan(0.05);
      }
    });
  }

  it("costs more and remembers more at a higher retention; the review limit caps every day", () => {
    const sc = scenario(0.9);
    const input = { ...sc, maximumInterval: 36500, learningSteps: 2, relearningSteps: 1 };
    const [low, high] = simulateRetentions(input, [0.8, 0.95]);
    expect(high.totalReviews).toBeGreaterThan(low.totalReviews);
    expect(high.memorizedAtEnd).toBeGreaterThan(low.memorizedAtEnd);
    const capped = simulateRetentions({ ...input, reviewsPerDay: 30 }, [0.9])[0];
    expect(Math.max(...capped.reviewsPerDay)).toBe(30);
    expect(capped.learnedPerDay.slice(0, 120).every((n) => n === 10)).toBe(true); // 1,200 new cards at 10 a day
  });

  it("averages several runs day by day", () => {
    const input = { ...scenario(0.9), days: 60, maximumInterval: 36500, learningSteps: 2, relearningSteps: 1 };
    const [one, two] = [simulateRetentions(input, [0.9], 42)[0], simulateRetentions(input, [0.9], 43)[0]];
    const avg = simulateRetentions(input, [0.9], 42, 2)[0];
    expect(avg.totalReviews).toBeCloseTo((one.totalReviews + two.totalReviews) / 2, 9);
    expect(avg.reviewsPerDay[10]).toBeCloseTo((one.reviewsPerDay[10] + two.reviewsPerDay[10]) / 2, 9);
    expect(avg.memorizedAtEnd).toBeCloseTo((one.memorizedAtEnd + two.memorizedAtEnd) / 2, 9);
  });

  it("is deterministic for a seed and starts from the cards' real due days", () => {
    const input = { weights: [...default_w], days: 30, newPerDay: 0, reviewsPerDay: 9999, maximumInterval: 36500, learningSteps: 2, relearningSteps: 1, newCards: 0,
      existing: [{ stability: 100, difficulty: 5, elapsedDays: 10, dueDay: 5 }, { stability: 100, difficulty: 5, elapsedDays: 10, dueDay: 5 }] };
    const a = simulateRetentions(input, [0.9], 7)[0];
    expect(a).toEqual(simulateRetentions(input, [0.9], 7)[0]);
    expect(a.reviewsPerDay.findIndex((n) => n > 0)).toBe(5);
    expect(a.reviewsPerDay[5]).toBe(2);
    expect(a.memorizedPerDay[0]).toBeCloseTo(2 * 0.9 ** 0, 0); // two strong cards, nearly certainly recalled
  });
});
