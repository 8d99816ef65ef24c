// The done-when criteria of the assignments feature, measured on a simulated class (fewer students
// than bench/assignments.ts, which runs the full 200, to keep this test to a few seconds).
import { describe, expect, it } from "vitest";
import { meanOf, retentionReaching, simulateClass } from "@/lib/assignments/simulate-class";
import { calibrationBins } from "@/lib/assignments/calibration";

const base = { seed: 7, students: 40 };
const examAware = simulateClass({ ...base, scheduling: { kind: "exam", retention: 0.9, target: 0.9 } });

describe("simulated class", () => {
  it("is repeatable from its seed and has every kind of student", () => {
    const again = simulateClass({ ...base, students: 5, scheduling: { kind: "exam", retention: 0.9, target: 0.9 } });
    expect(again.students).toEqual(examAware.students.slice(0, 5));
    expect(new Set(examAware.students.map((s) => s.habit))).toEqual(new Set(["never", "skipper", "follower"]));
    expect(examAware.students.filter((s) => s.habit === "never").every((s) => s.reviews === 0 && s.examScore === 0)).toBe(true);
  });

  it("exam-aware scheduling reaches ≥ 90% exam-day recall with fewer reviews than plain FSRS at a retention reaching the same", () => {
    const recall = meanOf(examAware, "trueExamRecall");
    expect(recall).toBeGreaterThanOrEqual(0.9);
    const retention = retentionReaching(recall, base, 0.75, 0.99, 5);
    const plain = simulateClass({ ...base, scheduling: { kind: "plain", retention } });
    expect(meanOf(plain, "trueExamRecall")).toBeGreaterThanOrEqual(recall);
    expect(meanOf(examAware, "reviews")).toBeLessThan(meanOf(plain, "reviews"));
  });

  it("predicts the exam score on day 25 within 5 points (mean absolute error)", () => {
    const errors = examAware.students.map((s) => Math.abs(s.predicted.mean - s.examScore));
    expect(errors.reduce((a, b) => a + b, 0) / errors.length).toBeLessThanOrEqual(0.05);
  });

  it("is calibrated within 3 points in every well-filled bin of predicted R", () => {
    const bins = calibrationBins(examAware.calibration).filter((b) => b.n >= 200);
    expect(bins.length).toBeGreaterThanOrEqual(4);
    for (const b of bins) expect(Math.abs(b.observed - b.predicted)).toBeLessThanOrEqual(0.03);
  });
});
