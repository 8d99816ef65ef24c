// The leave-one-book-out helpers shared by fit-cards and fit-ranker (scripts/lib/lobo.ts) and the
// adoption test they judge a refit by (scripts/lib/fit-figures.ts). Invented rows and runs.
import { describe, expect, it } from "vitest";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import type { Candidate } from "@/lib/cards/candidates";
import { fitRanker, rankerRows, settingMerit, strictOf, strictScores, strongest, type LoboChapter } from "../../../scripts/lib/lobo";
import type { MatchedLabel } from "../../../scripts/lib/ranker-data";
import { adoptionTest, aer, choiceAdoption, applyPolicy, betterOnBook, worstLoss, type BookRun, type Shown } from "../../../scripts/lib/fit-figures";
import type { Verdict } from "@/lib/cards/rank/training";

const K = FEATURE_NAMES.indexOf("centrality");
const x = (v: number) => FEATURE_NAMES.map((f, i) => (f === "bias" ? 1 : i === K ? v : 0));
const label = (rater: string, v: Verdict): MatchedLabel => ({ rater, label: v, by: "card" });
/** A chapter of `book` whose candidates' centrality is `vs`, labelled by `ls` (one list per candidate). */
const chapter = (book: string, vs: number[], ls: MatchedLabel[][]): LoboChapter => ({
  fixture: `${book}-1`, book, gold: [], labels: ls,
  ranked: vs.map((v) => ({ c: {} as Candidate, x: x(v), p: 0, section: 0 })),
});

describe("rankerRows / fitRanker", () => {
  // Book A: central cards accepted; book B: the reverse.
  const data = [
    chapter("A", [1, 1, 0, 0], [[label("rater-c", "accept")], [label("rater-k", "accept")], [label("rater-c", "reject")], [label("rater-a", "reject")]]),
    chapter("B", [1, 0], [[label("rater-c", "reject")], [label("rater-c", "accept")]]),
  ];

  it("makes one row per labelled candidate of the books kept, and none of the book left out", () => {
    const c = { target: "accept" as const, strictWeight: 1, lambda: 1 };
    expect(rankerRows(data, c, () => true)).toHaveLength(6);
    expect(rankerRows(data, c, (d) => d.book !== "A").map((r) => r.book)).toEqual(["B", "B"]);
  });

  it("leaves cross-kind matches out unless asked", () => {
    const d = [chapter("A", [1], [[{ ...label("rater-c", "accept"), by: "answer" }]])];
    expect(rankerRows(d, { target: "accept", strictWeight: 1, lambda: 1 }, () => true)).toHaveLength(0);
    expect(rankerRows(d, { target: "accept", strictWeight: 1, lambda: 1, crossKind: true }, () => true)).toHaveLength(1);
  });

  it("fits without the left-out book: the weight follows the books it was given", () => {
    const c = { target: "accept" as const, strictWeight: 1, lambda: 0.1 };
    expect(fitRanker(data, c, (d) => d.book !== "B").weights.centrality).toBeGreaterThan(0);
    expect(fitRanker(data, c, (d) => d.book !== "A").weights.centrality).toBeLessThan(0);
  });

  it("balanced: a book with many labelled cards carries no more weight than one with few", () => {
    const c = { target: "accept" as const, strictWeight: 1, lambda: 1 };
    const rows = rankerRows(data, { ...c, balanced: true }, () => true);
    const total = (b: string) => rows.filter((r) => r.book === b).reduce((s, r) => s + r.weight, 0);
    expect(total("A")).toBeCloseTo(total("B"));
    expect(total("A") + total("B")).toBeCloseTo(rankerRows(data, c, () => true).reduce((s, r) => s + r.weight, 0));
  });

  it("balanced: book A's four cards outvote book B's two unless the books are balanced", () => {
    // A says central cards are good (4 rows), B says the reverse (2 rows): unbalanced, A wins;
    // balanced, the two books cancel and the centrality weight moves toward B's.
    const c = { target: "accept" as const, strictWeight: 1, lambda: 0.1 };
    const plain = fitRanker(data, c, () => true).weights.centrality;
    const balanced = fitRanker(data, { ...c, balanced: true }, () => true).weights.centrality;
    expect(plain).toBeGreaterThan(0);
    expect(balanced).toBeLessThan(plain);
  });

  it("strictOnly: drops the developers' labels, so cards only they labelled make no row", () => {
    const c = { target: "accept" as const, strictWeight: Infinity, lambda: 1 };
    // Book A's fourth card is labelled by rater-a alone.
    expect(rankerRows(data, c, () => true)).toHaveLength(6);
    expect(rankerRows(data, { ...c, strictOnly: true }, () => true)).toHaveLength(5);
    const mixed = [chapter("A", [1], [[label("rater-a", "accept"), label("rater-c", "reject")]])];
    expect(rankerRows(mixed, { ...c, strictWeight: 1, strictOnly: true }, () => true).map((r) => r.y)).toEqual([0]);
  });

  it("keep: refits on the strongest features only, the rest at 0", () => {
    const P = FEATURE_NAMES.indexOf("position");
    // Centrality decides; position is noise that a loose fit still gives a little weight.
    const xs = (v: number, p: number) => FEATURE_NAMES.map((f, i) => (f === "bias" ? 1 : i === K ? v : i === P ? p : 0));
    const book: LoboChapter = { fixture: "A-1", book: "A", gold: [], labels: [[label("rater-c", "accept")], [label("rater-c", "accept")], [label("rater-c", "reject")], [label("rater-c", "reject")]], ranked: [xs(1, 0.2), xs(0.9, 0.9), xs(0.1, 0.3), xs(0, 0.8)].map((x) => ({ c: {} as Candidate, x, p: 0, section: 0 })) };
    const c = { target: "accept" as const, strictWeight: 1, lambda: 0.1 };
    expect(fitRanker([book], c, () => true).weights.position).not.toBe(0);
    const few = fitRanker([book], { ...c, keep: 1 }, () => true).weights;
    expect(few.position).toBe(0);
    expect(few.centrality).toBeGreaterThan(0);
  });

  it("strongest ranks features by |weight × sd| and always keeps the bias", () => {
    const X = [[1, 0, 5], [1, 1, 5], [1, 0, 5], [1, 1, 5]]; // feature 2 never varies
    expect([...strongest(X, [0.3, 0.5, 9], 1)]).toEqual([0, 1]);
    expect([...strongest(X, [0.3, -2, 0.1], 5)].sort()).toEqual([0, 1]);
  });

  it("refuses to fit on no labels", () => {
    expect(() => fitRanker(data, { target: "accept", strictWeight: 1, lambda: 1 }, () => false)).toThrow(/no labelled candidates/);
  });
});

