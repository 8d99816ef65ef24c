// Load balancing and Easy Days, after Anki 24.11+ (rslib/src/scheduler/states/load_balancer.rs):
// a review's due day is drawn from its fuzz range with weights that favour days with fewer
// reviews already due, slightly favour earlier days, and avoid the weekdays the student made
// "reduced" or "minimum". Pure: the caller passes the due counts, the weekday of today and a seeded
// random source; nothing here reads a clock or a database.
import type { Random } from "@/lib/optimizer/random";

/** Anki's limit: cards sent further out than this are not balanced (the need is low). */
export const MAX_LOAD_BALANCE_INTERVAL = 90;

/** Easy-day shares, Monday first: 1 normal, 0.5 reduced, 0 minimum (Anki's three choices). */
export type EasyDays = readonly number[];

export const NORMAL_WEEK: EasyDays = [1, 1, 1, 1, 1, 1, 1];

/** Anki's load modifier per easy-day setting; "minimum" is tiny but not zero, so an all-minimum week still schedules. */
function loadModifier(share: number): number {
  if (share >= 1) return 1;
  if (share <= 0) return 0.0001;
  return 0.5;
}

/**
 * Anki's fuzz range (fuzz.rs, the same as ts-fsrs get_fuzz_range): ±(1 + 15 % of the part of the
 * interval between 2.5 and 7 days + 10 % of 7–20 + 5 % beyond), never below 2 days or at or before
 * the days already elapsed, never past the maximum. Intervals under 2.5 days are not fuzzed.
 */
export function fuzzRange(interval: number, elapsedDays: number, maximumInterval: number): { min: number; max: number } {
  if (interval < 2.5) {
    const d = Math.min(Math.round(interval), maximumInterval);
    return { min: d, max: d };
  }
  const ranges: [number, number, number][] = [[2.5, 7, 0.15], [7, 20, 0.1], [20, Infinity, 0.05]];
  let delta = 1;
  for (const [start, end, factor] of ranges) delta += factor * Math.max(Math.min(interval, end) - start, 0);
  const iv = Math.min(interval, maximumInterval);
  let min = Math.max(2, Math.round(iv - delta));
  const max = Math.min(Math.round(iv + delta), maximumInterval);
  if (iv > elapsedDays) min = Math.max(min, elapsedDays + 1);
  return { min: Math.min(min, max), max };
}

/**
 * Anki's easy-day modifier per candidate day: normal days stay on; minimum days are (almost) off;
 * a reduced day stays on only while its count, doubled, is at or under the average load per
 * share of the other days in the range (so it ends up with about half a normal day's reviews).
 */
export function easyDayModifiers(easyDays: EasyDays, weekdays: readonly number[], counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const shares = weekdays.reduce((sum, w) => sum + loadModifier(easyDays[w] ?? 1), 0);
  return weekdays.map((w, i) => {
    const share = easyDays[w] ?? 1;
    if (share >= 1 || share <= 0) return loadModifier(share);
    const otherShares = shares - 0.5;
    const threshold = otherShares > 0 ? (total - counts[i]) / otherShares : Infinity;
    return counts[i] / 0.5 > threshold ? loadModifier(0) : 1;
  });
}

export type BalanceInput = {
  /** Candidate days (intervals from today), inclusive: the fuzz range. */
  min: number;
  max: number;
  /** Reviews already due on day `d` from today for this student in this preset's decks. */
  dueOn: (day: number) => number;
  /** Weekday of today's study day, 0 = Monday. */
  todayWeekday: number;
  /** Whether to weigh days by their load (Anki's load balancer); easy days apply either way. */
  balanceLoad: boolean;
  easyDays: EasyDays;
  random: Random;
};

/**
 * The chosen interval in [min, max], or null when there is nothing to choose (a single-day range,
 * or a range past Anki's 90-day limit, where the scheduler's own fuzz stands).
 * Weight of a day (Anki): (1/count)^2.15 * (1/interval)^3 times the easy-day modifier. Anki gives
 * an empty day a flat weight of 1, which lets an empty "minimum" day outweigh every loaded normal
 * day; here an empty day weighs as a day with one review, so the easy-day modifier keeps its
 * meaning (a minimum day stays almost free) and empty days still win over loaded ones.
 */
export function balanceInterval(input: BalanceInput): number | null {
  const { min, max } = input;
  if (max <= min || min > MAX_LOAD_BALANCE_INTERVAL) return null;
  const days: number[] = [];
  for (let d = min; d <= max; d++) days.push(d);
  const counts = days.map((d) => Math.max(0, input.dueOn(d)));
  const weekdays = days.map((d) => (((input.todayWeekday + d) % 7) + 7) % 7);
  const easy = easyDayModifiers(input.easyDays, weekdays, counts);
  const weights = days.map((d, i) => {
    const load = input.balanceLoad ? Math.pow(1 / Math.max(1, counts[i]), 2.15) * Math.pow(1 / d, 3) : 1;
    return load * easy[i];
  });
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return null;
  let x = input.random() * total;
  for (let i = 0; i < days.length; i++) {
    x -= weights[i];
    if (x < 0) return days[i];
  }
  return days[days.length - 1];
}

export function isNormalWeek(easyDays: EasyDays): boolean {
  return easyDays.length !== 7 || easyDays.every((x) => x >= 1);
}
