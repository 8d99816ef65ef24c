// The simulator on a student's own deck: their cards' states and the unseen cards, scoped to decks they may study.
import { describe, expect, it } from "vitest";
import { simulateDeck } from "@/lib/data/fsrs/simulator";
import { NotFoundError, ValidationError } from "@/lib/data/errors";
import { FORGETFUL_WEIGHTS, syntheticHistory } from "@/lib/optimizer";
import { makeDeckWithNotes, makeUser } from "../support/factories";
import { seedReviewHistory } from "../support/history";

const now = new Date("2026-03-01T12:00:00Z");

describe("simulateDeck", () => {
  it("simulates the student's learned and unseen cards at several retentions, the current one included", async () => {
    const student = await makeUser();
    const deck = await makeDeckWithNotes(student.id, [{ front: "new 1" }, { front: "new 2" }, { front: "new 3" }], { desiredRetention: 0.87 });
    const seeded = await seedReviewHistory(student.id, deck.id, syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 600, seed: 2 }));
    const view = await simulateDeck(student.id, deck.id, now, { days: 60 });
    expect(view.cards).toBe(seeded.cards);
    expect(view.newCards).toBe(3);
    expect(view.results.map((r) => r.desiredRetention)).toEqual([0.8, 0.85, 0.87, 0.9, 0.95]);
    expect(view.currentRetention).toBe(0.87);
    for (const r of view.results) {
      expect(r.reviewsPerDay).toHaveLength(60);
      expect(r.learnedPerDay.reduce((a, b) => a + b, 0)).toBe(3);
      expect(r.memorizedAtEnd).toBeGreaterThan(0);
    }
    expect(view.results[4].totalReviews).toBeGreaterThan(view.results[0].totalReviews);
  });

  it("refuses a deck the user cannot study, and a bad number of days", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const deck = await makeDeckWithNotes(owner.id, [{ front: "q" }]);
    await expect(simulateDeck(other.id, deck.id, now)).rejects.toThrow(NotFoundError);
    await expect(simulateDeck(owner.id, deck.id, now, { days: 3 })).rejects.toThrow(ValidationError);
  });
});
