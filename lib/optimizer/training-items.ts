// Review logs -> FSRS training items, the way Anki builds them (rslib scheduler/fsrs/params.rs,
// `reviews_for_fsrs`): per card, only the history since its last answer from New counts (earlier
// answers were discarded by a reset); a card with a manual reset (rating 0) after that, or with no
// answer from New at all (incomplete history, e.g. imported progress), is dropped; delta_t
// is counted in the student's day buckets, and every answer after the first yields one item holding
// the history up to and including it. Items whose last answer is same-day (delta_t 0) are not
// training targets, but same-day answers stay inside later histories: FSRS-6 models them (w17-w19).
import { studyShift } from "../srs/study-clock";

export type ReviewRow = { cardId: string; rating: number; review: Date; state: number };
export type TrainingReview = { rating: number; deltaT: number };
/**
 * One training item: `history.slice(0, length)`. The card's items share one history array, so 1M
 * reviews do not become ~10M copied review objects. `at` (ms) is when the last answer was given.
 */
export type TrainingItem = { history: readonly TrainingReview[]; length: number; at: number };
/** Day index of an instant; differences between two indices are whole days. */
export type DayKey = (date: Date) => number;

const DAY_MS = 86_400_000;
export const utcDayKey: DayKey = (date) => Math.floor(date.getTime() / DAY_MS);

/** Day index in the student's study days (time zone + rollover hour), as the review queue counts them. */
export function zonedDayKey(timeZone: string, dayStartHour: number): DayKey {
  const clock = { timeZone, dayStartHour };
  // The UTC date of the study-time instant is the study day (lib/srs/study-clock).
  return (date) => Math.floor((date.getTime() + studyShift(date.getTime(), clock)) / DAY_MS);
}

/**
 * Where a card's usable history begins within entries[start, end): its last answer from New (a card
 * reset to new, by a rating-0 log or by deleting its state, forgets what came before). -1 when a
 * manual reset follows it (nothing answered since) or there is none (history incomplete).
 */
export function historyStart(entries: readonly { rating: number; state: number }[], start = 0, end = entries.length): number {
  for (let i = end - 1; i >= start; i--) {
    const e = entries[i];
    if (e.rating === 0) return -1;
    if (e.state === 0 && e.rating >= 1 && e.rating <= 4) return i;
  }
  return -1;
}

export type CardHistory = { cardId: string; reviews: TrainingReview[]; times: number[] };

/**
 * The usable history of each card (rows sorted by card, then time); incomplete cards are left out,
 * and so are cards whose history began before `ignoreBefore` (ms; Anki's "ignore reviews before").
 */
export function cardHistories(rows: readonly ReviewRow[], dayKey: DayKey = utcDayKey, ignoreBefore = 0): CardHistory[] {
  const out: CardHistory[] = [];
  for (let start = 0; start < rows.length; ) {
    let end = start;
    while (end < rows.length && rows[end].cardId === rows[start].cardId) end++;
    const from = historyStart(rows, start, end);
    if (from >= 0 && rows[from].review.getTime() >= ignoreBefore) {
      const reviews: TrainingReview[] = [];
      const times: number[] = [];
      let prevDay = 0;
      for (let i = from; i < end; i++) {
        const r = rows[i];
        if (r.rating < 1 || r.rating > 4) continue;
        const day = dayKey(r.review);
        reviews.push({ rating: r.rating, deltaT: reviews.length === 0 ? 0 : Math.max(0, day - prevDay) });
        times.push(r.review.getTime());
        prevDay = day;
      }
      out.push({ cardId: rows[start].cardId, reviews, times });
    }
    start = end;
  }
  return out;
}

/** Training items, in the order their last answer was given (fsrs-rs weighs recent items more). */
export function buildTrainingItems(rows: readonly ReviewRow[], dayKey: DayKey = utcDayKey, ignoreBefore = 0): TrainingItem[] {
  return itemsFromHistories(cardHistories(rows, dayKey, ignoreBefore));
}

export function itemsFromHistories(histories: readonly CardHistory[]): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const { reviews, times } of histories) {
    for (let k = 1; k < reviews.length; k++) {
      if (reviews[k].deltaT > 0) items.push({ history: reviews, length: k + 1, at: times[k] });
    }
  }
  return items.sort((a, b) => a.at - b.at);
}

/** Plain review list of an item (for tests, logs and the worker-free evaluation). */
export function itemReviews(item: TrainingItem): TrainingReview[] {
  return item.history.slice(0, item.length);
}
