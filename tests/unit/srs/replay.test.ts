import { describe, expect, it } from "vitest";
import { BindingMemoryState, FSRSBinding } from "@open-spaced-repetition/binding";
import { default_w } from "ts-fsrs";
import { replayCard, replayCards } from "@/lib/srs/replay";
import { usableHistory, RevlogKind, type RevlogRow } from "@/lib/srs/revlog-filter";
import { parseRevlogCsv } from "@/lib/srs/revlog-csv";
import { memoryFromSm2 } from "@/lib/srs/sm2-start";
import { dayKey } from "@/lib/srs/study-day";
import { schedule } from "@/lib/srs/scheduler";
import { FORGETFUL_WEIGHTS, syntheticHistory } from "@/lib/optimizer/synthetic";
import type { DeckOptions } from "@/lib/srs/types";
import { ankiRevlogCsv } from "../../support/revlog-csv";

const DECK: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"],
  newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND",
};
const DAY_MS = 86_400_000;
const row = (time: string, rating: number, kind: RevlogRow["kind"], extra: Partial<RevlogRow> = {}): RevlogRow => ({ cardId: "1", time: Date.parse(time), rating, kind, ...extra });

describe("replay invariant", () => {
  for (const [timeZone, dayStartHour] of [["America/New_York", 4], ["Asia/Tokyo", 4], ["America/Los_Angeles", 4], ["Australia/Sydney", 0]] as const) {
    it(`${timeZone} (rollover ${dayStartHour} h): every card's stability is FSRS's memory state on the student's study days (< 1e-4)`, () => {
      const clock = { timeZone, dayStartHour };
      const history = syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 6000, days: 150, seed: 3, start: new Date("2025-01-06T00:00:00Z") });
      const parsed = parseRevlogCsv(ankiRevlogCsv(history));
      if (!parsed.ok) throw new Error(parsed.error);
      const { cards } = replayCards(parsed.rows, { deck: DECK, clock });
      const fsrs = new FSRSBinding([...default_w]);
      const day = (t: number) => Date.parse(`${dayKey(new Date(t), timeZone, dayStartHour)}T00:00:00Z`) / DAY_MS;
      const byCard = new Map<string, RevlogRow[]>();
      for (const r of parsed.rows) byCard.set(r.cardId, [...(byCard.get(r.cardId) ?? []), r]);
      let worst = 0, differentFromUtc = 0;
      for (const card of cards) {
        let m: BindingMemoryState | null = null;
        let prev: number | null = null;
        for (const r of byCard.get(card.cardId)!) {
          const delta = prev === null ? 0 : day(r.time) - day(prev);
          if (prev !== null && delta !== Math.floor(r.time / DAY_MS) - Math.floor(prev / DAY_MS)) differentFromUtc++;
          const next = fsrs.nextStates(m, 0.9, delta);
          m = [next.again, next.hard, next.good, next.easy][r.rating - 1].memory;
          prev = r.time;
        }
        worst = Math.max(worst, Math.abs(card.memory.stability / m!.stability - 1), Math.abs(card.memory.difficulty / m!.difficulty - 1));
      }
      expect(cards.length).toBe(byCard.size);
      expect(differentFromUtc).toBeGreaterThan(0); // the zone matters for this history
      expect(worst).toBeLessThan(1e-4);
    });
  }
});

