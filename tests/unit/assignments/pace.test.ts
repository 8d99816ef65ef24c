import { describe, expect, it } from "vitest";
import { newCardBudget, pace } from "@/lib/assignments/pace";
import { UTC_MIDNIGHT } from "@/lib/srs/study-clock";

const d = (s: string) => new Date(`2026-03-${s}T12:00:00Z`);

describe("pace", () => {
  it("spreads the remaining cards over the days left", () => {
    const p = pace({ total: 60, introduced: 0, startAt: d("02"), dueAt: d("06"), now: d("02"), clock: UTC_MIDNIGHT });
    expect(p).toMatchObject({ perDay: 12, daysLeft: 5, expected: 12, behindBy: 12, done: false });
  });

  it("reports how far behind an even pace a student is", () => {
    const p = pace({ total: 100, introduced: 10, startAt: d("01"), dueAt: d("10"), now: d("05"), clock: UTC_MIDNIGHT });
    expect(p.expected).toBe(50);
    expect(p.behindBy).toBe(40);
    expect(p.perDay).toBe(15); // 90 cards over 6 days
  });

  it("asks for everything left once the due date passed, and nothing when done", () => {
    expect(pace({ total: 30, introduced: 10, startAt: d("01"), dueAt: d("04"), now: d("09"), clock: UTC_MIDNIGHT }).perDay).toBe(20);
    expect(pace({ total: 30, introduced: 30, startAt: d("01"), dueAt: d("04"), now: d("03"), clock: UTC_MIDNIGHT })).toMatchObject({ perDay: 0, behindBy: 0, done: true });
  });

  it("counts the student's own study days (time zone and rollover hour), not UTC days", () => {
    const start = new Date("2026-03-02T00:00:00Z"), due = new Date("2026-03-06T00:00:00Z"); // 2–6 March, 5 days
    // 03:00 UTC on 6 March is 22:00 on 5 March in Chicago, and 02:00 on 6 March before a 4 am rollover in London.
    const at = new Date("2026-03-06T03:00:00Z");
    const utc = pace({ total: 50, introduced: 0, startAt: start, dueAt: due, now: at, clock: UTC_MIDNIGHT });
    const chicago = pace({ total: 50, introduced: 0, startAt: start, dueAt: due, now: at, clock: { timeZone: "America/Chicago", dayStartHour: 4 } });
    const london = pace({ total: 50, introduced: 0, startAt: start, dueAt: due, now: at, clock: { timeZone: "Europe/London", dayStartHour: 4 } });
    expect(utc).toMatchObject({ daysLeft: 1, expected: 50, perDay: 50 });
    expect(chicago).toMatchObject({ daysLeft: 2, expected: 40, perDay: 25 });
    expect(london).toMatchObject({ daysLeft: 2, expected: 40, perDay: 25 });
    // The same instant one day later is past due in UTC but still the due day in Chicago.
    const next = new Date(at.getTime() + 86_400_000);
    expect(pace({ total: 50, introduced: 0, startAt: start, dueAt: due, now: next, clock: UTC_MIDNIGHT }).daysLeft).toBe(0);
    expect(pace({ total: 50, introduced: 0, startAt: start, dueAt: due, now: next, clock: { timeZone: "America/Chicago", dayStartHour: 4 } }).daysLeft).toBe(1);
  });

  it("expects nothing before the start date", () => {
    expect(pace({ total: 30, introduced: 0, startAt: d("10"), dueAt: d("19"), now: d("05"), clock: UTC_MIDNIGHT }).expected).toBe(0);
  });
});

describe("newCardBudget", () => {
  it("serves the earliest deadline first and gives leftovers to the earliest unfinished", () => {
    const b = newCardBudget([
      { id: "late", dueAt: d("20"), perDay: 5, remaining: 50 },
      { id: "soon", dueAt: d("08"), perDay: 12, remaining: 14 },
    ], 20);
    expect(b.get("soon")).toBe(14);
    expect(b.get("late")).toBe(6);
  });

  it("never exceeds the student's limit", () => {
    const b = newCardBudget([{ id: "a", dueAt: d("08"), perDay: 30, remaining: 100 }], 20);
    expect(b.get("a")).toBe(20);
  });
});

import { parseScores } from "@/lib/assignments/scores-csv";

describe("parseScores", () => {
  it("reads email,percent lines and skips a header", () => {
    expect(parseScores("email,score\nA@x.test, 85\nb@x.test;92.5%\n\n")).toEqual({
      entries: [{ email: "a@x.test", score: 0.85 }, { email: "b@x.test", score: 0.925 }], errors: [],
    });
  });
  it("reports every bad line", () => {
    const r = parseScores("a@x.test,101\nnot-an-email,50\na@x.test,20\na@x.test,30\nc@x.test,");
    expect(r.errors).toEqual([
      "Line 1: the score must be a percentage from 0 to 100.",
      'Line 2: "not-an-email" is not an email address.',
      "Line 4: a@x.test appears twice.",
      "Line 5: the score must be a percentage from 0 to 100.",
    ]);
    expect(r.entries).toEqual([{ email: "a@x.test", score: 0.2 }]);
  });
});
