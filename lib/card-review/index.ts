// The instructor's review of a chapter's suggested cards: the list's view (order, hidden likely
// rejects), the floor's flag and the ranker's reason in plain words. Framework-free; the page
// reads the view, the DAL orders the rows.
export { DEFAULT_REVIEW_VIEW, parseReviewView, REVIEW_ORDER_LABELS, REVIEW_ORDERS, reviewViewParams, type ReviewOrder, type ReviewView } from "./view";
export { isLikelyReject, likelyRejectReason, orderForReview, withoutLikelyRejects } from "./order";
// The ranker's reason in plain words: a phrase table beside the ranker, light like the floor's flag.
export { rankedForLine } from "@/lib/cards/rank/why-phrases";
