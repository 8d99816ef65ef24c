// The review list's order and its likely rejects. The floor's p(reject) is stored on each suggested
// card (CardCandidate.reject; null for cards generated before it, and for the LLM generator's).
// The floor's flag module, not its face: the model behind it would pull the NLP toolkit into the page.
import { FLOOR_THRESHOLD, rejectReasonLine } from "@/lib/cards/floor/flag";
import type { ReviewOrder } from "./view";

type Reviewable = { reject: number | null; status: string };

/** A pending card the floor predicts a strict instructor rejects: at or above the floor's threshold. */
export const isLikelyReject = (c: Reviewable, threshold = FLOOR_THRESHOLD) =>
  c.status === "PENDING" && c.reject !== null && c.reject >= threshold;

/** "Likely needs work" line of a likely reject, or null for any other card. */
export const likelyRejectReason = (c: Reviewable & { rejectWhy: readonly string[] }, threshold = FLOOR_THRESHOLD) =>
  isLikelyReject(c, threshold) ? rejectReasonLine(c.rejectWhy) : null;

/**
 * The cards (given in rank order) in the chosen order: "publishable" is ascending p(reject), cards
 * without one last, ties kept in rank order. Never drops a card.
 */
export function orderForReview<T extends { reject: number | null }>(cards: readonly T[], order: ReviewOrder): T[] {
  if (order === "rank") return [...cards];
  const key = (c: T) => c.reject ?? Number.POSITIVE_INFINITY;
  return cards.map((c, i) => ({ c, i })).sort((a, b) => key(a.c) - key(b.c) || a.i - b.i).map((e) => e.c);
}

/** The cards shown with "Hide likely rejects": hiding only, the rows stay pending in the database. */
export function withoutLikelyRejects<T extends Reviewable>(cards: readonly T[], hide: boolean, threshold = FLOOR_THRESHOLD): T[] {
  return hide ? cards.filter((c) => !isLikelyReject(c, threshold)) : [...cards];
}
