// Expected workload at several desired retentions, for the "what would this cost me" chart after an
// optimization. The binding (0.5.0) has no simulator, so this is a small deterministic Monte-Carlo
// run in the spirit of fsrs-rs `simulate`: day by day, up to `newPerDay` new cards are learned, every
// due card is reviewed, recall is drawn with FSRS retrievability under the student's weights, the
// next interval comes from FSRS (ts-fsrs) at the desired retention, capped by the deck's maximum.
// The same seed is used for every retention, so the curves differ by the retention only.
import { FSRSAlgorithm, generatorParameters } from "ts-fsrs";
import { pick, seededRandom } from "./random";

export type WorkloadOptions = {
  weights: readonly number[];
  deckSize: number;
  newPerDay: number;
  maximumInterval: number;
  days?: number; // default 365
  retentions?: readonly number[]; // default 0.80, 0.85, 0.90, 0.95
  seed?: number;
  /** Independent runs averaged (seeds seed, seed+1, …): small decks are noisy. Default 1. */
  runs?: number;
};

export type WorkloadResult = {
  retention: number;
  /** Answers per day: reviews of learned cards plus one relearning step per lapse (new cards excluded). */
  reviewsPerDay: number[];
  averageReviewsPerDay: number;
  totalReviews: number;
  lapses: number;
  /** Expected number of cards recalled if asked on the last day (sum of retrievability). */
  memorizedAtEnd: number;
};

export const DEFAULT_RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;
const FIRST_RATING = [0.24, 0.094, 0.495, 0.171]; // fsrs-rs simulator defaults
const RECALL_RATING = [0.224, 0.631, 0.145];

export function simulateWorkload(options: WorkloadOptions): WorkloadResult[] {
  const runs = Math.max(1, Math.floor(options.runs ?? 1));
  return (options.retentions ?? DEFAULT_RETENTIONS).map((r) => {
    const all = Array.from({ length: runs }, (_, k) => simulateOne({ ...options, seed: (options.seed ?? 42) + k }, r));
    return runs === 1 ? all[0] : average(all);
  });
}

function average(results: WorkloadResult[]): WorkloadResult {
  const n = results.length;
  const mean = (f: (r: WorkloadResult) => number) => results.reduce((s, r) => s + f(r), 0) / n;
  return {
    retention: results[0].retention,
    reviewsPerDay: results[0].reviewsPerDay.map((_, d) => mean((r) => r.reviewsPerDay[d])),
    averageReviewsPerDay: mean((r) => r.averageReviewsPerDay),
    totalReviews: Math.round(mean((r) => r.totalReviews)),
    lapses: Math.round(mean((r) => r.lapses)),
    memorizedAtEnd: mean((r) => r.memorizedAtEnd),
  };
}

function simulateOne(o: WorkloadOptions, retention: number): WorkloadResult {
  const days = o.days ?? 365;
  const fsrs = new FSRSAlgorithm(generatorParameters({ w: [...o.weights], request_retention: retention, maximum_interval: o.maximumInterval, enable_fuzz: false }));
  const random = seededRandom(o.seed ?? 42);
  const n = o.deckSize;
  const stability = new Float64Array(n), difficulty = new Float64Array(n), last = new Int32Array(n);
  const due: number[][] = Array.from({ length: days }, () => []);
  const reviewsPerDay = new Array<number>(days).fill(0);
  let introduced = 0, lapses = 0;
  const schedule = (card: number, day: number) => {
    const next = day + fsrs.next_interval(stability[card], 0);
    last[card] = day;
    if (next < days) due[next].push(card);
  };
  for (let day = 0; day < days; day++) {
    for (const card of due[day]) {
      const t = day - last[card];
      const recalled = random() < fsrs.forgetting_curve(t, stability[card]);
      const rating = recalled ? pick(random, RECALL_RATING) + 2 : 1;
      let s = fsrs.next_state({ stability: stability[card], difficulty: difficulty[card] }, t, rating);
      reviewsPerDay[day]++;
      if (!recalled) {
        lapses++;
        reviewsPerDay[day]++; // the relearning step, answered Good the same day
        s = fsrs.next_state(s, 0, 3);
      }
      stability[card] = s.stability;
      difficulty[card] = s.difficulty;
      schedule(card, day);
    }
    for (let k = 0; k < o.newPerDay && introduced < n; k++, introduced++) {
      const rating = pick(random, FIRST_RATING) + 1;
      let s = fsrs.next_state(null, 0, rating);
      if (rating === 1) s = fsrs.next_state(s, 0, 3); // its learning step
      stability[introduced] = s.stability;
      difficulty[introduced] = s.difficulty;
      schedule(introduced, day);
    }
  }
  let memorizedAtEnd = 0;
  for (let card = 0; card < introduced; card++) memorizedAtEnd += fsrs.forgetting_curve(days - last[card], stability[card]);
  const totalReviews = reviewsPerDay.reduce((a, b) => a + b, 0);
  return { retention, reviewsPerDay, averageReviewsPerDay: totalReviews / days, totalReviews, lapses, memorizedAtEnd };
}
