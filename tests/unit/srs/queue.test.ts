import { describe, expect, it } from "vitest";
import { buildQueue, type QueueCandidate, type DeckLimits } from "@/lib/srs/queue";

const now = new Date("2026-04-01T12:00:00Z");
const at = (min: number) => new Date(now.getTime() + min * 60_000);
let n = 0;
const card = (over: Partial<QueueCandidate>): QueueCandidate => ({ cardId: `c${++n}`, noteId: `n${n}`, deckId: "A", due: null, state: 0, position: n, ...over });
const limits = (over: Partial<DeckLimits> = {}): DeckLimits => ({ deckId: "A", newPerDay: 20, reviewsPerDay: 200, newDone: 0, reviewsDone: 0, ...over });
const ids = (q: { cards: QueueCandidate[] }) => q.cards.map((c) => c.cardId);

describe("buildQueue", () => {
  it("orders learning due now, then reviews by due date, then new cards in source order, then learning due soon", () => {
    const soon = card({ state: 1, due: at(5) });
    const learnNow = card({ state: 3, due: at(-1) });
    const late = card({ state: 2, due: at(-60 * 24) });
    const later = card({ state: 2, due: at(-60) });
    const new2 = card({ position: 200 });
    const new1 = card({ position: 100 });
    const q = buildQueue({ now, learning: [soon, learnNow], reviews: [later, late], newCards: [new2, new1], answeredToday: new Map(), decks: [limits()] });
    expect(ids(q)).toEqual([learnNow.cardId, late.cardId, later.cardId, new1.cardId, new2.cardId, soon.cardId]);
    expect(q.counts).toEqual({ learning: 2, review: 2, new: 2 });
  });

  it("stops at each deck's remaining daily limits", () => {
    const reviews = [1, 2, 3].map((i) => card({ state: 2, due: at(-i) }));
    const fresh = [1, 2, 3].map(() => card({}));
    const q = buildQueue({ now, learning: [], reviews, newCards: fresh, answeredToday: new Map(), decks: [limits({ reviewsPerDay: 5, reviewsDone: 3, newPerDay: 2, newDone: 1 })] });
    expect(q.counts).toEqual({ learning: 0, review: 2, new: 1 });
  });

  it("applies limits per deck and introduces decks' new cards in deck order", () => {
    const a = [card({ deckId: "A" }), card({ deckId: "A" })];
    const b = [card({ deckId: "B" }), card({ deckId: "B" })];
    const q = buildQueue({ now, learning: [], reviews: [], newCards: [...b, ...a], answeredToday: new Map(),
      decks: [limits({ deckId: "A", newPerDay: 1 }), limits({ deckId: "B", newPerDay: 5 })] });
    expect(ids(q)).toEqual([a[0].cardId, b[0].cardId, b[1].cardId]);
  });

  it("buries siblings of a card answered today but not the answered card itself", () => {
    const answered = card({ state: 0, noteId: "note" });
    const sibling = card({ state: 0, noteId: "note" });
    const reviewSibling = card({ state: 2, due: at(-5), noteId: "note" });
    const q = buildQueue({ now, learning: [], reviews: [reviewSibling], newCards: [answered, sibling],
      answeredToday: new Map([["note", new Set([answered.cardId])]]), decks: [limits()] });
    expect(ids(q)).toEqual([answered.cardId]); // e.g. reset to new after answering: still shown
  });

  it("never shows two siblings in one pass, even before either is answered", () => {
    const a = card({ noteId: "pair" });
    const b = card({ noteId: "pair" });
    const q = buildQueue({ now, learning: [], reviews: [], newCards: [a, b], answeredToday: new Map(), decks: [limits()] });
    expect(ids(q)).toEqual([a.cardId]);
  });

  it("keeps learning cards even when the note was answered today (they are mid-learning, not siblings)", () => {
    const learning = card({ state: 1, due: at(-1), noteId: "x" });
    const q = buildQueue({ now, learning: [learning], reviews: [], newCards: [], answeredToday: new Map([["x", new Set([learning.cardId])]]), decks: [limits()] });
    expect(ids(q)).toEqual([learning.cardId]);
  });
});

describe("buildQueue with assignment ranks", () => {
  it("introduces ranked (assignment) new cards before the deck's others, earliest deadline first", () => {
    const now = new Date("2026-05-04T12:00:00Z");
    const card = (cardId: string, position: number, rank?: number) => ({ cardId, noteId: cardId, deckId: "d", due: null, state: 0, position, ...(rank === undefined ? {} : { rank }) });
    const q = buildQueue({
      now, learning: [], reviews: [], answeredToday: new Map(),
      newCards: [card("plain", 1), card("later", 9, 1), card("sooner", 5, 0)],
      decks: [{ deckId: "d", newPerDay: 2, reviewsPerDay: 100, newDone: 0, reviewsDone: 0 }],
    });
    expect(q.cards.map((c) => c.cardId)).toEqual(["sooner", "later"]);
  });
});