describe("usableHistory (Anki's reviews_for_fsrs)", () => {
  it("skips filtered-deck answers without rescheduling, manual and rescheduled rows", () => {
    const rows = [row("2026-01-01T10:00Z", 3, 0), row("2026-01-03T10:00Z", 3, 3, { factor: 0 }), row("2026-01-04T10:00Z", 0, 4, { factor: 2500 }),
      row("2026-01-05T10:00Z", 0, 5, { factor: 2500 }), row("2026-01-06T10:00Z", 3, 1, { factor: 2500 }), row("2026-01-07T10:00Z", 3, 3, { factor: 2500 })];
    const usable = usableHistory(rows)!;
    expect(usable.complete).toBe(true);
    expect(usable.rows.map((r) => r.time)).toEqual([rows[0].time, rows[4].time, rows[5].time]); // a rescheduling filtered answer counts
  });

  it("a reset followed by a new learning run starts the history anew; a reset not answered since leaves nothing", () => {
    const before = [row("2026-01-01T10:00Z", 3, 0), row("2026-01-05T10:00Z", 1, 1, { factor: 2500 })];
    const reset = row("2026-01-06T10:00Z", 0, RevlogKind.Manual, { factor: 0 });
    const after = [row("2026-01-07T10:00Z", 4, 0), row("2026-01-12T10:00Z", 3, 1, { factor: 2500 })];
    expect(usableHistory([...before, reset, ...after])!.rows.map((r) => r.time)).toEqual(after.map((r) => r.time));
    expect(usableHistory([...before, reset])).toBeNull();
    const replayed = replayCard([...before, reset, ...after], { deck: { ...DECK, enableFuzz: false }, clock: { timeZone: "UTC", dayStartHour: 0 } })!;
    const direct = schedule(schedule(null, 4, new Date(after[0].time), { ...DECK, enableFuzz: false }, { timeZone: "UTC", dayStartHour: 0 }).next, 3, new Date(after[1].time), { ...DECK, enableFuzz: false }, { timeZone: "UTC", dayStartHour: 0 }).next;
    expect(replayed.memory).toEqual(direct);
  });

  it("uses the last learning run: a card relearned from scratch in learning mode starts there", () => {
    const rows = [row("2026-01-01T10:00Z", 3, 0), row("2026-01-04T10:00Z", 3, 1, { factor: 2500 }), row("2026-02-01T10:00Z", 1, 0), row("2026-02-01T10:10Z", 3, 0)];
    expect(usableHistory(rows)!.rows.map((r) => r.time)).toEqual([rows[2].time, rows[3].time]);
  });
});

describe("SM-2 history (Anki's memory state when FSRS is switched on)", () => {
  it("a history without a learning run starts from the SM-2 state of its first answer, then replays the rest", () => {
    const clock = { timeZone: "Europe/Berlin", dayStartHour: 4 };
    const rows = [row("2026-03-01T10:00Z", 3, 1, { factor: 2500, interval: 100 }), row("2026-06-10T10:00Z", 3, 1, { factor: 2650, interval: 250 })];
    const replayed = replayCard(rows, { deck: { ...DECK, enableFuzz: false }, clock })!;
    expect(replayed.seededFromSm2).toBe(true);
    // As in Anki's own test (bypassed_learning_is_handled): ease 2.5 after 100 days -> S ≈ 100
    const start = memoryFromSm2(rows[0], default_w);
    expect(Math.round(start.stability)).toBe(100);
    expect(start.difficulty).toBeGreaterThan(1);
    expect(start.difficulty).toBeLessThan(10);
    const fsrs = new FSRSBinding([...default_w]);
    const days = 101; // 2026-03-01 to 2026-06-10 in Berlin study days
    const expected = fsrs.nextStates(new BindingMemoryState(start.stability, start.difficulty), 0.9, days).good.memory;
    expect(Math.abs(replayed.memory.stability / expected.stability - 1)).toBeLessThan(1e-4);
    expect(replayed.memory.state).toBe(2);
    expect(replayed.memory.lastReview?.getTime()).toBe(rows[1].time);
  });

  it("ease factors up to 1.1 were written by FSRS and carry the difficulty", () => {
    expect(memoryFromSm2({ factor: 1050, interval: 20 }, default_w).difficulty).toBeCloseTo((1.05 - 0.1) * 9 + 1, 6);
  });

  it("a single SM-2 answer gives the SM-2 state itself, due after its interval", () => {
    const replayed = replayCard([row("2026-03-01T10:00Z", 3, 1, { factor: 2500, interval: 30 })], { deck: DECK, clock: { timeZone: "UTC", dayStartHour: 4 } })!;
    expect(replayed.memory.stability).toBeCloseTo(memoryFromSm2({ factor: 2500, interval: 30 }, default_w).stability, 6);
    expect(replayed.memory.due.toISOString()).toBe("2026-03-31T10:00:00.000Z");
  });
});
