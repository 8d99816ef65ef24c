// Synthetic review histories written as the CSV files the `fsrs` CLI reads.
import type { ReviewRow } from "@/lib/optimizer/training-items";

/** Anki revlog columns; learning answers type 0 (factor 0), reviews type 1, relearning type 2 (factor 2500). */
export function ankiRevlogCsv(rows: readonly ReviewRow[]): string {
  const kind = (state: number) => (state <= 1 ? 0 : state === 2 ? 1 : 2);
  const lines = rows.map((r, i) => [r.review.getTime() + (i % 7), r.cardId, -1, r.rating, 1, 0, kind(r.state) === 0 ? 0 : 2500, 8000, kind(r.state)].join(","));
  return ["id,cid,usn,ease,ivl,lastIvl,factor,time,type", ...lines].join("\n") + "\n";
}

/** The FSRS optimizer's columns. */
export function optimizerCsv(rows: readonly ReviewRow[]): string {
  return ["card_id,review_time,review_rating,review_state,review_duration", ...rows.map((r) => [r.cardId, r.review.getTime(), r.rating, r.state, 8000].join(","))].join("\n") + "\n";
}
