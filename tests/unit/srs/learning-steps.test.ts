import { describe, expect, it } from "vitest";
import { schedule, previewIntervals } from "@/lib/srs/scheduler";
import { hardDelayMinutes, stepMinutes } from "@/lib/srs/learning-steps";
import { UTC_MIDNIGHT as UTC } from "@/lib/srs/study-clock";
import type { DeckOptions, MemoryState } from "@/lib/srs/types";

const base: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m", "1h"],
  newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND", enableFuzz: false,
};
const t0 = new Date("2026-01-10T09:00:00Z");
const minutesUntil = (m: MemoryState, from: Date) => (m.due.getTime() - from.getTime()) / 60_000;

describe("Hard on learning steps follows Anki (rslib states/steps.rs)", () => {
  it("steps 1m 10m: Hard on the second step repeats its 10m delay (ts-fsrs alone gives 6m)", () => {
    const first = schedule(null, 3, t0, base, UTC).next; // Good: on to the 10m step
    expect(minutesUntil(first, t0)).toBe(10);
    const at = first.due;
    const hard = schedule(first, 2, at, base, UTC).next;
    expect(hard.state).toBe(1);
    expect(minutesUntil(hard, at)).toBe(10);
    expect(previewIntervals(first, at, base, UTC)[2].label).toBe("10m");
  });

  it("Hard on the first step is the average of the first two steps (Anki 5.5m; ts-fsrs keeps whole minutes)", () => {
    expect(hardDelayMinutes([1, 10], 0)).toBe(5.5);
    expect(minutesUntil(schedule(null, 2, t0, base, UTC).next, t0)).toBe(6);
  });

  it("a single step: 1.5x it, at most one day more, rounded to days past a day (Anki's cases)", () => {
    expect(hardDelayMinutes([10], 0)).toBe(15);
    expect(hardDelayMinutes([3 * 1440], 0)).toBe(4 * 1440);
    expect(hardDelayMinutes([1, 10, 100], 1)).toBe(10);
    expect(hardDelayMinutes([1, 10, 100], 2)).toBe(100);
    expect(minutesUntil(schedule(null, 2, t0, { ...base, learningSteps: ["10m"] }, UTC).next, t0)).toBe(15);
  });

  it("relearning steps 10m 1h: Hard on the 1h step waits 1h", () => {
    let m = schedule(null, 4, t0, base, UTC).next; // Easy: straight to review
    const lapseAt = m.due;
    m = schedule(m, 1, lapseAt, base, UTC).next; // Again: relearning, 10m step
    expect(m.state).toBe(3);
    expect(minutesUntil(m, lapseAt)).toBe(10);
    const goodAt = m.due;
    m = schedule(m, 3, goodAt, base, UTC).next; // Good: on to the 1h step
    expect(minutesUntil(m, goodAt)).toBe(60);
    const hardAt = m.due;
    expect(minutesUntil(schedule(m, 2, hardAt, base, UTC).next, hardAt)).toBe(60);
  });

  it("reads decimal steps ('1.5h' is 90 minutes)", () => {
    expect(stepMinutes("1.5h")).toBe(90);
    expect(stepMinutes("2d")).toBe(2880);
  });
});
