// A year (or N days) of study simulated card by card, after fsrs-rs's `simulate` (the engine of
// Anki's FSRS simulator): each day the due reviews are answered (recall drawn from the card's
// retrievability, ratings from the student's behaviour), overflow beyond the daily review limit
// waits for the next day (easiest cards first, as fsrs-rs orders by difficulty), then up to the
// daily limit of new cards is learned through its learning steps; every answer reschedules the
// card at the desired retention, with the interval rules of Lectern's scheduler (ts-fsrs). Starts from the student's real cards: memory states, due days,
// and the unseen cards still to come.
import { pick } from "@/lib/optimizer/random";
import {
  curveOf, initDifficulty, initStability, intervalFor, nextDifficulty, stabilityAfterFailure,
  stabilityAfterSuccess, stabilityShortTerm, type Weights,
} from "./fsrs6";
import type { Behaviour, SimulationResult, SimulatorInput } from "./types";

/** fsrs-rs SimulatorConfig defaults (population averages from Anki users' logs). */
export const DEFAULT_BEHAVIOUR: Behaviour = {
  firstRatingProb: [0.24, 0.094, 0.495, 0.171],
  reviewRatingProb: [0.224, 0.631, 0.145],
  learningStepTransitions: [[0.3686, 0.0628, 0.5108, 0.0577], [0.0442, 0.4553, 0.4457, 0.0549], [0.0519, 0.047, 0.8462, 0.055]],
  relearningStepTransitions: [[0.2157, 0.0643, 0.6595, 0.0604], [0.05, 0.4638, 0.4475, 0.0387], [0.1057, 0.1434, 0.7266, 0.0244]],
  stateRatingCosts: [[19.58, 18.79, 13.78, 10.71], [19.38, 17.59, 12.38, 8.94], [16.44, 15.25, 12.32, 8.03]],
};

const LEARNING = 0, REVIEW = 1, RELEARNING = 2;
const MAX_STEPS = 5;

/** Same-day learning or relearning steps until the card graduates (fsrs-rs memory_state_short_term). */
function shortTerm(w: Weights, s: number, d: number, firstRating: number | null, costs: readonly number[],
  transitions: readonly (readonly number[])[], stepCount: number, random: () => number): [number, number, number] {
  let rating = firstRating ?? 1;
  let cost = firstRating === null ? 0 : costs[rating - 1];
  let consecutive = 0;
  const needed = rating > 2 ? Math.max(0, stepCount - 1) : stepCount;
  for (let i = 0; i < MAX_STEPS && consecutive < needed && rating < 4; i++) {
    rating = pick(random, transitions[rating - 1]) + 1;
    s = stabilityShortTerm(w, s, rating);
    d = nextDifficulty(w, d, rating);
    cost += costs[rating - 1];
    if (rating > 2) consecutive++;
    else if (rating === 1) consecutive = 0;
  }
  return [s, d, cost];
}

