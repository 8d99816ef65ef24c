// The one reader of a card-writing model's reply (lib/cards/llm-reply.ts): used by the LLM generator,
// the sentence-choice labels and the blank supervision, so each case here holds for all three.
import { describe, expect, it } from "vitest";
import { readReply, replyCardsOrNone } from "@/lib/cards/llm-reply";
import { citedIds } from "@/lib/cards/choice/replies";
import { replyCards } from "@/scripts/lib/llm-blanks";

const card = (o: Record<string, unknown>) => ({ kind: "qa", front: "What is a lock?", back: "A chamber with gates", sentences: [3], ...o });

describe("readReply", () => {
  it("reads the JSON inside prose or a fence and keeps only well-formed cards", () => {
    const content = "Here you are:\n```json\n" + JSON.stringify({ cards: [card({}), card({ kind: "essay" }), card({ back: 7 }), card({ sentences: "3" }), null, card({ kind: "cloze", front: "A {{c1::lock}} holds water.", back: "lock", sentences: [4, 5] })] }) + "\n```";
    const r = readReply(content);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.cards.map((c) => c.sentences)).toEqual([[3], [4, 5]]);
  });
  it("says why a reply cannot be read", () => {
    expect(readReply("no cards today")).toEqual({ ok: false, error: "The card generator's reply was not JSON." });
    expect(readReply("{cards: [}")).toEqual({ ok: false, error: "The card generator's reply was not valid JSON." });
    expect(readReply('{"items": []}')).toEqual({ ok: false, error: "The card generator's reply had no cards array." });
    expect(readReply("null {}")).toEqual({ ok: false, error: "The card generator's reply had no cards array." });
  });
  it("gives the same cards to every reader of stored replies, and none for an unreadable one", () => {
    const content = JSON.stringify({ cards: [card({ sentences: [1, 2.5, 2] }), card({ front: 1, sentences: [9] })] });
    expect(replyCardsOrNone(content)).toHaveLength(1);
    expect(replyCards(content)).toEqual(replyCardsOrNone(content));
    expect([...citedIds(content)]).toEqual([1, 2]);
    for (const bad of ["", "{", '{"cards": 3}']) {
      expect(replyCardsOrNone(bad)).toEqual([]);
      expect(citedIds(bad).size).toBe(0);
    }
  });
});
