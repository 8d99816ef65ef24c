// Generated cards as review-queue rows: the context line travels with the card (offline and LLM
// generators both go through candidateRows), normalised, and a card without one stores none.
import { describe, expect, it } from "vitest";
import type { GeneratedCard } from "@/lib/cards";
import { candidateRows } from "@/lib/data/candidate-rows";

const card = (front: string, context?: string): GeneratedCard => ({
  kind: "qa", front, back: "all debts", rule: "pipeline", score: 0.7, flags: [], ...(context !== undefined ? { context } : {}),
  source: { chapter: 0, chapterTitle: "Solon", page: "3", sentence: 2, sentenceIds: [2], span: [0, 9] },
});

describe("candidateRows", () => {
  it("keeps each card's context line, one line, and null for none", () => {
    const rows = candidateRows("ch1", [card("What did he cancel?", "  Solon's reforms,\n Athens "), card("What did Solon cancel?"), card("Q?", " ")], 5);
    expect(rows.map((r) => [r.front, r.context, r.position])).toEqual([
      ["What did he cancel?", "Solon's reforms, Athens", 5],
      ["What did Solon cancel?", null, 6],
      ["Q?", null, 7],
    ]);
  });

  it("stores the floor's p(reject) and reasons when the generator gave them, null and none otherwise (LLM cards, older cards)", () => {
    const rows = candidateRows("ch1", [{ ...card("Q1?"), reject: 0.62, rejectWhy: ["low:centrality"] }, card("Q2?")]);
    expect(rows.map((r) => [r.reject, r.rejectWhy])).toEqual([[0.62, ["low:centrality"]], [null, []]]);
  });
});
