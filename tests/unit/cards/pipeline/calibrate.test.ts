import { describe, expect, it } from "vitest";
import { applyCut, calibrated, chooseCut, fitCalibration } from "@/lib/cards/rank/calibrate";

describe("fitCalibration", () => {
  it("maps scores to the observed rate: an over-confident score is pulled down", () => {
    // Scores of 0.9 are right half the time, scores of 0.2 a tenth of the time.
    const scores = [...Array(20).fill(0.9), ...Array(20).fill(0.2)];
    const hits = [...Array.from({ length: 20 }, (_, i) => (i % 2 ? 1 : 0)), ...Array.from({ length: 20 }, (_, i) => (i % 10 ? 0 : 1))];
    const c = fitCalibration(scores, hits);
    expect(calibrated(0.9, c)).toBeCloseTo(0.5, 1);
    expect(calibrated(0.2, c)).toBeCloseTo(0.1, 1);
    expect(calibrated(0.9, c)).toBeGreaterThan(calibrated(0.5, c));
  });
  it("leaves the score as it is without a calibration, and refuses no data", () => {
    expect(calibrated(0.37)).toBe(0.37);
    expect(() => fitCalibration([], [])).toThrow(/at least one/);
  });
});

describe("applyCut", () => {
  const cards = [{ id: "a", p: 0.6 }, { id: "b", p: 0.1 }, { id: "c", p: 0.4 }, { id: "d", p: 0.2 }];
  const prob = (c: { p: number }) => c.p;
  it("keeps cards at or above the cut, in their order", () => {
    expect(applyCut(cards, prob, { p: 0.4, min: 0 }).map((c) => c.id)).toEqual(["a", "c"]);
  });
  it("keeps the most probable `min` when fewer pass, still in their order", () => {
    expect(applyCut(cards, prob, { p: 0.5, min: 3 }).map((c) => c.id)).toEqual(["a", "c", "d"]);
  });
  it("keeps everything without a cut or with a cut of 0", () => {
    expect(applyCut(cards, prob)).toHaveLength(4);
    expect(applyCut(cards, prob, { p: 0, min: 10 })).toHaveLength(4);
  });
});

describe("chooseCut", () => {
  const book1 = { gold: 2, cards: [{ prob: 0.8, verdict: "accept" as const, facts: ["f1"] }, { prob: 0.3, verdict: "reject" as const }, { prob: 0.25, verdict: "reject" as const }] };
  const book2 = { gold: 1, cards: [{ prob: 0.6, verdict: "accept" as const }, { prob: 0.45, verdict: "edit" as const }, { prob: 0.1, verdict: null }] };

  it("picks the cut that drops rejects and keeps accepts, over all books", () => {
    const [best] = chooseCut([book1, book2], [0, 0.2, 0.4, 0.7], [0, 2]);
    expect(best).toMatchObject({ cut: { p: 0.4, min: 0 }, value: 2, shown: 3, feasible: true });
  });

  it("never takes a cut that loses the gold facts the uncut cards reach", () => {
    const withFact = { gold: 2, cards: [...book1.cards.slice(0, 2), { prob: 0.25, verdict: "reject" as const, facts: ["f2"] }] };
    const [best] = chooseCut([withFact, book2], [0.2, 0.4, 0.7], [0]);
    expect(best.cut.p).toBe(0.2);
    expect(best.recall).toBe(2 / 3);
    expect(chooseCut([withFact, book2], [0.4], [0], 0.5)[0]).toMatchObject({ cut: { p: 0.4 }, feasible: true });
  });
});

describe("chooseCut, chapter by chapter", () => {
  it("refuses a cut that costs one chapter its facts even when the pooled recall barely moves", () => {
    const rich = { gold: 1, cards: [{ prob: 0.9, verdict: "accept" as const, facts: ["r1"] }] };
    const many = Array.from({ length: 10 }, (_, i) => ({ gold: 1, cards: [{ prob: 0.9, verdict: "accept" as const, facts: [`m${i}`] }] }));
    const thin = { gold: 1, cards: [{ prob: 0.2, verdict: "reject" as const, facts: ["t1"] }] };
    const [best] = chooseCut([rich, ...many, thin], [0, 0.5], [0], 0.1);
    expect(best.cut.p).toBe(0);
  });
});
