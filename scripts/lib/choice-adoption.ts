// The session-8 adoption rule of a span CHOICE model (scripts/fit-span-choice.ts), judged
// leave-one-book-out against the shipped choice with the same ranker: strict-first accepted cards up
// on at least MIN_BOOKS_UP books, down by more than MAX_DROP on none, and gold recall not down pooled.
// (The user sample keeping its facts is checked by the caller, on the model fitted on every book.)
import { recallOf, type BookRun, type Shown } from "./fit-figures";

export const MIN_BOOKS_UP = 3;
export const MAX_DROP = 1;

const accepted = (r: BookRun) => r.chapters.reduce((n, c) => n + c.shown.filter((s: Shown) => s.verdict === "accept").length, 0);

/** Runs are per book, in the same order. */
export function acceptedCardsTest(next: BookRun[], prev: BookRun[]) {
  const per = next.map((r, i) => ({ book: r.book, prev: accepted(prev[i]), next: accepted(r) }));
  const up = per.filter((p) => p.next > p.prev).map((p) => p.book);
  const down = per.filter((p) => p.next < p.prev - MAX_DROP).map((p) => p.book);
  const recall = { prev: recallOf(prev.flatMap((r) => r.chapters)), next: recallOf(next.flatMap((r) => r.chapters)) };
  const recallKept = !(recall.next < recall.prev - 1e-9);
  return { per, up, down, recall, adopt: up.length >= MIN_BOOKS_UP && down.length === 0 && recallKept };
}
