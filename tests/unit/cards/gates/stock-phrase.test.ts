// A blank on a stock phrase of discourse (lib/cards/gates/stock-phrase.ts; the informative-blank gate
// reads it unless LECTERN_STOCK_BLANK=0). Invented text.
import { describe, expect, it } from "vitest";
import { stockPhrase } from "@/lib/cards/gates/stock-phrase";

describe("a blank on a stock phrase", () => {
  it("is refused", () => {
    for (const p of ["as the saying goes", "so to speak", "As it were", "in other words,", "to be sure", "on the whole", "in a word"]) expect(stockPhrase(p)).toBe(true);
  });
  it("is refused with punctuation on either side (fixg18, review 10)", () => {
    for (const p of [", so to speak", "in short.", "in fact;", " , as it were, "]) expect(stockPhrase(p)).toBe(true);
  });
  it("is not confused with a phrase that says something", () => {
    for (const p of ["the saying of the elders", "as the river goes", "in a word of two syllables", "a matter of fact", "the whole", "in short supply", ", the facts."]) expect(stockPhrase(p)).toBe(false);
  });
});
