import { describe, expect, it } from "vitest";
import { get_fuzz_range } from "ts-fsrs";
import { balanceInterval, easyDayModifiers, fuzzRange, NORMAL_WEEK } from "@/lib/srs/load-balance";
import { seededRandom } from "@/lib/optimizer/random";

const cv = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length) / mean;
};

/** Schedules `cards` reviews (target intervals drawn from `intervals`) into `load`, returning the new load per day. */
function scheduleInto(load: number[], cards: number, pick: (r: () => number) => number, opts: { balance: boolean; easyDays?: number[]; todayWeekday?: number; seed?: number }) {
  const counts = [...load];
  const random = seededRandom(opts.seed ?? 7);
  for (let i = 0; i < cards; i++) {
    const target = pick(random);
    const { min, max } = fuzzRange(target, 0, 36500);
    const chosen = opts.balance || opts.easyDays
      ? balanceInterval({ min, max, dueOn: (d) => counts[d] ?? 0, todayWeekday: opts.todayWeekday ?? 0, balanceLoad: opts.balance, easyDays: opts.easyDays ?? NORMAL_WEEK, random })
      : null;
    const day = chosen ?? min + Math.floor(random() * (max - min + 1)); // plain fuzz: uniform in the range
    counts[day] = (counts[day] ?? 0) + 1;
  }
  return counts;
}

describe("fuzzRange", () => {
  it.each([[3, 0], [5, 1], [7.4, 3], [12, 0], [30, 10], [88, 40], [400, 100], [2, 0]])("matches ts-fsrs get_fuzz_range for interval %d after %d days", (interval, elapsed) => {
    const ours = fuzzRange(interval, elapsed, 36500);
    const theirs = get_fuzz_range(interval, elapsed, 36500);
    if (interval >= 2.5) expect(ours).toEqual({ min: theirs.min_ivl, max: theirs.max_ivl });
    else expect(ours.min).toBe(ours.max);
  });
  it("respects the maximum interval", () => {
    expect(fuzzRange(100, 0, 90).max).toBe(90);
  });
});

describe("balanceInterval", () => {
  it("stays inside the fuzz range and leaves single days and far intervals alone", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const d = balanceInterval({ min: 8, max: 12, dueOn: () => 5, todayWeekday: 2, balanceLoad: true, easyDays: NORMAL_WEEK, random });
      expect(d).toBeGreaterThanOrEqual(8);
      expect(d).toBeLessThanOrEqual(12);
    }
    expect(balanceInterval({ min: 4, max: 4, dueOn: () => 0, todayWeekday: 0, balanceLoad: true, easyDays: NORMAL_WEEK, random })).toBeNull();
    expect(balanceInterval({ min: 95, max: 105, dueOn: () => 0, todayWeekday: 0, balanceLoad: true, easyDays: NORMAL_WEEK, random })).toBeNull();
  });

  it("prefers the least-loaded day (Anki's weight: count^-2.15 * interval^-3)", () => {
    const random = seededRandom(2);
    const picks = Array.from({ length: 500 }, () => balanceInterval({ min: 10, max: 12, dueOn: (d) => (d === 11 ? 2 : 40), todayWeekday: 0, balanceLoad: true, easyDays: NORMAL_WEEK, random }));
    expect(picks.filter((d) => d === 11).length).toBeGreaterThan(490);
  });

  it("flattens an uneven load: 1,000 cards scheduled into it leave days far more even than plain fuzz", () => {
    // Existing reviews: alternating heavy and light days (40 / 5) over days 5..40.
    const load = Array.from({ length: 60 }, (_, d) => (d >= 5 && d <= 40 ? (d % 2 ? 40 : 5) : 0));
    const target = (r: () => number) => 10 + r() * 20; // intervals 10–30 days
    const plain = scheduleInto(load, 1000, target, { balance: false });
    const balanced = scheduleInto(load, 1000, target, { balance: true });
    const window = (xs: number[]) => xs.slice(12, 29);
    expect(plain.reduce((a, b) => a + b, 0)).toBe(balanced.reduce((a, b) => a + b, 0));
    console.log(`load CV days 12-28: plain fuzz ${cv(window(plain)).toFixed(3)}, balanced ${cv(window(balanced)).toFixed(3)}`);
    expect(cv(window(plain))).toBeGreaterThan(0.2);
    expect(cv(window(balanced))).toBeLessThan(cv(window(plain)) / 2);
  });

  it("gives a reduced easy day about half a normal day's share and a minimum day almost none", () => {
    // Today is a Monday (0); Saturday (5) reduced, Sunday (6) minimum. Intervals 20–40 cover every weekday.
    const easyDays = [1, 1, 1, 1, 1, 0.5, 0];
    const counts = scheduleInto([], 3000, (r) => 20 + r() * 20, { balance: true, easyDays, todayWeekday: 0 });
    const byWeekday = Array(7).fill(0);
    counts.forEach((n, d) => { if (d >= 24 && d <= 36) byWeekday[d % 7] += n ?? 0; }); // the middle, fully covered weeks
    const normal = byWeekday.slice(0, 5).reduce((a, b) => a + b, 0) / 5;
    expect(byWeekday[5] / normal).toBeGreaterThan(0.35);
    expect(byWeekday[5] / normal).toBeLessThan(0.65);
    expect(byWeekday[6] / normal).toBeLessThan(0.1); // a review or so per Sunday once the others are loaded
  });

  it("applies easy days without load balancing: weekends avoided, weekdays evenly fuzzed", () => {
    const counts = scheduleInto([], 2000, (r) => 20 + r() * 20, { balance: false, easyDays: [1, 1, 1, 1, 1, 0, 0], todayWeekday: 0 });
    const weekend = counts.reduce((s, n, d) => s + (d % 7 >= 5 ? n ?? 0 : 0), 0);
    expect(weekend / 2000).toBeLessThan(0.01);
  });
});

describe("easyDayModifiers", () => {
  it("turns a reduced day off once it carries more than half the average of the others", () => {
    // weekdays Mon..Wed with Tue reduced: others carry 10 each, so Tue stays on up to 5.
    expect(easyDayModifiers([1, 0.5, 1, 1, 1, 1, 1], [0, 1, 2], [10, 5, 10])).toEqual([1, 1, 1]);
    expect(easyDayModifiers([1, 0.5, 1, 1, 1, 1, 1], [0, 1, 2], [10, 6, 10])).toEqual([1, 0.0001, 1]);
  });
});
