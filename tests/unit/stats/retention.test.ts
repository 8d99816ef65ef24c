import { describe, expect, it } from "vitest";
import { trueRetention, type RetentionRow } from "@/lib/stats/retention";
import { cardCounts, chapterMastery } from "@/lib/stats/cards";

const t = (total: number, passed: number) => ({ total, passed });
const none = t(0, 0);

describe("trueRetention", () => {
  const rows: RetentionRow[] = [
    { deckId: "A", bucket: "today", young: t(10, 9), mature: t(4, 4) },
    { deckId: "A", bucket: "yesterday", young: t(5, 3), mature: none },
    { deckId: "A", bucket: "days2to6", young: none, mature: t(10, 8) },
    { deckId: "B", bucket: "days7to29", young: t(20, 15), mature: none },
    { deckId: "B", bucket: "days30to364", young: none, mature: t(100, 90) },
  ];

  it("accumulates the disjoint buckets into overlapping periods, young and mature apart", () => {
    const { overall } = trueRetention(rows);
    expect(overall.today).toEqual({ young: { total: 10, passed: 9, rate: 0.9 }, mature: { total: 4, passed: 4, rate: 1 }, all: { total: 14, passed: 13, rate: 13 / 14 } });
    expect(overall.yesterday.young.rate).toBe(0.6);
    expect(overall.yesterday.mature).toEqual({ total: 0, passed: 0, rate: null }); // no data is not 0 %
    expect(overall.yesterday.all.rate).toBe(0.6);
    expect(overall.last7.young).toEqual({ total: 15, passed: 12, rate: 0.8 });
    expect(overall.last7.mature).toEqual({ total: 14, passed: 12, rate: 12 / 14 });
    expect(overall.last7.all).toEqual({ total: 29, passed: 24, rate: 24 / 29 });
    expect(overall.last30.young).toEqual({ total: 35, passed: 27, rate: 27 / 35 });
    expect(overall.last30.all).toEqual({ total: 49, passed: 39, rate: 39 / 49 });
    expect(overall.lastYear.mature).toEqual({ total: 114, passed: 102, rate: 102 / 114 });
    expect(overall.lastYear.all).toEqual({ total: 149, passed: 129, rate: 129 / 149 });
  });

  it("splits per deck, sorted by deck id", () => {
    const { decks } = trueRetention(rows);
    expect(decks.map((d) => d.deckId)).toEqual(["A", "B"]);
    expect(decks[0].periods.lastYear.all).toEqual({ total: 29, passed: 24, rate: 24 / 29 });
    expect(decks[1].periods.today.all.rate).toBeNull();
    expect(decks[1].periods.last30.young.rate).toBe(0.75);
    expect(decks[1].periods.lastYear.mature.rate).toBe(0.9);
  });

  it("is all null for no data", () => {
    const r = trueRetention([]);
    expect(r.decks).toEqual([]);
    for (const cell of Object.values(r.overall)) expect([cell.young.rate, cell.mature.rate, cell.all.rate]).toEqual([null, null, null]);
  });
});

describe("cardCounts", () => {
  it("counts by state, keeps suspended apart and leeches overlapping, adds unseen cards as new", () => {
    const c = cardCounts(
      [
        { state: 0, suspended: false, leech: false, mature: false, count: 5 },
        { state: 1, suspended: false, leech: false, mature: false, count: 2 },
        { state: 2, suspended: false, leech: false, mature: false, count: 7 },
        { state: 2, suspended: false, leech: false, mature: true, count: 3 },
        { state: 3, suspended: false, leech: false, mature: false, count: 1 },
        { state: 2, suspended: true, leech: true, mature: true, count: 2 },
        { state: 0, suspended: true, leech: false, mature: false, count: 1 },
      ],
      10,
    );
    expect(c).toEqual({ new: 15, learning: 2, review: { young: 7, mature: 3, total: 10 }, relearning: 1, suspended: 3, leech: 2, total: 31 });
  });

  it("is all zero for no cards", () => {
    expect(cardCounts([])).toEqual({ new: 0, learning: 0, review: { young: 0, mature: 0, total: 0 }, relearning: 0, suspended: 0, leech: 0, total: 0 });
  });
});

describe("chapterMastery", () => {
  const rows = [
    { chapterId: "a", title: "Alpha", total: 10, mastered: 5 },
    { chapterId: "b", title: "Beta", total: 4, mastered: 1 },
    { chapterId: "c", title: "Gamma", total: 0, mastered: 0 },
    { chapterId: "d", title: "Delta", total: 8, mastered: 2 },
  ];

  it("sorts weakest first, bigger chapter first on ties, empty chapters last", () => {
    const m = chapterMastery(rows);
    expect(m.map((r) => r.chapterId)).toEqual(["d", "b", "a", "c"]);
    expect(m.map((r) => r.share)).toEqual([0.25, 0.25, 0.5, null]);
  });

  it("sorts strongest first on request", () => {
    expect(chapterMastery(rows, "strongest").map((r) => r.chapterId)).toEqual(["a", "d", "b", "c"]);
  });

  it("handles no chapters", () => {
    expect(chapterMastery([])).toEqual([]);
  });
});
