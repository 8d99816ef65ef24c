import { describe, expect, it } from "vitest";
import { forecast } from "@/lib/stats/forecast";
import { streaks } from "@/lib/stats/streaks";
import { heatmap, reviewsPerDay } from "@/lib/stats/activity";

const TODAY = "2026-11-24"; // a Tuesday

describe("forecast", () => {
  it("returns N zero days starting today for no data", () => {
    const f = forecast([], TODAY);
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ day: TODAY, count: 0, overdue: 0 });
    expect(f[29].day).toBe("2026-12-23");
  });

  it("folds overdue into today and drops days past the horizon", () => {
    const f = forecast(
      [
        { day: "2026-11-20", count: 3 },
        { day: "2026-11-23", count: 2 },
        { day: TODAY, count: 5 },
        { day: "2026-11-26", count: 1 },
        { day: "2026-12-30", count: 9 },
      ],
      TODAY,
    );
    expect(f[0]).toEqual({ day: TODAY, count: 10, overdue: 5 });
    expect(f[1].count).toBe(0);
    expect(f[2]).toEqual({ day: "2026-11-26", count: 1, overdue: 0 });
    expect(f.reduce((s, d) => s + d.count, 0)).toBe(11);
  });

  it("honours a custom length, including zero", () => {
    expect(forecast([{ day: TODAY, count: 1 }], TODAY, 3).map((d) => d.day)).toEqual([TODAY, "2026-11-25", "2026-11-26"]);
    expect(forecast([{ day: TODAY, count: 1 }], TODAY, 0)).toEqual([]);
  });
});

describe("streaks", () => {
  it("is zero for no reviews", () => {
    expect(streaks([], TODAY)).toEqual({ current: 0, longest: 0, reviewedToday: false });
  });

  it("counts today when reviewed today", () => {
    expect(streaks(["2026-11-22", "2026-11-23", TODAY], TODAY)).toEqual({ current: 3, longest: 3, reviewedToday: true });
  });

  it("continues from yesterday while today is still open", () => {
    expect(streaks(["2026-11-22", "2026-11-23"], TODAY)).toEqual({ current: 2, longest: 2, reviewedToday: false });
  });

  it("is broken by a missed day", () => {
    expect(streaks(["2026-11-21", "2026-11-22"], TODAY).current).toBe(0);
    expect(streaks(["2026-11-20", "2026-11-22", "2026-11-23", TODAY], TODAY)).toMatchObject({ current: 3, longest: 3 });
  });

  it("keeps the longest run from the past, with unsorted duplicate input", () => {
    const days = ["2026-01-03", "2026-01-01", "2026-01-05", "2026-01-02", "2026-01-04", "2026-01-03", "2026-01-11", "2026-01-10"];
    expect(streaks(days, "2026-01-11")).toEqual({ current: 2, longest: 5, reviewedToday: true });
  });

  it("runs across month ends and knows leap years", () => {
    expect(streaks(["2026-02-27", "2026-02-28", "2026-03-01"], "2026-03-01").current).toBe(3);
    expect(streaks(["2024-02-28", "2024-03-01"], "2024-03-01")).toMatchObject({ current: 1, longest: 1 });
  });

  it("ignores days after today (clock skew)", () => {
    expect(streaks(["2026-11-23", "2026-11-25"], TODAY)).toEqual({ current: 1, longest: 1, reviewedToday: false });
  });
});

describe("reviewsPerDay", () => {
  it("is dense, oldest first, with minutes to one decimal", () => {
    const r = reviewsPerDay([{ day: TODAY, reviews: 10, seconds: 600 }, { day: "2026-11-23", reviews: 3, seconds: 95 }], TODAY, 7);
    expect(r).toHaveLength(7);
    expect(r[0]).toEqual({ day: "2026-11-18", reviews: 0, minutes: 0 });
    expect(r[5]).toEqual({ day: "2026-11-23", reviews: 3, minutes: 1.6 });
    expect(r[6]).toEqual({ day: TODAY, reviews: 10, minutes: 10 });
  });

  it("is all zeros for no data", () => {
    expect(reviewsPerDay([], TODAY).every((d) => d.reviews === 0 && d.minutes === 0)).toBe(true);
  });
});

describe("heatmap", () => {
  it("lays out a year as a Monday-first grid ending today", () => {
    const h = heatmap([], TODAY);
    expect(h).toHaveLength(365);
    expect(h[0]).toMatchObject({ day: "2025-11-25", week: 0, weekday: 1, level: 0 }); // a Tuesday
    expect(h[6]).toMatchObject({ day: "2025-12-01", week: 1, weekday: 0 }); // first Monday: new column
    expect(h[364]).toMatchObject({ day: TODAY, week: 52, weekday: 1 });
  });

  it("can start weeks on Sunday like GitHub", () => {
    const h = heatmap([], TODAY, 365, { weekStartsOn: 0 });
    expect(h[0]).toMatchObject({ week: 0, weekday: 2 });
    expect(h[5]).toMatchObject({ day: "2025-11-30", week: 1, weekday: 0 }); // Sunday
  });

  it("assigns levels by quartile of the active days", () => {
    const counts = [1, 1, 2, 3, 5, 8, 13, 21];
    const rows = counts.map((reviews, i) => ({ day: `2026-11-${String(10 + i).padStart(2, "0")}`, reviews, seconds: reviews * 10 }));
    rows.push({ day: "2024-01-01", reviews: 1000, seconds: 0 }); // outside the window: must not skew the levels
    const h = heatmap(rows, TODAY, 30);
    const levels = h.filter((c) => c.reviews > 0).map((c) => c.level);
    // ≤-share of each value: 2/8, 2/8, 3/8, 4/8, 5/8, 6/8, 7/8, 8/8 → ceil(4 × share)
    expect(levels).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(h.find((c) => c.day === "2026-11-17")).toMatchObject({ reviews: 21, seconds: 210, level: 4 });
    expect(h.filter((c) => c.reviews === 0).every((c) => c.level === 0)).toBe(true);
  });

  it("gives a lone active day or equal days the top level", () => {
    expect(heatmap([{ day: TODAY, reviews: 2, seconds: 1 }], TODAY, 7)[6].level).toBe(4);
    const same = heatmap([{ day: TODAY, reviews: 5, seconds: 0 }, { day: "2026-11-20", reviews: 5, seconds: 0 }], TODAY, 7);
    expect(same.filter((c) => c.reviews).map((c) => c.level)).toEqual([4, 4]);
  });

  it("levels 1..4 for four distinct days", () => {
    const rows = [1, 2, 3, 4].map((reviews, i) => ({ day: `2026-11-2${i}`, reviews, seconds: 0 }));
    expect(heatmap(rows, TODAY, 7).filter((c) => c.reviews).map((c) => c.level)).toEqual([1, 2, 3, 4]);
  });
});
