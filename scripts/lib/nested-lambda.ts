// Leave-one-group-out with the penalty chosen inside each fold (scripts/word-floor.ts): a group's
// figure must come from a λ picked without it, or the grid's best λ has already seen the group and the
// out-of-group figure is optimistic. Generic over what is fitted and scored: the caller's `inner`
// rates a λ on the training books it is given (the fold's), `outer` fits on them and scores the group.

/** The default penalty grid: wide enough on both sides that the chosen λ is rarely at an edge. */
export const LAMBDA_GRID: readonly number[] = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];

/** The grid's λ with the highest finite rating (ties to the earlier one); the first λ if none is finite. */
export function bestLambda(lambdas: readonly number[], rate: (lambda: number) => number): { lambda: number; rating: number } {
  let best = { lambda: lambdas[0], rating: -Infinity };
  for (const l of lambdas) {
    const r = rate(l);
    if (Number.isFinite(r) && r > best.rating) best = { lambda: l, rating: r };
  }
  return best;
}

/**
 * For each group: λ rated by `inner` on the books outside the group only, then `outer` on the same
 * books with that λ, for the group. `inner` and `outer` never see a group's own books in its fold.
 */
export function nestedLambdaFolds<T>(
  books: readonly string[], groups: readonly (readonly string[])[], lambdas: readonly number[],
  inner: (train: string[], lambda: number) => number,
  outer: (train: string[], lambda: number, group: readonly string[]) => T,
): { group: readonly string[]; lambda: number; rating: number; result: T }[] {
  return groups.map((g) => {
    const train = books.filter((b) => !g.includes(b));
    const { lambda, rating } = bestLambda(lambdas, (l) => inner(train, l));
    return { group: g, lambda, rating, result: outer(train, lambda, g) };
  });
}
