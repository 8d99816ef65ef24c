import { describe, expect, it } from "vitest";
import { auc, fitLogistic, fitWithinGroups } from "@/lib/cards/rank/fit";

describe("fitLogistic", () => {
  it("learns which feature predicts the label, and its sign", () => {
    // Feature 1 decides the label (with noise from a fixed pattern); feature 2 is noise.
    const X: number[][] = [], y: number[] = [];
    for (let i = 0; i < 200; i++) {
      const good = i % 3 !== 0;
      X.push([1, good ? 1 : 0, (i * 7) % 5 / 5]);
      y.push(good ? (i % 10 === 1 ? 0 : 1) : (i % 9 === 0 ? 1 : 0));
    }
    const w = fitLogistic(X, y, { lambda: 0.1 });
    expect(w[1]).toBeGreaterThan(1.5);
    expect(Math.abs(w[2])).toBeLessThan(0.8);
  });

  it("shrinks weights toward zero as the penalty grows", () => {
    const X = [[1, 1], [1, 1], [1, 0], [1, 0]], y = [1, 1, 0, 1];
    expect(Math.abs(fitLogistic(X, y, { lambda: 100 })[1])).toBeLessThan(Math.abs(fitLogistic(X, y, { lambda: 0.1 })[1]));
  });
});

describe("fitLogistic from a far start", () => {
  it("converges on separable data pulled toward a prior instead of overshooting (step halving)", () => {
    // bias, type A, type B, kind C, kind D: A+C always rejected, B+D approved (7 in 8) or edited.
    const X: number[][] = [], y: number[] = [];
    for (let i = 0; i < 40; i++) { X.push([1, 1, 0, 1, 0]); y.push(0); }
    for (let i = 0; i < 40; i++) { X.push([1, 0, 1, 0, 1]); y.push(i % 8 ? 1 : 0.5); }
    const prior = [-2.2, 0.9, -0.3, 0.9, -0.5];
    const w = fitLogistic(X, y, { lambda: 5, prior, start: prior });
    expect(w.every((v) => Number.isFinite(v) && Math.abs(v) < 10)).toBe(true);
    const p = (x: number[]) => 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * w[k], 0)));
    expect(p(X[0])).toBeLessThan(0.3);
    expect(p(X[40])).toBeGreaterThan(0.7);
  });
});

describe("fitWithinGroups", () => {
  // Two books: every card of book A has feature 1 and raters liked book A more (70 % vs 30 %
  // accepted), but within each book feature 1 changes nothing; feature 2 raises acceptance inside
  // both books (80 % vs 20 % in A, 60 % vs 0 % in B).
  const X: number[][] = [], y: number[] = [], groups: string[] = [];
  const add = (book: string, f1: number, f2: number, accepted: number, n: number) => {
    for (let i = 0; i < n; i++) { X.push([1, f1, f2]); y.push(i < accepted ? 1 : 0); groups.push(book); }
  };
  add("A", 1, 1, 40, 50); add("A", 1, 0, 10, 50);
  add("B", 0, 1, 30, 50); add("B", 0, 0, 0, 50);

  it("gives no credit to a feature that only tells the books apart", () => {
    expect(fitLogistic(X, y, { lambda: 1 })[1]).toBeGreaterThan(1);
    expect(Math.abs(fitWithinGroups(X, y, groups, { lambda: 1 })[1])).toBeLessThan(0.3);
  });

  it("keeps a feature that separates cards inside each book, and returns only X's columns", () => {
    const w = fitWithinGroups(X, y, groups, { lambda: 1 });
    expect(w).toHaveLength(3);
    expect(w[2]).toBeGreaterThan(1.5);
  });

  it("refuses groups that do not match the rows", () => {
    expect(() => fitWithinGroups(X, y, groups.slice(1))).toThrow(/one group per row/);
  });
});

describe("auc", () => {
  it("is 1 for a perfect ranking, 0.5 for ties, 0 for a reversed one", () => {
    expect(auc([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(auc([0.5, 0.5], [true, false])).toBe(0.5);
    expect(auc([0.1, 0.9], [true, false])).toBe(0);
  });
});
