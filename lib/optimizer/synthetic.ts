// Synthetic review history from known ("true") weights, for tests and the bench. A simulated
// student answers each card: recall is drawn with the FSRS retrievability of the TRUE memory state
// (true weights), the rating given recall from fixed proportions; the card is scheduled by FSRS with
// the scheduler's weights (defaults unless given), day-granular, no fuzz. A failed answer is
// followed by one same-day (re)learning step rated Good, so histories contain delta_t = 0 answers.
import { default_w, FSRSAlgorithm, generatorParameters, type FSRSState } from "ts-fsrs";
import { pick, seededRandom } from "./random";
import type { ReviewRow } from "./training-items";

export type SyntheticOptions = {
  trueWeights: readonly number[];
  /** Stop adding cards once this many reviews exist (the last card is complete, so a few more). */
  reviews: number;
  /** Days simulated per card from its introduction. Default 365. */
  days?: number;
  newPerDay?: number;
  seed?: number;
  schedulerWeights?: readonly number[];
  desiredRetention?: number;
  start?: Date;
};

const DAY_MS = 86_400_000;
const FIRST_RATING = [0.2, 0.1, 0.6, 0.1]; // Again, Hard, Good, Easy on first sight
const RECALL_RATING = [0.15, 0.75, 0.1]; // Hard, Good, Easy when recalled

function algorithm(w: readonly number[], retention: number): FSRSAlgorithm {
  return new FSRSAlgorithm(generatorParameters({ w: [...w], request_retention: retention, enable_fuzz: false, maximum_interval: 36500 }));
}

/** Review rows sorted by card, then time (cards "c000001", ...). */
export function syntheticHistory(options: SyntheticOptions): ReviewRow[] {
  const truth = algorithm(options.trueWeights, 0.9);
  const scheduler = algorithm(options.schedulerWeights ?? default_w, options.desiredRetention ?? 0.9);
  const random = seededRandom(options.seed ?? 1);
  const days = options.days ?? 365, newPerDay = options.newPerDay ?? 20;
  const start = (options.start ?? new Date("2025-01-06T00:00:00Z")).getTime();
  const rows: ReviewRow[] = [];
  for (let card = 0; rows.length < options.reviews; card++) {
    const cardId = `c${String(card).padStart(6, "0")}`;
    // A study session at some hour between 08:00 and 22:00 UTC of the day.
    const at = (day: number, minutes = 0) => new Date(start + day * DAY_MS + (8 + Math.floor(random() * 14)) * 3_600_000 + minutes * 60_000);
    let day = Math.floor(card / newPerDay);
    const firstDay = day;
    let rating = pick(random, FIRST_RATING) + 1;
    let real: FSRSState = truth.next_state(null, 0, rating);
    let seen: FSRSState = scheduler.next_state(null, 0, rating);
    let when = at(day);
    rows.push({ cardId, rating, review: when, state: 0 });
    for (let last = day, first = true; ; first = false) {
      if (rating === 1) {
        // The (re)learning step: same day, 10 minutes later, always recalled (R is ~1 at t = 0).
        real = truth.next_state(real, 0, 3);
        seen = scheduler.next_state(seen, 0, 3);
        rows.push({ cardId, rating: 3, review: new Date(when.getTime() + 600_000), state: first ? 1 : 3 });
      }
      day = last + scheduler.next_interval(seen.stability, 0);
      if (day - firstDay >= days) break;
      const t = day - last;
      const recalled = random() < truth.forgetting_curve(t, real.stability);
      rating = recalled ? pick(random, RECALL_RATING) + 2 : 1;
      real = truth.next_state(real, t, rating);
      seen = scheduler.next_state(seen, t, rating);
      when = at(day);
      rows.push({ cardId, rating, review: when, state: 2 });
      last = day;
    }
  }
  return rows;
}

/** Non-default weights of a student who forgets faster and gains stability more slowly. */
export const FORGETFUL_WEIGHTS: readonly number[] = default_w.map((w, i) =>
  i < 4 ? w * 0.4 : i === 8 ? 1.3 : i === 10 ? 1.2 : i === 11 ? 1.0 : i === 20 ? 0.35 : w,
);
