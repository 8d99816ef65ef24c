// scripts/lib/sparse-logistic.ts (the word floor's fitter): the same L2 objective as
// lib/cards/rank/fit.ts fitLogistic, on sparse rows, so on a small invented problem both give the same
// weights; probabilities match the dense model's.
import { describe, expect, it } from "vitest";
import { fitLogistic } from "@/lib/cards/rank/fit";
import { fitSparseLogistic, sparseProbability, type SparseRow } from "../../../scripts/lib/sparse-logistic";

// Column 0 is the bias; columns 1-3 mostly zero, as word columns are. Not separable, so the fit is finite.
const X: number[][] = [
  [1, 1, 0, 0], [1, 1, 0, 0], [1, 1, 0, 1], [1, 0, 1, 0], [1, 0, 1, 0], [1, 0, 1, 1],
  [1, 0, 0, 1], [1, 0, 0, 0], [1, 1, 1, 0], [1, 0, 0, 0], [1, 0, 2, 0], [1, 1, 0, 1],
];
const y = [1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0];
const sparse = (x: number[]): SparseRow => ({ i: x.flatMap((v, k) => (v ? [k] : [])), x: x.filter((v) => v) });

describe("fitSparseLogistic", () => {
  it.each([0.5, 1, 4])("matches fitLogistic at λ = %s", (lambda) => {
    const dense = fitLogistic(X, y, { lambda, iterations: 50 });
    const w = fitSparseLogistic(X.map(sparse), y, 4, lambda);
    dense.forEach((v, k) => expect(w[k]).toBeCloseTo(v, 4));
    X.forEach((x) => expect(sparseProbability(sparse(x), w)).toBeCloseTo(1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * dense[k], 0))), 5));
  });

  it("penalises every weight but the bias: a larger λ shrinks them", () => {
    const small = fitSparseLogistic(X.map(sparse), y, 4, 0.5), big = fitSparseLogistic(X.map(sparse), y, 4, 64);
    for (let k = 1; k < 4; k++) expect(Math.abs(big[k])).toBeLessThan(Math.abs(small[k]));
    // With the others shrunk to ~0, the bias is the log-odds of the base rate (5 of 12).
    expect(big[0]).toBeCloseTo(Math.log(5 / 7), 1);
  });

  it("gives a weight of zero to a column no row uses", () => {
    const w = fitSparseLogistic(X.map(sparse), y, 6, 1);
    expect(w[4]).toBe(0);
    expect(w[5]).toBe(0);
  });
});
