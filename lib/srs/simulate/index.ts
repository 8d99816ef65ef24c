// The FSRS workload simulator: several desired retentions side by side, each from the same seeds,
// so the curves differ by the retention only. Small decks give noisy single runs, so several runs
// (seeds seed, seed+1, …) can be averaged.
import { seededRandom } from "@/lib/optimizer/random";
import { simulate } from "./simulate";
import type { SimulationResult, SimulatorInput } from "./types";

export { simulate, DEFAULT_BEHAVIOUR } from "./simulate";
export type { Behaviour, ExistingCard, SimulationResult, SimulatorInput } from "./types";

function average(results: SimulationResult[]): SimulationResult {
  const n = results.length;
  const series = (f: (r: SimulationResult) => number[]) => f(results[0]).map((_, d) => results.reduce((s, r) => s + f(r)[d], 0) / n);
  const mean = (f: (r: SimulationResult) => number) => results.reduce((s, r) => s + f(r), 0) / n;
  return {
    desiredRetention: results[0].desiredRetention,
    reviewsPerDay: series((r) => r.reviewsPerDay), learnedPerDay: series((r) => r.learnedPerDay),
    minutesPerDay: series((r) => r.minutesPerDay), memorizedPerDay: series((r) => r.memorizedPerDay),
    totalReviews: mean((r) => r.totalReviews), totalMinutes: mean((r) => r.totalMinutes), memorizedAtEnd: mean((r) => r.memorizedAtEnd),
  };
}

export function simulateRetentions(input: Omit<SimulatorInput, "random" | "desiredRetention">, retentions: readonly number[], seed = 42, runs = 1): SimulationResult[] {
  const n = Math.max(1, Math.floor(runs));
  return retentions.map((desiredRetention) => {
    const all = Array.from({ length: n }, (_, k) => simulate({ ...input, desiredRetention, random: seededRandom(seed + k) }));
    return n === 1 ? all[0] : average(all);
  });
}
