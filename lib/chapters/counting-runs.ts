// Runs of numbers counting up through a text by one or two (a number without a mark between them
// allowed): the page marks of a printed edition, the markers of notes kept elsewhere.

/**
 * The items of every run whose numbers count up by one or two, among the items `number` gives a
 * number (the others are passed over and break no run), each run kept if `keep` accepts it.
 */
export function countingRuns<T>(items: readonly T[], number: (item: T) => number | null, keep: (run: T[]) => boolean): T[] {
  const out: T[] = [];
  let run: T[] = [];
  let last = 0;
  const close = () => { if (run.length && keep(run)) out.push(...run); };
  for (const item of items) {
    const n = number(item);
    if (n === null) continue;
    const gap = run.length ? n - last : 0;
    last = n;
    if (gap === 1 || gap === 2) { run.push(item); continue; }
    close();
    run = [item];
  }
  close();
  return out;
}
