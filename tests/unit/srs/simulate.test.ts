// The simulator against an independent Monte-Carlo that drives ts-fsrs's own scheduler (learning
// steps, short-term stability, relearning, intervals) day by day on the same inputs: totals of
// reviews, minutes and cards memorised must agree within 5 %.
import { describe, expect, it } from "vitest";
import { createEmptyCard, default_w, fsrs, generatorParameters, State, type Card, type Grade } from "ts-fsrs";
import { DEFAULT_BEHAVIOUR, simulate, simulateRetentions, type ExistingCard } from "@/lib/srs/simulate";
import { seededRandom } from "@/lib/optimizer/random";

const DAY = 86_400_000;
const day0 = Date.UTC(2026, 0, 5, 12); // noon UTC: day arithmetic never crosses a date line

/** xorshift32: a different generator from the simulator's, so the two runs share no random stream. */
function xorshift(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}
const sample = (r: () => number, p: readonly number[]) => {
  let u = r() * p.reduce((a, b) => a + b, 0);
  for (let i = 0; i < p.length; i++) if ((u -= p[i]) < 0) return i;
  return p.length - 1;
};

type Scenario = { weights: number[]; retention: number; days: number; newPerDay: number; reviewsPerDay: number; existing: ExistingCard[]; newCards: number };

/** The reference: every answer goes through ts-fsrs's FSRS.next, as the review screen's scheduler does. */
function monteCarloTsFsrs(sc: Scenario, seed: number) {
  const f = fsrs(generatorParameters({ w: sc.weights, request_retention: sc.retention, maximum_interval: 36500, enable_fuzz: false, enable_short_term: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] }));
  const r = xorshift(seed);
  const b = DEFAULT_BEHAVIOUR;
  const buckets: Card[][] = Array.from({ length: sc.days }, () => []);
  const learned: Card[] = [];
  const put = (c: Card, day: number) => {
    learned.push(c);
    const due = Math.max(day + 1, Math.round((c.due.getTime() - day0) / DAY));
    if (due < sc.days) buckets[due].push(c);
  };
  for (const e of sc.existing) {
    const card: Card = { ...createEmptyCard(new Date(day0)), state: State.Review, stability: e.stability, difficulty: e.difficulty, reps: 3,
      last_review: new Date(day0 - e.elapsedDays * DAY), due: new Date(day0 + e.dueDay * DAY), scheduled_days: e.elapsedDays + e.dueDay };
    if (e.dueDay < sc.days) buckets[Math.max(0, e.dueDay)].push(card);
    learned.push(card);
  }
  let reviews = 0, seconds = 0, introduced = 0;
  // Same-day steps until the card leaves (re)learning; answers follow the step transition table.
  // The steps are answered at the same instant: ts-fsrs counts elapsed days by calendar date in
  // next() but by whole 24 h in get_retrievability, and a few minutes' drift would split them.
  const steps = (c: Card, first: number, now: Date, costs: readonly number[], table: readonly (readonly number[])[]) => {
    let rating = first;
    for (let i = 0; i < 5 && (c.state === State.Learning || c.state === State.Relearning); i++) {
      rating = sample(r, table[Math.min(rating, 3) - 1]) + 1;
      c = f.next(c, now, rating as Grade).card;
      seconds += costs[rating - 1];
    }
    return c;
  };
  for (let day = 0; day < sc.days; day++) {
    const now = new Date(day0 + day * DAY);
    const due = buckets[day].sort((a, c) => a.difficulty - c.difficulty);
    if (due.length > sc.reviewsPerDay && day + 1 < sc.days) buckets[day + 1].push(...due.splice(sc.reviewsPerDay));
    for (const card of due) {
      learned.splice(learned.indexOf(card), 1);
      const p = f.get_retrievability(card, now, false);
      const rating = r() < p ? sample(r, b.reviewRatingProb) + 2 : 1;
      seconds += b.stateRatingCosts[1][rating - 1];
      reviews++;
      let next = f.next(card, now, rating as Grade).card;
      if (rating === 1) next = steps(next, 1, now, b.stateRatingCosts[2], b.relearningStepTransitions);
      put(next, day);
    }
    for (let k = 0; k < sc.newPerDay && introduced < sc.newCards; k++, introduced++) {
      const rating = sample(r, b.firstRatingProb) + 1;
      seconds += b.stateRatingCosts[0][rating - 1];
      const first = f.next(createEmptyCard(now), now, rating as Grade).card;
      put(steps(first, rating, now, b.stateRatingCosts[0], b.learningStepTransitions), day);
    }
  }
  const end = new Date(day0 + (sc.days - 1) * DAY);
  const memorized = learned.reduce((s, c) => s + (c.last_review && c.last_review <= end ? f.get_retrievability(c, end, false) : 1), 0);
  return { reviews, minutes: seconds / 60, memorized };
}

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
