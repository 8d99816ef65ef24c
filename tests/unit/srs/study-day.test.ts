import { describe, expect, it } from "vitest";
import { dayKey, studyDay } from "@/lib/srs/study-day";

describe("studyDay", () => {
  it.each([
    // [instant, zone, rollover hour, expected key, expected start, expected end]
    ["2026-05-05T07:59:00Z", "America/New_York", 4, "2026-05-04", "2026-05-04T08:00:00.000Z", "2026-05-05T08:00:00.000Z"], // 03:59 EDT
    ["2026-05-05T08:00:00Z", "America/New_York", 4, "2026-05-05", "2026-05-05T08:00:00.000Z", "2026-05-06T08:00:00.000Z"], // 04:00 EDT
    ["2026-03-08T05:00:00Z", "America/New_York", 4, "2026-03-07", "2026-03-07T09:00:00.000Z", "2026-03-08T08:00:00.000Z"], // spans the spring change: 23 h
    ["2026-03-08T10:00:00Z", "America/New_York", 4, "2026-03-08", "2026-03-08T08:00:00.000Z", "2026-03-09T08:00:00.000Z"],
    ["2026-11-01T05:00:00Z", "America/New_York", 4, "2026-10-31", "2026-10-31T08:00:00.000Z", "2026-11-01T09:00:00.000Z"], // autumn change: 25 h
    ["2026-01-01T22:29:00Z", "Asia/Kolkata", 4, "2026-01-01", "2025-12-31T22:30:00.000Z", "2026-01-01T22:30:00.000Z"], // 03:59 IST
    ["2026-01-01T22:30:00Z", "Asia/Kolkata", 4, "2026-01-02", "2026-01-01T22:30:00.000Z", "2026-01-02T22:30:00.000Z"],
    ["2026-06-01T00:30:00Z", "UTC", 0, "2026-06-01", "2026-06-01T00:00:00.000Z", "2026-06-02T00:00:00.000Z"],
  ])("puts %s in %s (rollover %i h) on %s", (at, tz, hour, key, start, end) => {
    const d = studyDay(new Date(at), tz, hour);
    expect(d.key).toBe(key);
    expect(d.start.toISOString()).toBe(start);
    expect(d.end.toISOString()).toBe(end);
  });

  it("falls back to UTC for an unknown time zone instead of failing the review screen", () => {
    expect(dayKey(new Date("2026-06-01T03:00:00Z"), "Mars/Olympus", 4)).toBe("2026-05-31");
  });
});
