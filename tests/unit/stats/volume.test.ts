// A heavy user's year: 100,000 reviews bucketed with dayKeyOf (as the SQL would), then fed to the
// dashboard functions. Checks conservation of counts and agreement with naive re-computations.
import { describe, expect, it } from "vitest";
import { addDays, dayKeyOf, dayRange } from "@/lib/stats/day";
import { heatmap, reviewsPerDay, type DailyReviewRow } from "@/lib/stats/activity";
import { streaks } from "@/lib/stats/streaks";

const TZ = "America/New_York";
const NOW = new Date("2026-11-24T15:00:00Z");

function lcg(seed: number) {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

describe("100,000 reviews", () => {
  const rnd = lcg(42);
  const today = dayKeyOf(NOW, TZ, 4);
  const rows = new Map<string, DailyReviewRow>();
  const start = NOW.getTime() - 400 * 86_400_000;
  for (let i = 0; i < 100_000; i++) {
    // Skip roughly one day in eight entirely so streaks have gaps.
    const t = start + Math.floor(rnd() * (NOW.getTime() - start));
    const day = dayKeyOf(new Date(t), TZ, 4);
    if (day.charCodeAt(9) % 8 === 3) continue;
    const r = rows.get(day) ?? { day, reviews: 0, seconds: 0 };
    r.reviews++;
    r.seconds += 6;
    rows.set(day, r);
  }
  const dayRows = [...rows.values()];

  it("keeps every review of the window in the heatmap and the daily series", () => {
    const window = new Set(dayRange(today, 365));
    const expected = dayRows.filter((r) => window.has(r.day)).reduce((s, r) => s + r.reviews, 0);
    const h = heatmap(dayRows, today);
    expect(h.reduce((s, c) => s + c.reviews, 0)).toBe(expected);
    expect(new Set(h.map((c) => c.level))).toEqual(new Set([0, 1, 2, 3, 4]));
    const last30 = new Set(dayRange(today, 30));
    expect(reviewsPerDay(dayRows, today).reduce((s, d) => s + d.reviews, 0)).toBe(dayRows.filter((r) => last30.has(r.day)).reduce((s, r) => s + r.reviews, 0));
  });

  it("matches a naive streak count", () => {
    const set = new Set(dayRows.map((r) => r.day));
    let longest = 0;
    for (const d of set) {
      if (set.has(addDays(d, -1))) continue; // only count from the start of each run
      let n = 0;
      while (set.has(addDays(d, n))) n++;
      longest = Math.max(longest, n);
    }
    const s = streaks([...set], today);
    expect(s.longest).toBe(longest);
    expect(s.longest).toBeGreaterThan(1);
  });
});
