// The floor-rows audit pairs rows with the evaluation's cards by sides and context, never by position
// (scripts/lib/rows-audit.ts, late review 6). Invented cards.
import { describe, expect, it } from "vitest";
import { pairByKey, sidesKey } from "../../../scripts/lib/rows-audit";

const card = (front: string, context?: string) => ({ kind: "qa", front, back: "a quay", ...(context ? { context } : {}) });

describe("pairByKey", () => {
  it("pairs by key when the lists differ, and never throws when the evaluation's is shorter", () => {
    const rows = [card("What did the guild build?"), card("What sheltered the boats?"), card("Where was salt taxed?")];
    const ev = [card("Where was salt taxed?"), card("What did the guild build?")];
    const pairs = pairByKey(rows, (r) => r, ev);
    expect(pairs.map(([r, e]) => [r.front, e?.front ?? null])).toEqual([
      ["What did the guild build?", "What did the guild build?"],
      ["What sheltered the boats?", null],
      ["Where was salt taxed?", "Where was salt taxed?"],
    ]);
  });

  it("tells a card from the same card with a context line", () => {
    expect(sidesKey(card("What did the guild build?"))).not.toBe(sidesKey(card("What did the guild build?", "The guild of Lisk met in 1620.")));
    const pairs = pairByKey([card("What did the guild build?", "The guild of Lisk met in 1620.")], (r) => r, [card("What did the guild build?")]);
    expect(pairs[0][1]).toBeNull();
  });
});
