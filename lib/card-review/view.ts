// How the instructor's review list of a chapter's suggested cards is shown: the order and whether
// likely rejects are hidden. Read from the page's URL (?order=publishable&hide=likely-rejects or
// hide=none), so the choice survives a reload, a bookmark and the page's own revalidation after every
// action. Likely rejects are shown by default (the floor that would drop them was measured and left
// off, then retired in session 19): the app stores every shown card and the view can hide them.
import { z } from "zod";

export const REVIEW_ORDERS = ["rank", "publishable"] as const;
export type ReviewOrder = (typeof REVIEW_ORDERS)[number];

export const REVIEW_ORDER_LABELS: Record<ReviewOrder, string> = {
  rank: "Rank order",
  publishable: "Most likely publishable first",
};

export type ReviewView = { order: ReviewOrder; hideLikelyRejects: boolean };
export const DEFAULT_REVIEW_VIEW: ReviewView = { order: "rank", hideLikelyRejects: false };

// A search parameter may come repeated (?order=a&order=b): the first one counts.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const viewSchema = z.object({
  order: z.preprocess(first, z.enum(REVIEW_ORDERS)).catch(DEFAULT_REVIEW_VIEW.order),
  hide: z.preprocess(first, z.enum(["likely-rejects", "none"]).optional()).catch(undefined),
});

/** The view from the page's search parameters; anything malformed falls back to the default. */
export function parseReviewView(params: Record<string, unknown> | null | undefined): ReviewView {
  const parsed = viewSchema.parse({ order: params?.order, hide: params?.hide });
  const hide = parsed.hide === undefined ? DEFAULT_REVIEW_VIEW.hideLikelyRejects : parsed.hide === "likely-rejects";
  return { order: parsed.order, hideLikelyRejects: hide };
}

/** The search parameters of a view; the default view has none, so plain links keep today's list. */
export function reviewViewParams(view: ReviewView): Record<string, string> {
  return {
    ...(view.order !== DEFAULT_REVIEW_VIEW.order ? { order: view.order } : {}),
    ...(view.hideLikelyRejects !== DEFAULT_REVIEW_VIEW.hideLikelyRejects ? { hide: view.hideLikelyRejects ? "likely-rejects" : "none" } : {}),
  };
}
