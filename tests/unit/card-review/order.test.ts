// The instructor's review list (lib/card-review): the "Most likely publishable first" order, the
// floor's flag on pending cards at its threshold, the hide filter, and the view read from the URL.
import { describe, expect, it } from "vitest";
import { DEFAULT_REVIEW_VIEW, isLikelyReject, likelyRejectReason, orderForReview, parseReviewView, reviewViewParams, withoutLikelyRejects } from "@/lib/card-review";
import { FLOOR_THRESHOLD } from "@/lib/cards/floor/flag";
import { FLOOR_WEIGHTS } from "@/lib/cards/floor";

type Row = { id: string; reject: number | null; status: string; rejectWhy: string[] };
const row = (id: string, reject: number | null, status = "PENDING", rejectWhy: string[] = []): Row => ({ id, reject, status, rejectWhy });
const ids = (rows: Row[]) => rows.map((r) => r.id);

describe("orderForReview", () => {
  const ranked = [row("a", 0.7), row("b", null), row("c", 0.1), row("d", 0.3), row("e", 0.1), row("f", null), row("g", 0.3)];

  it("keeps rank order by default", () => {
    expect(ids(orderForReview(ranked, "rank"))).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  it("puts the most likely publishable first: ascending p(reject), cards without one last, ties in rank order", () => {
    expect(ids(orderForReview(ranked, "publishable"))).toEqual(["c", "e", "d", "g", "a", "b", "f"]);
  });

  it("never drops or changes a card and leaves its input alone", () => {
    const before = ids(ranked);
    const out = orderForReview(ranked, "publishable");
    expect(out).toHaveLength(ranked.length);
    expect(new Set(out)).toEqual(new Set(ranked));
    expect(ids(ranked)).toEqual(before);
  });
});

describe("likely rejects", () => {
  const t = FLOOR_THRESHOLD;

  it("uses the floor's fitted threshold", () => {
    expect(FLOOR_THRESHOLD).toBe(FLOOR_WEIGHTS.threshold);
  });

  it("flags pending cards at or above the threshold only", () => {
    expect(isLikelyReject(row("x", t))).toBe(true);
    expect(isLikelyReject(row("x", t + 0.2))).toBe(true);
    expect(isLikelyReject(row("x", t - 0.001))).toBe(false);
    expect(isLikelyReject(row("x", null))).toBe(false);
    for (const status of ["APPROVED", "REJECTED", "PUBLISHED"]) expect(isLikelyReject(row("x", 0.99, status))).toBe(false);
  });

  it("says why in plain words, and nothing for a card it does not flag", () => {
    expect(likelyRejectReason(row("x", 0.9, "PENDING", ["low:centrality", "high:first-person"])))
      .toBe("The sentence is off the chapter's main thread; it speaks in the author's \u201cI\u201d or \u201cwe\u201d");
    expect(likelyRejectReason(row("x", 0.1, "PENDING", ["low:centrality"]))).toBeNull();
  });

  it("hides only pending likely rejects, and only when asked", () => {
    const rows = [row("a", 0.9), row("b", 0.1), row("c", 0.9, "APPROVED"), row("d", null)];
    expect(ids(withoutLikelyRejects(rows, false))).toEqual(["a", "b", "c", "d"]);
    expect(ids(withoutLikelyRejects(rows, true))).toEqual(["b", "c", "d"]);
  });
});

describe("parseReviewView", () => {
  it("reads the order and the hide filter from the URL", () => {
    expect(parseReviewView({ order: "publishable", hide: "likely-rejects" })).toEqual({ order: "publishable", hideLikelyRejects: true });
    expect(parseReviewView({ order: "publishable", hide: "none" })).toEqual({ order: "publishable", hideLikelyRejects: false });
    expect(parseReviewView({ order: ["rank", "publishable"] })).toEqual({ order: "rank", hideLikelyRejects: DEFAULT_REVIEW_VIEW.hideLikelyRejects });
  });

  it.each([
    ["nothing", undefined],
    ["an unknown order", { order: "score-desc" }],
    ["a non-string order", { order: 42 }],
    ["an empty order", { order: "" }],
    ["an unknown hide value", { hide: "all" }],
  ])("falls back to the default for %s", (_, params) => {
    expect(parseReviewView(params as Record<string, unknown> | undefined)).toEqual(DEFAULT_REVIEW_VIEW);
  });

  it("round-trips through the URL, the default view with no parameters", () => {
    expect(reviewViewParams(DEFAULT_REVIEW_VIEW)).toEqual({});
    for (const hideLikelyRejects of [true, false]) {
      const v = { order: "publishable" as const, hideLikelyRejects };
      expect(parseReviewView(reviewViewParams(v))).toEqual(v);
    }
  });

  it("shows likely rejects by default (the app keeps them, the view can hide them)", () => {
    expect(DEFAULT_REVIEW_VIEW.hideLikelyRejects).toBe(false);
    expect(reviewViewParams({ order: "rank", hideLikelyRejects: true })).toEqual({ hide: "likely-rejects" });
  });
});
