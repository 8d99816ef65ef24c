// The instructor's review of a chapter's suggested cards: the list's view (order, hidden likely
// rejects) and the floor's flag. Framework-free; the page reads the view, the DAL orders the rows.
export { DEFAULT_REVIEW_VIEW, parseReviewView, REVIEW_ORDER_LABELS, REVIEW_ORDERS, reviewViewParams, type ReviewOrder, type ReviewView } from "./view";
export { isLikelyReject, likelyRejectReason, orderForReview, withoutLikelyRejects } from "./order";
