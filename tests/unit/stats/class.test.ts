import { describe, expect, it } from "vitest";
import { classRetentionOverTime } from "@/lib/stats/class-retention";
import { hardestCards, type HardCardRow } from "@/lib/stats/hardest";

describe("classRetentionOverTime", () => {
  it("returns a dense Monday-keyed series ending with this week, null where nobody reviewed", () => {
    const s = classRetentionOverTime(
      [
        { week: "2026-10-26", answers: 120, total: 99, passed: 1, students: 9 }, // before the window
        { week: "2026-11-16", answers: 70, total: 50, passed: 45, students: 3 },
        { week: "2026-11-23", answers: 14, total: 10, passed: 8, students: 2 },
      ],
      "2026-11-24",
      4,
    );
    expect(s).toEqual([
      { week: "2026-11-02", answers: 0, total: 0, passed: 0, students: 0, rate: null },
      { week: "2026-11-09", answers: 0, total: 0, passed: 0, students: 0, rate: null },
      { week: "2026-11-16", answers: 70, total: 50, passed: 45, students: 3, rate: 0.9 },
      { week: "2026-11-23", answers: 14, total: 10, passed: 8, students: 2, rate: 0.8 },
    ]);
  });

  it("files a mid-week key under its Monday and copes with no data", () => {
    const s = classRetentionOverTime([{ week: "2026-11-11", answers: 6, total: 4, passed: 1, students: 1 }], "2026-11-29", 3);
    expect(s.map((w) => [w.week, w.rate])).toEqual([["2026-11-09", 0.25], ["2026-11-16", null], ["2026-11-23", null]]);
    expect(classRetentionOverTime([], "2026-11-24")).toHaveLength(12);
  });
});

describe("hardestCards", () => {
  const card = (cardId: string, reviews: number, passed: number, leechCount = 0): HardCardRow => ({
    cardId, noteId: `n-${cardId}`, front: `Q ${cardId}`, lapses: reviews - passed, reviews, passed, leechCount,
  });
  const rows = [card("once", 1, 0), card("often", 60, 30), card("easy", 40, 38), card("leech", 20, 15, 2)];
  const p = 38 / 121; // class-wide: 38 failed of 121 review-state answers
  const score = (failed: number, reviews: number) => (failed + 10 * p) / (reviews + 10);

  it("shrinks toward the class rate so 1 failure in 1 review is not the hardest", () => {
    const r = hardestCards(rows, { leechesFirst: false });
    expect(r.map((c) => c.cardId)).toEqual(["often", "once", "leech", "easy"]);
    expect(r[0].score).toBeCloseTo(score(30, 60), 12);
    expect(r[1]).toMatchObject({ failed: 1, lapseRate: 1, rank: 2 });
    expect(r[1].score).toBeCloseTo(score(1, 1), 12);
    expect(r[3].score).toBeCloseTo(score(2, 40), 12);
  });

  it("surfaces leeches first by default and respects the limit", () => {
    const r = hardestCards(rows, { limit: 2 });
    expect(r.map((c) => [c.cardId, c.leech, c.rank])).toEqual([["leech", true, 1], ["often", false, 2]]);
    expect(r[0].score).toBeCloseTo(score(5, 20), 12);
  });

  it("uses a 10 % prior when the class has no review-state answers, and handles no cards", () => {
    const r = hardestCards([card("stuck", 0, 0, 1)]);
    expect(r[0]).toMatchObject({ score: 0.1, lapseRate: null, leech: true });
    expect(hardestCards([])).toEqual([]);
  });

  it("takes a different prior weight", () => {
    const r = hardestCards(rows, { priorWeight: 0, leechesFirst: false });
    expect(r[0]).toMatchObject({ cardId: "once", score: 1 }); // no prior: raw lapse rate
  });
});
