// The penalty chosen inside each leave-one-group-out fold (scripts/lib/nested-lambda.ts, used by
// scripts/word-floor.ts): a group's λ is picked without its books. Invented books and ratings.
import { describe, expect, it } from "vitest";
import { bestLambda, LAMBDA_GRID, nestedLambdaFolds } from "../../../scripts/lib/nested-lambda";

describe("bestLambda", () => {
  it("takes the highest finite rating, ties to the earlier λ", () => {
    expect(bestLambda([1, 2, 4], (l) => ({ 1: 0.6, 2: 0.7, 4: 0.7 })[l]!).lambda).toBe(2);
    expect(bestLambda([1, 2], (l) => (l === 1 ? NaN : 0.5)).lambda).toBe(2);
    expect(bestLambda([1, 2], () => NaN).lambda).toBe(1);
  });

  it("has a grid that reaches below 1", () => {
    expect(LAMBDA_GRID).toEqual(expect.arrayContaining([0.25, 0.5, 1, 64]));
  });
});

describe("nestedLambdaFolds", () => {
  const books = ["alder", "birch", "cedar", "damson"];
  const groups = [["alder", "birch"], ["cedar"], ["damson"]];

  it("never shows a group's own books to the λ rating or the fit of its fold", () => {
    const seen: string[][] = [];
    const folds = nestedLambdaFolds(books, groups, [1, 2], (train) => { seen.push(train); return 0.5; }, (train, _l, g) => ({ train, g }));
    folds.forEach((f, k) => {
      expect(f.result.train.some((b) => groups[k].includes(b))).toBe(false);
      expect(f.result.train).toHaveLength(books.length - groups[k].length);
    });
    expect(seen).toHaveLength(groups.length * 2);
    for (const [k, g] of groups.entries()) for (const t of seen.slice(2 * k, 2 * k + 2)) expect(t.some((b) => g.includes(b))).toBe(false);
  });

  it("chooses λ per fold from the fold's own books", () => {
    // λ = 4 rates best whenever "cedar" is among the training books, λ = 1 otherwise.
    const rate = (train: string[], l: number) => (train.includes("cedar") ? l : -l);
    const folds = nestedLambdaFolds(books, groups, [1, 4], rate, () => null);
    expect(folds.map((f) => f.lambda)).toEqual([4, 1, 4]);
  });
});
