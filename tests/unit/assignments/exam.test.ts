import { describe, expect, it } from "vitest";
import { forgetting_curve, default_w, FSRSAlgorithm, generatorParameters, type Grade } from "ts-fsrs";
import { retrievability, intervalFor, nextMemory, DAY_MS } from "@/lib/assignments/curve";
import { examRecallAfterReview, examReviewDay, fitToExam, needsCram } from "@/lib/assignments/exam";

const now = new Date("2026-03-01T09:00:00Z");
const examAt = new Date(now.getTime() + 20 * DAY_MS);
const card = (stability: number, dueInDays: number) => ({ stability, difficulty: 5, state: 2, due: new Date(now.getTime() + dueInDays * DAY_MS), scheduledDays: dueInDays });

describe("forgetting curve", () => {
  it.each([[1, 1], [10, 3], [30, 7.5], [100, 40]])("matches ts-fsrs at t=%d, S=%d", (t, s) => {
    expect(retrievability(t, s)).toBeCloseTo(forgetting_curve([...default_w], t, s), 7);
  });
  it("is 90% after one stability and the interval inverts it", () => {
    expect(retrievability(12, 12)).toBeCloseTo(0.9, 9);
    expect(retrievability(intervalFor(12, 0.8), 12)).toBeCloseTo(0.8, 9);
  });
});

describe("nextMemory", () => {
  const weights = [...default_w].map((x, i) => (i === 8 || i === 10 ? x * 1.1 : x));
  for (const w of [[...default_w], weights]) {
    const ts = new FSRSAlgorithm(generatorParameters({ w, enable_short_term: true }));
    it.each([
      [null, 0, 1], [null, 0, 3], [null, 0, 4],
      [{ stability: 3.2, difficulty: 5.5 }, 0, 1], [{ stability: 3.2, difficulty: 5.5 }, 0, 3],
      [{ stability: 3.2, difficulty: 5.5 }, 4, 1], [{ stability: 3.2, difficulty: 5.5 }, 4, 2], [{ stability: 3.2, difficulty: 5.5 }, 4, 3],
      [{ stability: 40, difficulty: 8.9 }, 90, 4], [{ stability: 0.5, difficulty: 1.2 }, 1, 3], [{ stability: 200, difficulty: 9.9 }, 3, 1],
    ] as [{ stability: number; difficulty: number } | null, number, Grade][])("matches ts-fsrs next_state from %o after %d days, grade %d", (m, t, g) => {
      const want = ts.next_state(m, t, g);
      const got = nextMemory(m, t, g, w);
      expect(got.stability).toBeCloseTo(want.stability, 6);
      expect(got.difficulty).toBeCloseTo(want.difficulty, 6);
    });
  }
});

describe("fitToExam", () => {
  it("shortens an interval that jumps past the exam so the expected recall on exam day reaches the target", () => {
    const c = card(6, 30); // normal FSRS would wait past the exam
    expect(retrievability(20, 6)).toBeLessThan(0.9);
    const fitted = fitToExam(c, now, { examAt, target: 0.9 });
    expect(fitted.scheduledDays).toBeLessThan(20);
    expect(fitted.due.getTime()).toBe(now.getTime() + fitted.scheduledDays * DAY_MS);
    expect(examRecallAfterReview(c, fitted.scheduledDays, 20)).toBeGreaterThanOrEqual(0.9);
    // ...and at the lowest cost: one day earlier would not reach the target
    expect(examRecallAfterReview(c, fitted.scheduledDays - 1, 20)).toBeLessThan(0.9);
  });

  it("lengthens a short pre-exam interval when one later review suffices", () => {
    const c = card(3, 3);
    const k = examReviewDay(c, 20, 0.9)!;
    expect(k).toBeGreaterThan(3);
    expect(fitToExam(c, now, { examAt, target: 0.9 }).scheduledDays).toBe(k);
  });

  it("leaves a card that is ready anyway on its normal schedule after the exam", () => {
    const c = card(400, 300);
    expect(fitToExam(c, now, { examAt, target: 0.9 })).toBe(c);
  });

  it("moves a ready card's pre-exam review to the exam day instead of spending it early", () => {
    const c = card(400, 10);
    const fitted = fitToExam(c, now, { examAt, target: 0.9 });
    expect(fitted.due.getTime()).toBe(examAt.getTime());
  });

  it("does not touch learning cards, or anything once the exam is (almost) here", () => {
    const learning = { ...card(0.5, 0), state: 1 };
    expect(fitToExam(learning, now, { examAt, target: 0.9 })).toBe(learning);
    const c = card(2, 30);
    expect(fitToExam(c, now, { examAt: new Date(now.getTime() + DAY_MS / 2), target: 0.9 })).toBe(c);
  });

  it("falls back to the day with the best expected exam-day recall when the target is out of reach", () => {
    const c = card(5, 30);
    const k = examReviewDay(c, 20, 0.99)!;
    for (let j = 1; j <= 19; j++) expect(examRecallAfterReview(c, k, 20)).toBeGreaterThanOrEqual(examRecallAfterReview(c, j, 20));
  });
});

describe("needsCram", () => {
  it("selects unstudied cards and cards predicted below target on exam day", () => {
    const plan = { examAt, target: 0.9 };
    expect(needsCram(null, plan)).toBe(true);
    expect(needsCram({ stability: 2, difficulty: 5, lastReview: now }, plan)).toBe(true);
    expect(needsCram({ stability: 300, difficulty: 5, lastReview: now }, plan)).toBe(false);
  });
});
