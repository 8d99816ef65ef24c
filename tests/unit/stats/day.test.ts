import { describe, expect, it } from "vitest";
import { addDays, dayKeyOf, dayRange, daysBetween, weekday, weekStart } from "@/lib/stats/day";
import { dayKey as srsDayKey } from "@/lib/srs/study-day";

const at = (iso: string) => new Date(iso);

describe("dayKeyOf (twin of the SQL day bucketing)", () => {
  it("rolls over at the configured hour in UTC", () => {
    expect(dayKeyOf(at("2026-03-10T03:59:59Z"), "UTC", 4)).toBe("2026-03-09");
    expect(dayKeyOf(at("2026-03-10T04:00:00Z"), "UTC", 4)).toBe("2026-03-10");
    expect(dayKeyOf(at("2026-03-10T00:00:00Z"), "UTC", 0)).toBe("2026-03-10");
  });

  it("counts 03:30 local for the previous day with a 4 am rollover (New York, EST)", () => {
    expect(dayKeyOf(at("2026-01-15T08:30:00Z"), "America/New_York", 4)).toBe("2026-01-14"); // 03:30 EST
    expect(dayKeyOf(at("2026-01-15T09:00:00Z"), "America/New_York", 4)).toBe("2026-01-15"); // 04:00 EST
  });

  it("counts 03:30 local for the previous day in Tokyo (UTC+9, across the UTC date)", () => {
    expect(dayKeyOf(at("2026-01-14T18:30:00Z"), "Asia/Tokyo", 4)).toBe("2026-01-14"); // 03:30 on the 15th
    expect(dayKeyOf(at("2026-01-14T19:00:00Z"), "Asia/Tokyo", 4)).toBe("2026-01-15"); // 04:00 on the 15th
  });

  it("puts one instant on different days in New York and Tokyo", () => {
    const t = at("2026-01-15T02:00:00Z"); // 21:00 on the 14th in NY, 11:00 on the 15th in Tokyo
    expect(dayKeyOf(t, "America/New_York", 4)).toBe("2026-01-14");
    expect(dayKeyOf(t, "Asia/Tokyo", 4)).toBe("2026-01-15");
  });

  it("handles half-hour zones", () => {
    expect(dayKeyOf(at("2026-01-14T22:29:00Z"), "Asia/Kolkata", 4)).toBe("2026-01-14"); // 03:59 IST
    expect(dayKeyOf(at("2026-01-14T22:30:00Z"), "Asia/Kolkata", 4)).toBe("2026-01-15"); // 04:00 IST
  });

  it("rolls over at 4 am local on the spring-forward night (New York, 2026-03-08)", () => {
    expect(dayKeyOf(at("2026-03-08T06:59:00Z"), "America/New_York", 4)).toBe("2026-03-07"); // 01:59 EST
    expect(dayKeyOf(at("2026-03-08T07:59:00Z"), "America/New_York", 4)).toBe("2026-03-07"); // 03:59 EDT
    expect(dayKeyOf(at("2026-03-08T08:00:00Z"), "America/New_York", 4)).toBe("2026-03-08"); // 04:00 EDT
  });

  it("rolls over at 4 am local on the fall-back night (New York, 2026-11-01): a 25-hour study day", () => {
    expect(dayKeyOf(at("2026-11-01T05:30:00Z"), "America/New_York", 4)).toBe("2026-10-31"); // 01:30 EDT
    expect(dayKeyOf(at("2026-11-01T06:30:00Z"), "America/New_York", 4)).toBe("2026-10-31"); // 01:30 EST
    expect(dayKeyOf(at("2026-11-01T08:30:00Z"), "America/New_York", 4)).toBe("2026-10-31"); // 03:30 EST
    expect(dayKeyOf(at("2026-11-01T09:00:00Z"), "America/New_York", 4)).toBe("2026-11-01"); // 04:00 EST
  });

  it("agrees with the review core's study day over a year of half-hours", () => {
    const zones = ["America/New_York", "Asia/Tokyo", "Europe/London", "Australia/Lord_Howe"];
    for (const tz of zones) {
      for (const hour of [0, 4, 23]) {
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 1_800_000) {
          const d = new Date(t);
          if (dayKeyOf(d, tz, hour) !== srsDayKey(d, tz, hour)) expect([tz, hour, d.toISOString()]).toBe("consistent");
        }
      }
    }
  });

  it("throws on an unknown zone instead of silently using UTC (PostgreSQL errors too)", () => {
    expect(() => dayKeyOf(new Date(), "Mars/Olympus", 4)).toThrow(RangeError);
  });
});

describe("calendar helpers", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09"); // no zone, so DST can't shift it
  });

  it("counts days between keys", () => {
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
    expect(daysBetween("2026-11-24", "2025-11-24")).toBe(-365);
  });

  it("numbers weekdays from Monday and finds the week's Monday", () => {
    expect(weekday("2026-11-23")).toBe(0); // Monday
    expect(weekday("2026-11-24")).toBe(1);
    expect(weekday("2026-11-29")).toBe(6); // Sunday
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
    expect(weekStart("2026-01-01")).toBe("2025-12-29");
  });

  it("builds ranges ending on a day", () => {
    expect(dayRange("2026-01-02", 3)).toEqual(["2025-12-31", "2026-01-01", "2026-01-02"]);
    expect(dayRange("2026-01-02", 0)).toEqual([]);
  });
});
