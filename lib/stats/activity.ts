// Daily activity: the reviews-per-day chart and the GitHub-style heatmap, both dense (every day in
// the window present, zeros included) so the UI never has to fill gaps.
import { dayRange, weekday } from "./day";

/** One row of dailyReviewsSql: reviews and seconds spent on one study day. */
export type DailyReviewRow = { day: string; reviews: number; seconds: number };

export type DayActivity = { day: string; reviews: number; minutes: number };

function byDay(rows: DailyReviewRow[]): Map<string, DailyReviewRow> {
  const m = new Map<string, DailyReviewRow>();
  for (const r of rows) {
    const prev = m.get(r.day);
    m.set(r.day, { day: r.day, reviews: (prev?.reviews ?? 0) + Number(r.reviews), seconds: (prev?.seconds ?? 0) + Number(r.seconds) });
  }
  return m;
}

/** The last `days` study days ending today, with review counts and minutes (one decimal). */
export function reviewsPerDay(dayRows: DailyReviewRow[], today: string, days = 30): DayActivity[] {
  const m = byDay(dayRows);
  return dayRange(today, days).map((day) => {
    const r = m.get(day);
    return { day, reviews: r?.reviews ?? 0, minutes: Math.round(((r?.seconds ?? 0) / 60) * 10) / 10 };
  });
}

export type HeatmapCell = {
  day: string;
  reviews: number;
  seconds: number;
  /** 0 = no reviews; 1–4 = quartile of this day among the days with reviews. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Column: 0 for the (possibly partial) first week of the window. */
  week: number;
  /** Row: 0 = the first day of the week (Monday by default, Sunday with weekStartsOn 0). */
  weekday: number;
};

export type HeatmapOptions = { weekStartsOn?: 0 | 1 };

export function heatmap(dayRows: DailyReviewRow[], today: string, days = 365, opts: HeatmapOptions = {}): HeatmapCell[] {
  const m = byDay(dayRows);
  const range = dayRange(today, days);
  // Levels come from the empirical distribution of active days, not fixed thresholds, so a light and a
  // heavy user both get a readable map: level = ceil(4 × share of active days with ≤ this many reviews).
  const active = range.map((d) => m.get(d)?.reviews ?? 0).filter((n) => n > 0).sort((a, b) => a - b);
  const atMost = (n: number) => {
    let lo = 0, hi = active.length; // upper bound: count of values ≤ n
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (active[mid] <= n) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  const shift = opts.weekStartsOn === 0 ? 1 : 0; // ISO weekday 6 (Sunday) becomes row 0
  const rowOf = (day: string) => (weekday(day) + shift) % 7;
  const offset = range.length ? rowOf(range[0]) : 0;
  return range.map((day, i) => {
    const r = m.get(day);
    const reviews = r?.reviews ?? 0;
    const level = reviews > 0 ? (Math.ceil((4 * atMost(reviews)) / active.length) as 1 | 2 | 3 | 4) : 0;
    return { day, reviews, seconds: r?.seconds ?? 0, level, week: Math.floor((i + offset) / 7), weekday: rowOf(day) };
  });
}
