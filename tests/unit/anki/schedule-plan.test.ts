import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { logDrafts, planCards, toRevlogRows } from "@/lib/anki/schedule-plan";
import { replayCard } from "@/lib/srs/replay";
import { memoryFromSm2 } from "@/lib/srs/sm2-start";
import { schedulingWeights } from "@/lib/srs/weights";
import { fixtureCollection } from "./fixture";

const deck = { desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"], newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND" as const };
const clock = { timeZone: "America/New_York", dayStartHour: 4 };

describe("planCards", () => {
  it("gives each reviewed card the memory state of replaying its revlog, and keeps new/suspended/buried", () => {
    const col = fixtureCollection();
    const plans = planCards(col.cards, col.revlog, deck, clock, col.crt);
    const rows = toRevlogRows(col.revlog);
    for (const id of ["400", "402", "403", "405"]) {
      const expected = replayCard(rows.filter((r) => r.cardId === id).sort((a, b) => a.time - b.time), { deck, clock })!;
      expect(plans.get(id)!.memory).toEqual(expected.memory);
    }
    expect(plans.get("405")!.seededFromSm2).toBe(true); // SM-2 history without a learning run
    expect(plans.get("401")).toEqual({ memory: null, suspended: false, buried: false, seededFromSm2: false });
    expect(plans.get("402")!.suspended).toBe(true);
    expect(plans.get("404")).toMatchObject({ memory: null, buried: true });
  });

  it("derives the memory state of a review card without any log from its SM-2 interval and ease", () => {
    const col = fixtureCollection();
    const plans = planCards(col.cards, [], deck, clock, col.crt);
    const card = col.cards.find((c) => c.id === "400")!;
    const expected = memoryFromSm2({ interval: card.ivl, factor: card.factor }, schedulingWeights(default_w, 1));
    expect(plans.get("400")!.memory).toMatchObject({ stability: expected.stability, difficulty: expected.difficulty, state: 2, due: new Date((col.crt + card.due * 86_400) * 1000) });
    expect(plans.get("403")!.memory).toBeNull(); // learning card without log: nothing to go on, stays new
  });

  it("turns every revlog row into a review log draft", () => {
    const col = fixtureCollection();
    const logs = logDrafts(col.revlog);
    expect(logs).toHaveLength(col.revlog.length);
    expect(logs[0]).toMatchObject({ rating: 3, state: 0, durationMs: 4000 });
  });
});
