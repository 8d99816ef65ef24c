// acceptAt (scripts/lib/fit-figures.ts): each chapter's k best-scored shown cards, pooled over chapters.
import { describe, expect, it } from "vitest";
import { acceptAt, type BookRun, type Shown } from "../../../scripts/lib/fit-figures";

const card = (p: number, verdict: Shown["verdict"]): Shown => ({ p, verdict, strict: verdict, facts: [] });
const run = (chapters: Shown[][]): BookRun => ({ book: "b", oof: [], chapters: chapters.map((shown, i) => ({ fixture: `f${i}`, gold: 0, shown })) });

describe("acceptAt", () => {
  it("takes each chapter's top k by score, not the first k in source order", () => {
    // Source order: a reject first, the accepts score higher.
    const r = run([[card(0.1, "reject"), card(0.9, "accept"), card(0.8, "accept")]]);
    expect(acceptAt([r], 2)).toMatchObject({ n: 2, accept: 1, reject: 0 });
    expect(acceptAt([r], Infinity)).toMatchObject({ n: 3, reject: 1 / 3 });
  });

  it("cuts every chapter separately and pools their labelled cards (unlabelled ones not counted)", () => {
    const r = run([[card(0.9, "accept"), card(0.2, "reject")], [card(0.3, "reject"), card(0.7, null)]]);
    // Chapter 1's top card is an accept; chapter 2's is unlabelled.
    expect(acceptAt([r], 1)).toMatchObject({ n: 1, accept: 1 });
    expect(acceptAt([r], 2)).toMatchObject({ n: 3, accept: 1 / 3, reject: 2 / 3 });
  });
});
