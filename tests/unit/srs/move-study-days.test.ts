// Moving a due time by whole study days (load balancing's shift) keeps the wall-clock time across
// DST changes, so the card lands on the study day chosen, not the one before or after.
import { describe, expect, it } from "vitest";
import { moveStudyDays, toStudyTime } from "@/lib/srs/study-clock";

const NEW_YORK = { timeZone: "America/New_York", dayStartHour: 4 };
const studyDay = (t: Date) => toStudyTime(t, NEW_YORK).toISOString().slice(0, 10);
const HOUR = 3_600_000;

describe("moveStudyDays", () => {
  it("keeps a 3:30 am due time (before the 4 am rollover) on the chosen study day across the spring change", () => {
    const due = new Date("2026-03-07T08:30:00Z"); // 03:30 EST, study day 6 March
    expect(studyDay(due)).toBe("2026-03-06");
    const moved = moveStudyDays(due, 2, NEW_YORK);
    expect(moved.toISOString()).toBe("2026-03-09T07:30:00.000Z"); // 03:30 EDT
    expect(studyDay(moved)).toBe("2026-03-08");
    // 48 hours later is 04:30 EDT: past the rollover, a study day too late.
    expect(studyDay(new Date(due.getTime() + 48 * HOUR))).toBe("2026-03-09");
  });

  it("keeps the wall clock across the autumn change and moves backwards too", () => {
    const due = new Date("2026-10-31T13:00:00Z"); // 09:00 EDT
    expect(moveStudyDays(due, 3, NEW_YORK).toISOString()).toBe("2026-11-03T14:00:00.000Z"); // 09:00 EST
    expect(moveStudyDays(new Date("2026-11-03T14:00:00Z"), -3, NEW_YORK).toISOString()).toBe("2026-10-31T13:00:00.000Z");
  });

  it("is plain 24-hour steps where the zone has no DST", () => {
    const due = new Date("2026-03-07T08:30:00Z");
    const utc = { timeZone: "UTC", dayStartHour: 4 };
    expect(moveStudyDays(due, 5, utc).getTime() - due.getTime()).toBe(5 * 24 * HOUR);
    expect(moveStudyDays(due, 0, NEW_YORK)).toEqual(due);
  });
});
