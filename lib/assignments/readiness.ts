// Exam readiness: the predicted share of an assignment's cards a student recalls on the exam day.
// Each card is a Bernoulli trial with p = predicted R at the exam (never-studied cards: p = 0), so
// the count recalled is Poisson-binomial: mean Σp, variance Σp(1−p); the share's interval is the
// normal approximation mean ± z·sd, clamped to [0, 1].
// A card due before the exam is expected to be reviewed before it if the student studies on any of
// the days between (each day with chance `adherence`, their recent habit); a lapse there is relearned
// the same day and, under exam-aware scheduling (`examTarget` set), re-planned once more for the exam.
import { DAY_MS, nextStability, retrievability, DEFAULT_WEIGHTS, type Memory } from "./curve";

export type ReadinessCard = (Memory & { lastReview: Date; due: Date }) | null;

export type Readiness = { mean: number; low: number; high: number; cards: number; studied: number };

export type PredictOptions = { weights?: readonly number[]; examTarget?: number | null };

const Z95 = 1.96;

/** Chance of at least one study day among `days` days. */
const studiesWithin = (days: number, adherence: number) => 1 - Math.pow(1 - adherence, Math.max(1, Math.floor(days)));

/** Predicted R of one card on the exam day. */
export function examRecall(card: ReadinessCard, examAt: Date, adherence: number, opts: PredictOptions = {}): number {
  if (!card) return 0;
  return examRecallMs(card.stability, card.difficulty, card.lastReview.getTime(), card.due.getTime(), examAt.getTime(), adherence, opts);
}

/** examRecall on epoch milliseconds, for the class-wide loop (no Date objects per card). */
export function examRecallMs(stability: number, difficulty: number, last: number, due: number, exam: number, adherence: number, opts: PredictOptions = {}): number {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const untouched = retrievability((exam - last) / DAY_MS, stability, w);
  const afterDue = (exam - due) / DAY_MS;
  if (afterDue <= 0 || adherence <= 0) return untouched;
  const gap = Math.max(0, (due - last) / DAY_MS);
  const rDue = retrievability(gap, stability, w);
  // Relearned the same day: Again, then Good at t = 0 (whose stability does not depend on difficulty).
  const relearned = nextStability(nextStability(stability, difficulty, gap, 1, w), difficulty, 0, 3, w);
  let lapse = retrievability(afterDue, relearned, w);
  if (opts.examTarget && afterDue > 1 && lapse < opts.examTarget) {
    // The planner re-plans the relearned card to reach the target in expectation (exam.ts); taking
    // that as its outcome saves re-running the plan for every card of a class.
    const chance = studiesWithin(afterDue - 1, adherence);
    lapse = chance * opts.examTarget + (1 - chance) * lapse;
  }
  const good = retrievability(afterDue, nextStability(stability, difficulty, gap, 3, w), w);
  const reviewed = rDue * good + (1 - rDue) * lapse;
  const chance = studiesWithin(afterDue, adherence);
  return chance * reviewed + (1 - chance) * untouched;
}

/** Summary of many per-card exam-day recall probabilities. */
export function summarize(probabilities: number[], studied = probabilities.filter((p) => p > 0).length): Readiness {
  const n = probabilities.length;
  if (n === 0) return { mean: 0, low: 0, high: 0, cards: 0, studied: 0 };
  let sum = 0, variance = 0;
  for (const p of probabilities) { sum += p; variance += p * (1 - p); }
  const mean = sum / n, sd = Math.sqrt(variance) / n;
  return { mean, low: Math.max(0, mean - Z95 * sd), high: Math.min(1, mean + Z95 * sd), cards: n, studied };
}

/** Readiness of one student over `total` assignment cards, of which `cards` have memory (the rest count as 0). */
export function readiness(cards: ReadinessCard[], total: number, examAt: Date, adherence: number, opts: PredictOptions = {}): Readiness {
  const p = cards.map((c) => examRecall(c, examAt, adherence, opts));
  const studied = cards.filter(Boolean).length;
  while (p.length < total) p.push(0);
  return summarize(p, studied);
}

/** Share of the last `window` study days on which the student reviewed (their habit of keeping appointments). */
export function adherenceOf(activeDays: number, window: number): number {
  return window > 0 ? Math.min(1, Math.max(0, activeDays / window)) : 0;
}

/**
 * A class's readiness: the mean of its students' shares. Students are independent, so the mean's
 * variance is the sum of their variances (recovered from each interval's half-width) over n².
 */
export function classReadiness(students: Readiness[]): Readiness | null {
  const n = students.length;
  if (!n) return null;
  const mean = students.reduce((x, r) => x + r.mean, 0) / n;
  const variance = students.reduce((x, r) => x + Math.pow((r.high - r.low) / (2 * Z95), 2), 0) / (n * n);
  const sd = Math.sqrt(variance);
  return { mean, low: Math.max(0, mean - Z95 * sd), high: Math.min(1, mean + Z95 * sd), cards: students[0].cards, studied: students.reduce((x, r) => x + r.studied, 0) };
}
