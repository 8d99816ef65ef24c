// FSRS optimizer speed. For 10k, 100k and 1M synthetic reviews (a student with non-default memory
// weights), times the fit (fsrs-rs via @open-spaced-repetition/binding, native, on a libuv thread)
// with items/s, side by side with references measured in the same run on the same data: building
// the training items alone, and evaluating the default weights as Anki's Evaluate does
// (lib/optimizer/evaluate: ts-fsrs memory states, fsrs-rs scoring).
// Converting items to the binding's native objects (napi-wrapped, ~4 µs each) is timed separately.
// Measured (2 cores): 10k 0.26 s, 100k 1.0 s, 1M reviews (0.8M items) 10 s fit + 7 s conversion.
// Run: npx tsx bench/optimizer.ts [--max 1000000] [--quick]   (--quick stops at 100k)
import { default_w } from "ts-fsrs";
import { buildTrainingItems } from "@/lib/optimizer/training-items";
import { evaluateParameters, fitParameters, toBindingItems } from "@/lib/optimizer/fit";
import { FORGETFUL_WEIGHTS, syntheticHistory } from "@/lib/optimizer/synthetic";
import { simulateWorkload } from "@/lib/optimizer/workload";

const arg = process.argv.indexOf("--max");
const max = process.argv.includes("--quick") ? 100_000 : arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
const sizes = [10_000, 100_000, 1_000_000].filter((n) => n <= max);

const time = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const out = await f();
  return [out, performance.now() - t];
};
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const rate = (n: number, t: number) => `${Math.round(n / (t / 1000)).toLocaleString("en-US")}/s`;

console.log(`FSRS optimizer bench (Node ${process.version})`);
for (const n of sizes) {
  const [rows, tGen] = await time(() => syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: n, seed: 7 }));
  const [items, tItems] = await time(() => buildTrainingItems(rows));
  const [, tConvert] = await time(() => toBindingItems(items));
  const [before, tEval] = await time(() => evaluateParameters(items, default_w));
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  const [weights, tFit] = await time(() => fitParameters(items));
  clearInterval(timer);
  const after = evaluateParameters(items, weights);
  console.log(`\n${rows.length.toLocaleString("en-US")} reviews -> ${items.length.toLocaleString("en-US")} training items (synthetic data generated in ${ms(tGen)})`);
  console.log(`  fit (computeParameters)        ${ms(tFit).padStart(9)}  ${rate(items.length, tFit).padStart(12)} items  event loop ticked ${ticks}/${Math.round(tFit / 10)} times`);
  console.log(`  reference: build items         ${ms(tItems).padStart(9)}  ${rate(rows.length, tItems).padStart(12)} reviews  fit/ref = ${(tFit / tItems).toFixed(1)}x`);
  console.log(`  reference: evaluate defaults   ${ms(tEval).padStart(9)}  ${rate(items.length, tEval).padStart(12)} items    fit/ref = ${(tFit / tEval).toFixed(1)}x`);
  console.log(`  items -> native binding objects ${ms(tConvert).padStart(8)}  (once per items array; fitParameters and evaluateParameters share it)`);
  console.log(`  log loss ${before.logLoss.toFixed(4)} -> ${after.logLoss.toFixed(4)}, RMSE(bins) ${(before.rmseBins * 100).toFixed(2)}% -> ${(after.rmseBins * 100).toFixed(2)}%`);
}

const [, tWork] = await time(() => simulateWorkload({ weights: FORGETFUL_WEIGHTS, deckSize: 1000, newPerDay: 20, maximumInterval: 36500 }));
console.log(`\nworkload simulation, 4 retentions x 1,000 cards x 365 days: ${ms(tWork)}`);
