// How much history an optimization needs. Anki refuses to optimize below 400 training items and
// says "Only N reviews were found. You must have at least 400 reviews for this operation."
// (ftl deck-config-must-have-400-reviews; it counts FSRS items, i.e. answers after a card's first,
// on a later day, with complete history; older Anki versions asked for 1000). fsrs-rs itself falls
// back to the default weights below 8 items and only fits initial stabilities below 64.
import { cardHistories, itemsFromHistories, utcDayKey, type DayKey, type ReviewRow } from "./training-items";

export const MIN_TRAINING_ITEMS = 400;

export type ReviewCount = {
  /** Answers in usable (complete, post-reset) card histories. */
  reviews: number;
  /** Training items: the number the minimum applies to. */
  items: number;
  cards: number;
};

export function countReviewsForOptimization(rows: readonly ReviewRow[], dayKey: DayKey = utcDayKey): ReviewCount {
  const histories = cardHistories(rows, dayKey);
  let reviews = 0;
  for (const h of histories) reviews += h.reviews.length;
  return { reviews, items: itemsFromHistories(histories).length, cards: histories.length };
}

export class NotEnoughReviewsError extends Error {
  constructor(readonly found: number, readonly required = MIN_TRAINING_ITEMS) {
    super(`Only ${found} usable review${found === 1 ? " was" : "s were"} found. Personal FSRS parameters need at least ${required}: keep studying and try again later.`);
    this.name = "NotEnoughReviewsError";
  }
}

export type MinimumCheck = { ok: true } | { ok: false; found: number; required: number; message: string };

export function checkMinimum(items: number, required = MIN_TRAINING_ITEMS): MinimumCheck {
  if (items >= required) return { ok: true };
  return { ok: false, found: items, required, message: new NotEnoughReviewsError(items, required).message };
}

/** Throws NotEnoughReviewsError below the minimum. */
export function assertEnoughReviews(items: number, required = MIN_TRAINING_ITEMS): void {
  if (items < required) throw new NotEnoughReviewsError(items, required);
}
