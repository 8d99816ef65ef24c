// Cohen's kappa: agreement of two raters on the same items beyond what chance would give,
// (p_o - p_e) / (1 - p_e), with p_e from each rater's own label frequencies.

export function cohenKappa<T extends string>(pairs: ReadonlyArray<readonly [T, T]>): { kappa: number; observed: number; expected: number; n: number } {
  const n = pairs.length;
  if (!n) throw new Error("cohenKappa needs at least one pair of labels");
  const a = new Map<T, number>(), b = new Map<T, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const observed = agree / n;
  let expected = 0;
  for (const [label, count] of a) expected += (count / n) * ((b.get(label) ?? 0) / n);
  // Both raters used one and the same label throughout: agreement is total, kappa is defined as 1.
  const kappa = expected === 1 ? 1 : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, n };
}
