import { describe, expect, it } from "vitest";
import { buildTrainingItems, cardHistories, itemReviews, utcDayKey, zonedDayKey, type ReviewRow } from "@/lib/optimizer/training-items";
import { assertEnoughReviews, checkMinimum, countReviewsForOptimization, MIN_TRAINING_ITEMS, NotEnoughReviewsError } from "@/lib/optimizer/minimum";
import { FORGETFUL_WEIGHTS, syntheticHistory } from "@/lib/optimizer/synthetic";

const at = (iso: string) => new Date(iso);
const row = (cardId: string, rating: number, iso: string, state: number): ReviewRow => ({ cardId, rating, review: at(iso), state });

describe("training items", () => {
  const learnAndReview: ReviewRow[] = [
    row("a", 3, "2025-01-01T10:00:00Z", 0),
    row("a", 3, "2025-01-01T10:10:00Z", 1), // same day: kept in histories, not a target
    row("a", 3, "2025-01-04T09:00:00Z", 2),
    row("a", 1, "2025-01-11T09:00:00Z", 2),
    row("a", 3, "2025-01-11T09:10:00Z", 3),
    row("a", 3, "2025-01-13T20:00:00Z", 2),
  ];

  it("builds one item per later-day answer, each holding the history up to it", () => {
    const items = buildTrainingItems(learnAndReview);
    expect(items.map(itemReviews)).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }, { rating: 1, deltaT: 7 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }, { rating: 1, deltaT: 7 }, { rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }],
    ]);
    expect(items.map((i) => i.at)).toEqual([learnAndReview[2], learnAndReview[3], learnAndReview[5]].map((r) => r.review.getTime()));
  });

  it("keeps only the history after the last manual reset", () => {
    const rows = [
      row("b", 3, "2025-01-01T10:00:00Z", 0),
      row("b", 3, "2025-01-03T10:00:00Z", 2),
      row("b", 0, "2025-01-05T10:00:00Z", 2), // reset to new
      row("b", 1, "2025-01-06T10:00:00Z", 0),
      row("b", 3, "2025-01-06T10:05:00Z", 1),
      row("b", 4, "2025-01-08T10:00:00Z", 2),
    ];
    expect(buildTrainingItems(rows).map(itemReviews)).toEqual([[{ rating: 1, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 4, deltaT: 2 }]]);
  });

  it("starts again at an answer from New without a reset log (the card's state was deleted)", () => {
    const rows = [
      row("j", 3, "2025-01-01T10:00:00Z", 0),
      row("j", 3, "2025-01-04T10:00:00Z", 2),
      row("j", 2, "2025-01-10T10:00:00Z", 0), // bulk "reset" removed the card state: new again
      row("j", 3, "2025-01-13T10:00:00Z", 2),
    ];
    expect(buildTrainingItems(rows).map(itemReviews)).toEqual([[{ rating: 2, deltaT: 0 }, { rating: 3, deltaT: 3 }]]);
  });

  it("drops cards whose history does not start from New", () => {
    const rows = [
      row("c", 3, "2025-01-01T10:00:00Z", 2), // imported progress: earlier answers unknown
      row("c", 3, "2025-01-05T10:00:00Z", 2),
      row("d", 3, "2025-01-01T10:00:00Z", 0),
      row("d", 3, "2025-01-03T10:00:00Z", 2),
      row("d", 0, "2025-01-04T10:00:00Z", 2),
      row("d", 3, "2025-01-05T10:00:00Z", 2), // after the reset, not from New
      row("d", 3, "2025-01-09T10:00:00Z", 2),
      row("e", 3, "2025-01-01T10:00:00Z", 0),
      row("e", 3, "2025-01-02T10:00:00Z", 2),
    ];
    expect(cardHistories(rows).map((h) => h.cardId)).toEqual(["e"]);
    expect(buildTrainingItems(rows)).toHaveLength(1);
  });

  it("counts delta_t in the student's study days, not UTC days", () => {
    // New York, day starts at 4 am. 23:30 EDT on 9 March and 05:00 EDT on 10 March: one study day
    // apart, but the same UTC date. 03:30 EST (before rollover) and 04:30 EST: also a day apart.
    const rows = [
      row("f", 3, "2025-03-10T03:30:00Z", 0),
      row("f", 3, "2025-03-10T09:00:00Z", 1),
      row("g", 3, "2025-01-15T08:30:00Z", 0),
      row("g", 3, "2025-01-15T09:30:00Z", 1),
    ];
    expect(buildTrainingItems(rows, utcDayKey)).toHaveLength(0);
    const ny = buildTrainingItems(rows, zonedDayKey("America/New_York", 4));
    expect(ny.map((i) => i.history[1].deltaT)).toEqual([1, 1]);
    // Tokyo: 12:30 and 18:00 JST on 10 March are the same study day.
    expect(buildTrainingItems(rows.slice(0, 2), zonedDayKey("Asia/Tokyo", 4))).toHaveLength(0);
  });

  it("orders items by the time of their last answer across cards", () => {
    const rows = [row("h", 3, "2025-02-01T10:00:00Z", 0), row("h", 3, "2025-02-10T10:00:00Z", 2), row("i", 3, "2025-02-02T10:00:00Z", 0), row("i", 3, "2025-02-04T10:00:00Z", 2)];
    expect(buildTrainingItems(rows).map((i) => i.at)).toEqual([rows[3].review.getTime(), rows[1].review.getTime()]);
  });
});

describe("minimum number of reviews", () => {
  it("counts usable reviews and items", () => {
    const rows = [row("a", 3, "2025-01-01T10:00:00Z", 0), row("a", 3, "2025-01-01T10:10:00Z", 1), row("a", 3, "2025-01-03T10:00:00Z", 2), row("x", 3, "2025-01-03T10:00:00Z", 2)];
    expect(countReviewsForOptimization(rows)).toEqual({ reviews: 3, items: 1, cards: 1 });
  });

  it(`refuses below ${MIN_TRAINING_ITEMS} training items with a clear message`, () => {
    const small = syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 300, seed: 3 });
    const { items } = countReviewsForOptimization(small);
    expect(items).toBeLessThan(MIN_TRAINING_ITEMS);
    const check = checkMinimum(items);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(new RegExp(`Only ${items} usable reviews were found.*at least 400`));
    expect(() => assertEnoughReviews(items)).toThrow(NotEnoughReviewsError);

    const big = syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 1000, seed: 3 });
    expect(checkMinimum(countReviewsForOptimization(big).items)).toEqual({ ok: true });
  });
});
