import { describe, expect, it } from "vitest";
import { BindingMemoryState, FSRSBinding } from "@open-spaced-repetition/binding";
import { previewIntervals, schedule } from "@/lib/srs/scheduler";
import { dayKey, zonedInstant } from "@/lib/srs/study-day";
import type { StudyClock } from "@/lib/srs/study-clock";
import type { DeckOptions, MemoryState, Rating } from "@/lib/srs/types";

const OPTIONS: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"],
  newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND", enableFuzz: false,
};
const DAY_MS = 86_400_000;

/** Local wall-clock time "YYYY-MM-DD HH:MM" in a zone. */
function local(text: string, timeZone: string): Date {
  const [, y, m, d, h, min] = text.match(/^(\d+)-(\d+)-(\d+) (\d+):(\d+)$/)!.map(Number);
  return new Date(zonedInstant(y, m, d, h, timeZone).getTime() + min * 60_000);
}

const dayIndex = (t: Date, clock: StudyClock) => Date.parse(`${dayKey(t, clock.timeZone, clock.dayStartHour)}T00:00:00Z`) / DAY_MS;

/** Replays answers; checks each elapsed-day count and day-interval due against the study days, and stability against fsrs-rs. */
function replay(answers: [string, Rating][], clock: StudyClock) {
  const fsrs = new FSRSBinding();
  let m: MemoryState | null = null;
  let ref: BindingMemoryState | null = null;
  let prev: Date | null = null;
  const elapsed: number[] = [];
  for (const [text, rating] of answers) {
    const now = local(text, clock.timeZone);
    const days: number = prev ? dayIndex(now, clock) - dayIndex(prev, clock) : 0;
    const { next, log } = schedule(m, rating, now, OPTIONS, clock);
    elapsed.push(log.elapsedDays);
    expect(log.elapsedDays).toBe(days);
    const states = fsrs.nextStates(ref, OPTIONS.desiredRetention, days);
    ref = [states.again, states.hard, states.good, states.easy][rating - 1].memory;
    expect(Math.abs(next.stability / ref.stability - 1)).toBeLessThan(1e-4);
    if (next.scheduledDays >= 1) {
      // Due on the study day `scheduledDays` after this one, at the same wall-clock time.
      expect(dayIndex(next.due, clock)).toBe(dayIndex(now, clock) + next.scheduledDays);
      expect(next.due.toLocaleTimeString("en-GB", { timeZone: clock.timeZone })).toBe(now.toLocaleTimeString("en-GB", { timeZone: clock.timeZone }));
    }
    m = next;
    prev = now;
  }
  return { state: m!, elapsed };
}

describe("schedule counts elapsed days in the student's study days", () => {
  it("Tokyo: 08:55 and 09:05 the same morning are the same day (stability 2.3 d, not 7.3 d)", () => {
    const { state, elapsed } = replay([["2026-03-10 08:55", 3], ["2026-03-10 09:05", 3]], { timeZone: "Asia/Tokyo", dayStartHour: 4 });
    expect(elapsed).toEqual([0, 0]);
    expect(state.stability).toBeCloseTo(2.3065, 4);
    expect(state.scheduledDays).toBe(2);
  });

  it("Los Angeles: 18:00 and 08:00 the next morning are one day apart", () => {
    const { elapsed } = replay([["2026-05-04 17:59", 3], ["2026-05-04 18:00", 3], ["2026-05-05 08:00", 3]], { timeZone: "America/Los_Angeles", dayStartHour: 4 });
    expect(elapsed).toEqual([0, 0, 1]);
  });

  it("New York: the rollover hour decides (0 h: 23:30 and 00:30 are two days; 4 h: one day, 03:00 and 05:00 are two)", () => {
    expect(replay([["2026-02-02 23:30", 3], ["2026-02-03 00:30", 3]], { timeZone: "America/New_York", dayStartHour: 0 }).elapsed).toEqual([0, 1]);
    expect(replay([["2026-02-02 23:30", 3], ["2026-02-03 00:30", 3]], { timeZone: "America/New_York", dayStartHour: 4 }).elapsed).toEqual([0, 0]);
    expect(replay([["2026-02-03 03:00", 3], ["2026-02-03 05:00", 3]], { timeZone: "America/New_York", dayStartHour: 4 }).elapsed).toEqual([0, 1]);
  });

  const dstWeeks: [string, string, string[]][] = [
    ["US spring forward", "America/New_York", ["2026-03-06 03:30", "2026-03-06 03:45", "2026-03-07 03:50", "2026-03-09 03:30", "2026-03-15 04:10"]],
    ["US fall back", "America/New_York", ["2026-10-30 04:30", "2026-10-30 04:40", "2026-10-31 04:30", "2026-11-02 04:05", "2026-11-08 03:55"]],
    ["EU spring forward", "Europe/Berlin", ["2026-03-27 03:30", "2026-03-27 03:45", "2026-03-28 03:50", "2026-03-30 03:30", "2026-04-05 04:10"]],
    ["EU fall back", "Europe/Berlin", ["2026-10-23 04:30", "2026-10-23 04:40", "2026-10-24 04:30", "2026-10-26 04:05", "2026-11-01 03:55"]],
  ];
  for (const [name, timeZone, times] of dstWeeks) {
    for (const dayStartHour of [0, 4]) {
      it(`${name} (${timeZone}, rollover ${dayStartHour} h): elapsed days, due study days and stability follow the study days`, () => {
        replay(times.map((t, i) => [t, (i === 2 ? 2 : 3) as Rating]), { timeZone, dayStartHour });
      });
    }
  }

  it("previews label day intervals in study days and learning steps in minutes", () => {
    const clock = { timeZone: "America/New_York", dayStartHour: 4 };
    const first = schedule(null, 4, local("2026-03-07 03:30", clock.timeZone), OPTIONS, clock).next; // Easy: review state
    const now = local("2026-03-09 03:30", clock.timeZone); // two study days later, across the DST change
    const p = previewIntervals(first, now, OPTIONS, clock);
    expect(p[1].label).toBe("10m");
    expect(p[1].due.getTime() - now.getTime()).toBe(10 * 60_000);
    const good = schedule(first, 3, now, OPTIONS, clock).next;
    expect(p[3].due.getTime()).toBe(good.due.getTime());
    expect(p[3].label).toBe(`${good.scheduledDays}d`);
  });
});

describe("study time", () => {
  it("its UTC date is the study day, for every quarter hour of two years in DST and non-DST zones", async () => {
    const { zonedDayKey } = await import("@/lib/optimizer/training-items");
    for (const timeZone of ["America/New_York", "Europe/Berlin", "Asia/Tokyo", "Australia/Lord_Howe", "Asia/Kathmandu"]) {
      for (const dayStartHour of [0, 4]) {
        const key = zonedDayKey(timeZone, dayStartHour);
        for (let t = Date.parse("2025-01-01T00:00:00Z"); t < Date.parse("2027-01-01T00:00:00Z"); t += 15 * 60_000 + 7_000) {
          const expected = Date.parse(`${dayKey(new Date(t), timeZone, dayStartHour)}T00:00:00Z`) / DAY_MS;
          if (key(new Date(t)) !== expected) throw new Error(`${timeZone} ${dayStartHour} h at ${new Date(t).toISOString()}: ${key(new Date(t))} != ${expected}`);
        }
      }
    }
  }, 60_000);
});
