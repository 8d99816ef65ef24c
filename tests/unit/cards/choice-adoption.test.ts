// The session-8 adoption rule of a span choice model (scripts/lib/choice-adoption.ts). Invented runs.
import { describe, expect, it } from "vitest";
import { acceptedCardsTest } from "../../../scripts/lib/choice-adoption";
import type { BookRun, Shown } from "../../../scripts/lib/fit-figures";
import type { Verdict } from "@/lib/cards/rank/training";

const card = (name: string, v: Verdict | null, facts: string[] = []): Shown => ({ p: 0.5, verdict: v, strict: v, facts, card: name });
const run = (book: string, shown: Shown[], gold = 2): BookRun => ({ book, chapters: [{ fixture: `${book}-1`, gold, shown }], oof: [] });
const accepts = (book: string, n: number, facts: string[] = []) => run(book, Array.from({ length: n }, (_, i) => card(`${book}${i}`, "accept", i === 0 ? facts : [])));

describe("acceptedCardsTest", () => {
  const prev = ["A", "B", "C", "D"].map((b) => accepts(b, 2, ["f1"]));

  it("passes when three books gain accepted cards, none loses more than one and recall holds", () => {
    const next = [accepts("A", 3, ["f1"]), accepts("B", 3, ["f1"]), accepts("C", 4, ["f1"]), accepts("D", 1, ["f1"])];
    const t = acceptedCardsTest(next, prev);
    expect(t.up).toEqual(["A", "B", "C"]);
    expect(t.down).toEqual([]);
    expect(t.adopt).toBe(true);
  });

  it("fails with only two books up, with a book down by two, or with recall down", () => {
    const two = [accepts("A", 3, ["f1"]), accepts("B", 3, ["f1"]), prev[2], prev[3]];
    expect(acceptedCardsTest(two, prev).adopt).toBe(false);
    const drop = [accepts("A", 3, ["f1"]), accepts("B", 3, ["f1"]), accepts("C", 3, ["f1"]), accepts("D", 0)];
    expect(acceptedCardsTest(drop, prev)).toMatchObject({ down: ["D"], adopt: false });
    const recall = [accepts("A", 3, ["f1"]), accepts("B", 3, ["f1"]), accepts("C", 3, ["f1"]), accepts("D", 2)];
    const t = acceptedCardsTest(recall, prev);
    expect(t.recall.next).toBeLessThan(t.recall.prev);
    expect(t.adopt).toBe(false);
  });
});
