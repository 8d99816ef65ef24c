// FSRS workload simulator speed: 10,000 cards (5,000 learned with varied memory states, 5,000 new
// at 20 a day) simulated for 365 days at one desired retention, beside a reference run in the same
// process on the same inputs: the independent Monte-Carlo of the unit test, which sends every
// answer through ts-fsrs's scheduler (FSRS.next), as the review screen does.
// Run: npx tsx bench/simulator.ts
import { default_w } from "ts-fsrs";
import { simulate, type ExistingCard } from "@/lib/srs/simulate";
import { seededRandom } from "@/lib/optimizer/random";
import { monteCarloTsFsrs } from "../tests/support/ts-fsrs-monte-carlo";

const r = seededRandom(11);
const existing: ExistingCard[] = Array.from({ length: 5000 }, () => {
  const stability = 1 + r() * 120;
  const elapsedDays = Math.floor(r() * 30);
  return { stability, difficulty: 2 + r() * 7, elapsedDays, dueDay: Math.max(0, Math.round(stability) - elapsedDays) };
});
const scenario = { weights: [...default_w], retention: 0.9, days: 365, newPerDay: 20, reviewsPerDay: 9999, existing, newCards: 5000 };

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
};

console.log(`FSRS simulator bench (Node ${process.version}): 10,000 cards x 365 days, retention 0.9`);
simulate({ ...scenario, desiredRetention: 0.9, maximumInterval: 36500, learningSteps: 2, relearningSteps: 1, random: seededRandom(1) }); // warm-up
const runs = 5;
let best = Infinity, result = null as ReturnType<typeof simulate> | null;
for (let i = 0; i < runs; i++) {
  const [res, t] = time(() => simulate({ ...scenario, desiredRetention: 0.9, maximumInterval: 36500, learningSteps: 2, relearningSteps: 1, random: seededRandom(1 + i) }));
  if (t < best) [best, result] = [t, res];
}
const [ref, tRef] = time(() => monteCarloTsFsrs(scenario, 7));
const answers = result!.totalReviews;
console.log(`  simulator (lib/srs/simulate)           ${best.toFixed(0).padStart(6)} ms  (best of ${runs}; ${answers.toLocaleString("en-US")} reviews, ${Math.round(result!.memorizedAtEnd).toLocaleString("en-US")} cards memorised at the end)`);
console.log(`  reference: Monte-Carlo over ts-fsrs    ${tRef.toFixed(0).padStart(6)} ms  (${ref.reviews.toLocaleString("en-US")} reviews, ${Math.round(ref.memorized).toLocaleString("en-US")} memorised)  ->  simulator ${(tRef / best).toFixed(1)}x faster`);
console.log(`  four retentions side by side (the simulator page): ~${((best * 4) / 1000).toFixed(2)} s`);