describe("strictScores / settingMerit", () => {
  // Three books where central cards are accepted and peripheral ones rejected by a strict rater.
  const book = (b: string) => chapter(b, [1, 0.8, 0.1, 0], [[label("rater-d", "accept")], [label("rater-a", "accept")], [label("rater-e", "reject")], [label("rater-c", "reject")]]);
  const data = ["A", "B", "C"].map(book);

  it("scores only the strictly labelled candidates of the book", () => {
    const w = fitRanker(data, { target: "accept", strictWeight: 1, lambda: 1 }, () => true);
    expect(strictScores(data, "A", w).map((o) => o.v)).toEqual(["accept", "reject", "reject"]);
  });

  it("rates a setting by how well fits without each book separate that book's strict accepts from rejects", () => {
    expect(settingMerit(data, ["A", "B", "C"], { target: "accept", strictWeight: 1, lambda: 0.1 })).toBeCloseTo(2);
    // Books outside the list are neither judged nor fitted on: a contrary book D changes nothing.
    const contrary = chapter("D", [1, 1, 1, 1, 1, 0, 0, 0, 0, 0], [...Array(5).fill([label("rater-c", "reject")]), ...Array(5).fill([label("rater-c", "accept")])]);
    expect(settingMerit([...data, contrary], ["A", "B", "C"], { target: "accept", strictWeight: 1, lambda: 0.1 })).toBeCloseTo(2);
  });

  it("shares the fit without two books between their folds through the memo, with the same merit", () => {
    const contrary = chapter("D", [1, 0], [[label("rater-c", "reject")], [label("rater-c", "accept")]]);
    const all = [...data, contrary], c = { target: "accept" as const, strictWeight: 1, lambda: 0.1 };
    const memo = new Map();
    // Fold D: fits without {D, A}, {D, B}, {D, C}; fold A: without {A, B}, {A, C}, {A, D} (the last is shared).
    const d = settingMerit(all, ["A", "B", "C"], c, memo), a = settingMerit(all, ["B", "C", "D"], c, memo);
    expect(memo.size).toBe(5);
    expect(d).toBeCloseTo(settingMerit(all, ["A", "B", "C"], c));
    expect(a).toBeCloseTo(settingMerit(all, ["B", "C", "D"], c));
  });
});

describe("strictOf", () => {
  it("takes the strict raters' verdict, the newest strict rater first, and ignores the developers'", () => {
    expect(strictOf([label("rater-a", "accept"), label("rater-c", "edit"), label("rater-k", "reject")])?.label).toBe("reject");
    expect(strictOf([label("rater-a", "accept"), label("rater-a2", "accept")])).toBeNull();
  });
});

const card = (v: Verdict | null, p = 0.5, facts: string[] = []): Shown => ({ p, verdict: v, strict: v, facts });
const run = (book: string, shown: Shown[], oof: BookRun["oof"] = [], gold = 0): BookRun => ({ book, chapters: [{ fixture: `${book}-1`, gold, shown }], oof });

