// Assignment dates lived in each student's study days: the exam day begins at their rollover hour in
// their zone, and the exam planner counts their study days, not UTC days.
import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/assignments/curve";
import { examReviewDay, fitToExam, fitToExamDay } from "@/lib/assignments/exam";
import { studyDayStart, studyToday } from "@/lib/assignments/study-dates";
import { dayKey } from "@/lib/srs/study-day";

const examDate = new Date("2026-05-24T00:00:00Z"); // the calendar date the instructor picked
const auckland = { timeZone: "Pacific/Auckland", dayStartHour: 4 }; // UTC+12 in May
const losAngeles = { timeZone: "America/Los_Angeles", dayStartHour: 4 }; // UTC−7 in May

describe("studyDayStart and studyToday", () => {
  it("starts the exam day at the student's rollover hour in their zone", () => {
    expect(studyDayStart(examDate, auckland).toISOString()).toBe("2026-05-23T16:00:00.000Z");
    expect(studyDayStart(examDate, losAngeles).toISOString()).toBe("2026-05-24T11:00:00.000Z");
    expect(studyDayStart(examDate, { timeZone: "UTC", dayStartHour: 0 }).toISOString()).toBe("2026-05-24T00:00:00.000Z");
  });
  it("agrees with the review screen's study day (dayKey), across DST changes", () => {
    for (const clock of [losAngeles, auckland, { timeZone: "Europe/London", dayStartHour: 1 }]) {
      for (let t = Date.UTC(2026, 2, 1); t < Date.UTC(2026, 3, 15); t += 37 * 60_000) { // every 37 minutes through March
        const key = dayKey(new Date(t), clock.timeZone, clock.dayStartHour);
        expect(new Date(studyToday(new Date(t), clock) * DAY_MS).toISOString().slice(0, 10)).toBe(key);
      }
      const day = new Date("2026-03-29T00:00:00Z"); // London's clocks go forward that night
      expect(dayKey(studyDayStart(day, clock), clock.timeZone, clock.dayStartHour)).toBe("2026-03-29");
      expect(dayKey(new Date(studyDayStart(day, clock).getTime() - 1000), clock.timeZone, clock.dayStartHour)).toBe("2026-03-28");
    }
  });

  it("counts today as the student's study day", () => {
    const at = new Date("2026-05-24T05:00:00Z"); // 17:00 on the 24th in Auckland, 22:00 on the 23rd in Los Angeles
    expect(studyToday(at, auckland)).toBe(examDate.getTime() / DAY_MS);
    expect(studyToday(at, losAngeles)).toBe(examDate.getTime() / DAY_MS - 1);
  });
});

describe("fitToExamDay", () => {
  // 08:00 on 21 May in Auckland: two whole study days (21st, 22nd, 23rd: three) before the exam on the 24th.
  const now = new Date("2026-05-20T20:00:00Z");
  const cards = [2, 4, 8, 15, 30].map((stability) => ({ stability, difficulty: 5, state: 2, due: new Date(now.getTime() + 40 * DAY_MS), scheduledDays: 40 }));

  it("never plans the last review on or after the student's exam day", () => {
    for (const c of cards) {
      const planned = fitToExamDay(c, now, { examDate, target: 0.99 }, auckland);
      expect(dayKey(planned.due, auckland.timeZone, 4) < "2026-05-24").toBe(true);
    }
    // Counting UTC days instead (the old rule) puts some of those reviews on the exam day itself.
    const utcDays = cards.map((c) => fitToExam(c, now, { examAt: examDate, target: 0.99 }));
    expect(utcDays.some((p) => dayKey(p.due, auckland.timeZone, 4) === "2026-05-24")).toBe(true);
  });

  it("places the review on the study day the planner picked, at the same wall-clock time", () => {
    const now = new Date("2026-05-20T05:00:00Z"); // 22:00 on 19 May in Los Angeles
    const c = { ...cards[2], due: new Date(now.getTime() + 40 * DAY_MS) };
    const studyDaysToExam = 4 + 6 / 24; // from 18:00 of study day 19 May (22:00 − 4 h rollover) to the 24th
    const k = examReviewDay(c, studyDaysToExam, 0.95)!;
    const planned = fitToExamDay(c, now, { examDate, target: 0.95 }, losAngeles);
    expect(planned.scheduledDays).toBe(k);
    expect(dayKey(planned.due, losAngeles.timeZone, 4)).toBe(`2026-05-${19 + k}`);
    expect(planned.due.getTime() - now.getTime()).toBe(k * DAY_MS);
  });

  it("leaves the card alone once the student's exam day has (nearly) come", () => {
    const c = cards[1];
    expect(fitToExamDay(c, new Date("2026-05-23T17:00:00Z"), { examDate, target: 0.9 }, auckland)).toBe(c);
  });
});
