// An independent Monte-Carlo of study over ts-fsrs's own scheduler (FSRS.next for every answer,
// learning and relearning steps included), the reference for lib/srs/simulate in the unit test and
// the simulator bench. Shares nothing with the simulator but the behaviour table (the inputs).
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade } from "ts-fsrs";
import { DEFAULT_BEHAVIOUR, type ExistingCard } from "@/lib/srs/simulate";

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

export type Scenario = { weights: number[]; retention: number; days: number; newPerDay: number; reviewsPerDay: number; existing: ExistingCard[]; newCards: number };

/** The reference: every answer goes through ts-fsrs's FSRS.next, as the review screen's scheduler does. */
export function monteCarloTsFsrs(sc: Scenario, seed: number) {
  const f = fsrs(generatorParameters({ w: sc.weights, request_retention: sc.retention, maximum_interval: 36500, enable_fuzz: false, enable_short_term: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] }));
  const r = xorshift(seed);
  const b = DEFAULT_BEHAVIOUR;
  const buckets: Card[][] = Array.from({ length: sc.days }, () => []);
  const learned = new Set<Card>();
  const put = (c: Card, day: number) => {
    learned.add(c);
    const due = Math.max(day + 1, Math.round((c.due.getTime() - day0) / DAY));
    if (due < sc.days) buckets[due].push(c);
  };
  for (const e of sc.existing) {
    const card: Card = { ...createEmptyCard(new Date(day0)), state: State.Review, stability: e.stability, difficulty: e.difficulty, reps: 3,
      last_review: new Date(day0 - e.elapsedDays * DAY), due: new Date(day0 + e.dueDay * DAY), scheduled_days: e.elapsedDays + e.dueDay };
    if (e.dueDay < sc.days) buckets[Math.max(0, e.dueDay)].push(card);
    learned.add(card);
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
      learned.delete(card);
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
  const memorized = [...learned].reduce((s, c) => s + (c.last_review && c.last_review <= end ? f.get_retrievability(c, end, false) : 1), 0);
  return { reviews, minutes: seconds / 60, memorized };
}
