// Which of a card's revlog rows count for FSRS, as Anki decides (rslib scheduler/fsrs/params.rs
// `reviews_for_fsrs`, the memory-state variant): the history starts at the first answer of the
// card's last run of learning answers; a reset (a manual row with ease factor 0) with answers after
// it cuts off everything before; filtered-deck answers without rescheduling (type 3, factor 0),
// manual rows (set due date, reset), rows without an answer and "rescheduled" rows are skipped.
// Without a learning run the history is incomplete (another app, a truncated log): it starts at the
// first answer and its memory state is seeded from SM-2 (see sm2-start.ts).

/** Anki revlog types. */
export const RevlogKind = { Learning: 0, Review: 1, Relearning: 2, Filtered: 3, Manual: 4, Rescheduled: 5 } as const;
export type RevlogKindValue = (typeof RevlogKind)[keyof typeof RevlogKind];

export type RevlogRow = {
  cardId: string;
  time: number; // ms since the epoch
  rating: number; // 1-4, 0 = no answer (manual change)
  kind: RevlogKindValue;
  factor?: number; // ease factor after the answer, permille (2500 = 250 %); 0 for resets and cramming
  interval?: number; // Anki ivl after the answer: days if > 0, seconds if < 0
};

export type UsableHistory = { rows: RevlogRow[]; complete: boolean };

const graded = (r: RevlogRow) => r.rating >= 1 && r.rating <= 4;
const cram = (r: RevlogRow) => r.kind === RevlogKind.Filtered && (r.factor ?? 0) === 0;

/** The rows of one card (in time order) that FSRS replays; null when nothing counts. */
export function usableHistory(rows: readonly RevlogRow[], ignoreBefore = 0): UsableHistory | null {
  let firstLearn: number | null = null;
  let firstGrade: number | null = null;
  let complete = false;
  for (let i = rows.length - 1; i >= 0; i--) {
    const e = rows[i];
    if (cram(e)) continue;
    if (graded(e) && e.time > ignoreBefore) firstGrade = i;
    if (graded(e) && e.kind === RevlogKind.Learning) {
      firstLearn = i;
      complete = true;
    } else if (firstLearn !== null) {
      break;
    } else if (e.kind === RevlogKind.Manual && (e.factor ?? 0) === 0) {
      if (firstGrade === null) return null; // reset and not answered since
      complete = false;
      break;
    }
  }
  // Learning that began before the cut-off date no longer counts as a complete history.
  if (firstLearn !== null && rows[firstLearn].time < ignoreBefore && firstLearn < rows.length - 1) {
    complete = false;
    firstLearn = null;
  }
  const start = firstLearn ?? firstGrade;
  if (start === null) return null;
  const kept = rows.slice(start).filter((e) => !(e.kind === RevlogKind.Manual || e.rating === 0 || cram(e) || e.kind === RevlogKind.Rescheduled));
  return kept.length ? { rows: kept, complete } : null;
}