export function simulate(input: SimulatorInput): SimulationResult {
  const w = input.weights;
  if (w.length !== 21) throw new Error("The simulator needs FSRS-6 weights (21 numbers).");
  const b: Behaviour = { ...DEFAULT_BEHAVIOUR, ...input.behaviour };
  const recall = curveOf(w);
  const intervalFactor = intervalFor(w, 1, input.desiredRetention); // the interval is linear in stability
  const { days, random, desiredRetention: dr } = input;
  const total = input.existing.length + input.newCards;
  const stability = new Float64Array(total), difficulty = new Float64Array(total), last = new Float64Array(total);
  const buckets: number[][] = Array.from({ length: days }, () => []);
  const reviewsPerDay = new Array<number>(days).fill(0);
  const learnedPerDay = new Array<number>(days).fill(0);
  const secondsPerDay = new Array<number>(days).fill(0);
  const memorizedPerDay = new Array<number>(days).fill(0);

  input.existing.forEach((c, i) => {
    stability[i] = c.stability;
    difficulty[i] = c.difficulty;
    last[i] = -c.elapsedDays;
    const due = Math.max(0, Math.floor(c.dueDay));
    if (due < days) buckets[due].push(i);
  });
  let learned = input.existing.length;

  // Adds the card's retrievability on each day from its last review up to (not including) `until`.
  const accrue = (card: number, until: number) => {
    const l = last[card], s = stability[card];
    for (let day = Math.max(0, Math.ceil(l)); day < until; day++) memorizedPerDay[day] += recall(day - l, s);
  };
  const intervalOf = (s: number) => Math.min(input.maximumInterval, Math.max(1, Math.round(s * intervalFactor)));
  // Lectern's scheduler (ts-fsrs) keeps Hard < Good < Easy on a review: Hard at most Good's
  // interval, Good at least a day past Hard, Easy at least a day past Good (then the deck's cap).
  const passInterval = (s: number, r: number, d: number, rating: number) => {
    const good0 = intervalOf(stabilityAfterSuccess(w, s, r, d, 3));
    const hard = Math.min(intervalOf(stabilityAfterSuccess(w, s, r, d, 2)), good0);
    if (rating === 2) return hard;
    const good = Math.max(good0, hard + 1);
    if (rating === 3) return good;
    return Math.min(input.maximumInterval, Math.max(intervalOf(stabilityAfterSuccess(w, s, r, d, 4)), good + 1));
  };
  const reschedule = (card: number, day: number, ivl = intervalOf(stability[card])) => {
    last[card] = day;
    if (day + ivl < days) buckets[day + ivl].push(card);
  };

  for (let day = 0; day < days; day++) {
    let due = buckets[day];
    if (due.length > input.reviewsPerDay) {
      due = [...due].sort((a, c) => difficulty[a] - difficulty[c]);
      if (day + 1 < days) buckets[day + 1].push(...due.slice(input.reviewsPerDay));
      due = due.slice(0, input.reviewsPerDay);
    }
    for (const card of due) {
      accrue(card, day);
      const r = recall(day - last[card], stability[card]);
      const forgot = random() >= r;
      const rating = forgot ? 1 : pick(random, b.reviewRatingProb) + 2;
      let cost = b.stateRatingCosts[REVIEW][rating - 1];
      if (forgot) {
        const [s, d, c] = shortTerm(w, stabilityAfterFailure(w, stability[card], r, difficulty[card]), nextDifficulty(w, difficulty[card], 1),
          null, b.stateRatingCosts[RELEARNING], b.relearningStepTransitions, input.relearningSteps, random);
        stability[card] = s; difficulty[card] = d; cost += c;
        reviewsPerDay[day]++;
        secondsPerDay[day] += cost;
        reschedule(card, day, intervalOf(stability[card]));
      } else {
        const s = stability[card], d = difficulty[card];
        stability[card] = stabilityAfterSuccess(w, s, r, d, rating);
        difficulty[card] = nextDifficulty(w, d, rating);
        reviewsPerDay[day]++;
        secondsPerDay[day] += cost;
        reschedule(card, day, passInterval(s, r, d, rating));
      }
    }
    for (let k = 0; k < input.newPerDay && learned < total; k++, learned++) {
      const rating = pick(random, b.firstRatingProb) + 1;
      const [s, d, cost] = shortTerm(w, initStability(w, rating), Math.min(10, Math.max(1, initDifficulty(w, rating))), rating,
        b.stateRatingCosts[LEARNING], b.learningStepTransitions, input.learningSteps, random);
      stability[learned] = s; difficulty[learned] = d;
      learnedPerDay[day]++;
      secondsPerDay[day] += cost;
      reschedule(learned, day);
    }
  }
  for (let card = 0; card < learned; card++) accrue(card, days);
  const minutesPerDay = secondsPerDay.map((s) => s / 60);
  return {
    desiredRetention: dr, reviewsPerDay, learnedPerDay, minutesPerDay, memorizedPerDay,
    totalReviews: reviewsPerDay.reduce((a, x) => a + x, 0),
    totalMinutes: minutesPerDay.reduce((a, x) => a + x, 0),
    memorizedAtEnd: memorizedPerDay[days - 1] ?? 0,
  };
}
