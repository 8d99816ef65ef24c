import { describe, expect, it } from "vitest";
import { DAY_MS, retrievability } from "@/lib/assignments/curve";
import { adherenceOf, classReadiness, examRecall, readiness, summarize } from "@/lib/assignments/readiness";
import { calibrationBins } from "@/lib/assignments/calibration";

const now = new Date("2026-03-01T09:00:00Z");
const examAt = new Date(now.getTime() + 10 * DAY_MS);
const days = (n: number) => new Date(now.getTime() + n * DAY_MS);

describe("readiness", () => {
  it("counts never-studied cards as not recalled", () => {
    const r = readiness([{ stability: 1000, difficulty: 5, lastReview: now, due: days(900) }], 4, examAt, 1);
    expect(r.cards).toBe(4);
    expect(r.studied).toBe(1);
    expect(r.mean).toBeCloseTo(retrievability(10, 1000) / 4, 9);
  });

  it("uses the bare forgetting curve for cards not due before the exam", () => {
    const c = { stability: 30, difficulty: 5, lastReview: now, due: days(40) };
    expect(examRecall(c, examAt, 1)).toBeCloseTo(retrievability(10, 30), 9);
  });

  it("credits a review due before the exam by how reliably the student studies", () => {
    const c = { stability: 2, difficulty: 5, lastReview: now, due: days(2) };
    const never = examRecall(c, examAt, 0), sometimes = examRecall(c, examAt, 0.3), always = examRecall(c, examAt, 1);
    expect(never).toBeCloseTo(retrievability(10, 2), 9);
    expect(sometimes).toBeGreaterThan(never);
    expect(always).toBeGreaterThan(sometimes);
  });

  it("gives a Poisson-binomial normal interval that narrows with more cards", () => {
    const small = summarize([0.5, 0.5, 0.5, 0.5]);
    const big = summarize(Array(400).fill(0.5));
    expect(small.mean).toBeCloseTo(0.5, 9);
    expect(small.high - small.low).toBeCloseTo(2 * 1.96 * Math.sqrt(4 * 0.25) / 4, 9);
    expect(big.high - big.low).toBeLessThan(small.high - small.low);
    expect(summarize([1, 1]).low).toBe(1);
    expect(summarize([]).mean).toBe(0);
  });

  it("clamps adherence to 0..1", () => {
    expect(adherenceOf(7, 14)).toBe(0.5);
    expect(adherenceOf(20, 14)).toBe(1);
    expect(adherenceOf(3, 0)).toBe(0);
  });
});

describe("calibrationBins", () => {
  it("bins predictions and compares with the share recalled", () => {
    const bins = calibrationBins([
      { predicted: 0.92, recalled: true }, { predicted: 0.94, recalled: false },
      { predicted: 0.55, recalled: true }, { predicted: 1, recalled: true },
    ]);
    expect(bins.map((b) => [b.from, b.n])).toEqual([[0.5, 1], [0.9, 2], [0.95, 1]]);
    expect(bins[1].predicted).toBeCloseTo(0.93, 9);
    expect(bins[1].observed).toBe(0.5);
  });
});

import { withReadinessColumns } from "@/lib/assignments/roster-csv";

describe("withReadinessColumns", () => {
  it("appends readiness in percent, blank for students without a prediction", () => {
    const csv = withReadinessColumns("Name,Email\r\nAda,a@x\r\nBo,b@x\r\n", [{ mean: 0.8234, low: 0.79, high: 0.85, cards: 10, studied: 9 }, null]);
    expect(csv).toBe("Name,Email,Exam readiness (%),Readiness low (%),Readiness high (%)\r\nAda,a@x,82.3,79,85\r\nBo,b@x,,,\r\n");
  });
  it("refuses rows that don't line up", () => {
    expect(() => withReadinessColumns("Name\r\nAda\r\n", [])).toThrow(/differ/);
  });
});

describe("classReadiness", () => {
  it("averages students and narrows the interval by pooling them", () => {
    const a = summarize(Array(100).fill(0.5)), b = summarize(Array(100).fill(0.7));
    const c = classReadiness([a, b])!;
    expect(c.mean).toBeCloseTo(0.6, 9);
    expect(c.high - c.low).toBeLessThan(a.high - a.low);
    expect(c.high - c.low).toBeCloseTo(2 * 1.96 * Math.sqrt(100 * 0.25 + 100 * 0.21) / 100 / 2, 6);
    expect(classReadiness([])).toBeNull();
  });
});
