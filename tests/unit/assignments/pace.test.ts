import { describe, expect, it } from "vitest";
import { newCardBudget, pace } from "@/lib/assignments/pace";

const d = (s: string) => new Date(`2026-03-${s}T12:00:00Z`);

describe("pace", () => {
  it("spreads the remaining cards over the days left", () => {
    const p = pace({ total: 60, introduced: 0, startAt: d("02"), dueAt: d("07"), now: d("02") });
    expect(p).toMatchObject({ perDay: 12, daysLeft: 5, expected: 12, behindBy: 12, done: false });
  });

  it("reports how far behind an even pace a student is", () => {
    const p = pace({ total: 100, introduced: 10, startAt: d("01"), dueAt: d("11"), now: d("05") });
    expect(p.expected).toBe(50);
    expect(p.behindBy).toBe(40);
    expect(p.perDay).toBe(15); // 90 cards over 6 days
  });

  it("asks for everything left once the due date passed, and nothing when done", () => {
    expect(pace({ total: 30, introduced: 10, startAt: d("01"), dueAt: d("05"), now: d("09") }).perDay).toBe(20);
    expect(pace({ total: 30, introduced: 30, startAt: d("01"), dueAt: d("05"), now: d("03") })).toMatchObject({ perDay: 0, behindBy: 0, done: true });
  });

  it("expects nothing before the start date", () => {
    expect(pace({ total: 30, introduced: 0, startAt: d("10"), dueAt: d("20"), now: d("05") }).expected).toBe(0);
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
