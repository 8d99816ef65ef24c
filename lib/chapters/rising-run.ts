// The longest run of numbers counting upward in reading order, each at most `maxStep` above the run's
// previous member (a number lost or left out between is allowed), found by looking back over at most
// `lookback` earlier candidates (so the pass stays linear; a stray number or two is skipped). Column
// numbers over a two-column page (column-numbers.ts) and section numbers in an outer margin
// (margin-numbers.ts) are both told from stray figures this way; `fits` adds a test of a pair of
// candidates (e.g. a column's worth of prose between them).

/** Indexes into `values` of the longest rising run, in order; [] when there are no values. */
export function longestRisingRun(values: number[], maxStep: number, lookback: number, fits: (j: number, k: number) => boolean = () => true): number[] {
  if (!values.length) return [];
  const run = values.map(() => 1);
  const prev = values.map(() => -1);
  for (let k = 1; k < values.length; k++) {
    for (let j = k - 1; j >= Math.max(0, k - lookback); j--) {
      const step = values[k] - values[j];
      if (step < 1 || step > maxStep || run[j] + 1 <= run[k] || !fits(j, k)) continue;
      run[k] = run[j] + 1;
      prev[k] = j;
    }
  }
  let last = 0;
  run.forEach((n, k) => { if (n > run[last]) last = k; });
  const at: number[] = [];
  for (let k = last; k >= 0; k = prev[k]) at.unshift(k);
  return at;
}