describe("adoption test", () => {
  const prev = [run("A", [card("accept"), card("reject")]), run("B", [card("accept"), card("edit")]), run("C", [card("reject")])];

  it("adopts a refit worth more pooled that is better on half of the books", () => {
    const next = [run("A", [card("accept"), card("edit")]), run("B", [card("accept"), card("edit")]), run("C", [card("reject")])];
    const t = adoptionTest(next, prev);
    expect(t.books).toEqual([true, false, false]);
    expect(t.adopt).toBe(false); // 1 of 3 books is under half
    const next2 = [...next.slice(0, 2), run("C", [card("edit")])];
    expect(adoptionTest(next2, prev)).toMatchObject({ better: 2, adopt: true });
  });

  it("wins a tie in pooled value only by ordering each book's accepts above its rejects clearly better", () => {
    const shown = [card("accept"), card("reject")];
    const oof = (pAccept: number) => [{ p: pAccept, v: "accept" as const, reason: null }, { p: 0.5, v: "reject" as const, reason: null }];
    const tie = (pa: number[]) => ["A", "B"].map((b, i) => run(b, shown, oof(pa[i])));
    const before = tie([0.1, 0.1]);
    expect(adoptionTest(tie([0.9, 0.9]), before)).toMatchObject({ order: { prev: 0, next: 1 }, adopt: true });
    expect(adoptionTest(tie([0.1, 0.1]), before).adopt).toBe(false); // same order: nothing gained
    expect(adoptionTest(before, tie([0.9, 0.9])).adopt).toBe(false); // worse order
  });

  it("does not adopt a refit that loses gold recall, however much it gains in value", () => {
    const before = [run("A", [card("accept", 0.5, ["f1"]), card("reject")], [], 2)];
    const after = [run("A", [card("accept")], [], 2)];
    expect(adoptionTest(after, before).adopt).toBe(false);
  });

  it("breaks a tie in the top 40 by the book's AUC over its strict labels", () => {
    const oofGood = [{ p: 0.9, v: "accept" as const, reason: null }, { p: 0.1, v: "reject" as const, reason: null }];
    const oofBad = oofGood.map((o) => ({ ...o, p: 1 - o.p }));
    const shown = [card("accept"), card("reject")];
    expect(betterOnBook(run("A", shown, oofGood), run("A", shown, oofBad))).toBe(true);
    expect(betterOnBook(run("A", shown, oofBad), run("A", shown, oofGood))).toBe(false);
    expect(betterOnBook(run("A", [card(null)]), run("A", [card(null)]))).toBe(false);
  });
});

describe("stricter cuts", () => {
  it("keeps each chapter's best cards by score, and reports the recall a chapter loses", () => {
    const before = [run("A", [card("reject", 0.2, ["f2"]), card("accept", 0.9, ["f1"]), card("edit", 0.5)], [], 2)];
    const after = applyPolicy(before, { name: "best 2", keep: () => 2 });
    expect(after[0].chapters[0].shown.map((s) => s.verdict)).toEqual(["accept", "edit"]);
    expect(aer(after[0].chapters[0].shown)).toMatchObject({ n: 2, reject: 0 });
    expect(worstLoss(before, after)).toBeCloseTo(0.5);
  });
});

describe("choiceAdoption", () => {
  const card = (name: string, v: Verdict | null): Shown => ({ p: 0.5, verdict: v, strict: v, facts: [], card: name });
  const run = (book: string, shown: Shown[]): BookRun => ({ book, chapters: [{ fixture: `${book}-1`, gold: 0, shown }], oof: [] });
  const prev = [run("A", [card("a1", "accept"), card("a2", "reject")]), run("B", [card("b1", "edit"), card("b2", "reject")]), run("C", [card("c1", "accept")])];

  it("passes when accepted cards rise pooled and on half the books that change, with no more rejects", () => {
    const next = [run("A", [card("a1", "accept"), card("a3", "accept")]), run("B", [card("b1", "edit"), card("b3", "reject")]), prev[2]];
    const t = choiceAdoption(next, prev);
    expect(t.changed).toBe(2);
    expect(t.better).toBe(1);
    expect(t.pooled.accept).toEqual({ prev: 2, next: 3 });
    expect(t.adopt).toBe(true);
  });

  it("fails when the accepted cards rise but so do the rejects, or when nothing changes", () => {
    const more = [run("A", [card("a1", "accept"), card("a3", "accept")]), run("B", [card("b3", "reject"), card("b2", "reject"), card("b4", "reject")]), prev[2]];
    expect(choiceAdoption(more, prev).adopt).toBe(false);
    expect(choiceAdoption(prev, prev)).toMatchObject({ changed: 0, adopt: false });
  });

  it("fails when fewer rejects come with no more accepted cards", () => {
    const fewer = [run("A", [card("a1", "accept"), card("a4", "edit")]), prev[1], prev[2]];
    expect(choiceAdoption(fewer, prev)).toMatchObject({ changed: 1, better: 0, adopt: false });
  });
});
