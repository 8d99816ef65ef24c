// Custom study: the session's card choice per mode, answers without rescheduling leave the
// schedule untouched, answers with rescheduling go through the normal grade path.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { gradeCard } from "@/lib/data/review/grade";
import { customStudyCards, customStudyChoices, recordCustomAnswer } from "@/lib/data/review/custom-study";
import { createNote } from "@/lib/data/notes";
import { NotFoundError, ValidationError } from "@/lib/data/errors";
import { makeDeckWithNotes, makeUser } from "../support/factories";

const DAY = 86_400_000;
const now = new Date("2026-05-04T12:00:00Z");

async function deckWithReviewCards(dueInDays: number[]) {
  const student = await makeUser();
  const deck = await makeDeckWithNotes(student.id, dueInDays.map((d) => ({ front: `due in ${d}` })));
  const cards = await db().card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
  for (const [i, card] of cards.entries()) {
    await db().cardState.create({ data: { userId: student.id, cardId: card.id, deckId: deck.id, due: new Date(now.getTime() + dueInDays[i] * DAY),
      stability: 20, difficulty: 5, elapsedDays: 10, scheduledDays: 20, learningSteps: 0, reps: 4, lapses: 0, state: 2, lastReview: new Date(now.getTime() - 10 * DAY) } });
  }
  return { student, deck, cards };
}

const states = (userId: string) => db().cardState.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("custom study", () => {
  it("studies ahead: cards due within N days, in due order; answers without rescheduling change no state and no review log", async () => {
    const { student, deck } = await deckWithReviewCards([5, 2, 40]);
    const session = await customStudyCards(student, deck.id, { mode: "ahead", days: 7 }, now);
    expect(session.map((c) => c.front[0].text)).toEqual(["due in 2", "due in 5"]);
    const before = await states(student.id);
    for (const card of session) await recordCustomAnswer(student.id, { cardId: card.cardId, rating: 1, mode: "ahead", durationMs: 2000 }, now);
    expect(await states(student.id)).toEqual(before);
    expect(await db().reviewLog.count({ where: { userId: student.id } })).toBe(0);
    expect(await db().customStudyAnswer.count({ where: { userId: student.id } })).toBe(2);
  });

  it("with rescheduling, answers go through the grade path: the state moves and a review is logged", async () => {
    const { student, deck } = await deckWithReviewCards([3]);
    const [card] = await customStudyCards(student, deck.id, { mode: "ahead", days: 5 }, now);
    const before = await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: card.cardId } } });
    const result = await gradeCard(student.id, { cardId: card.cardId, rating: 3, expectedVersion: card.version, requestId: randomUUID(), durationMs: 1500 }, now);
    expect(result.status).toBe("ok");
    const after = await db().cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: card.cardId } } });
    expect(after.reps).toBe(before.reps + 1);
    expect(after.due.getTime()).toBeGreaterThan(before.due.getTime());
    expect(await db().reviewLog.count({ where: { userId: student.id } })).toBe(1);
    expect(await db().customStudyAnswer.count({ where: { userId: student.id } })).toBe(0);
  });

  it("reviews what was forgotten today, previews new cards in order, and filters by tag and chapter", async () => {
    const { student, deck, cards } = await deckWithReviewCards([0, 0]);
    await gradeCard(student.id, { cardId: cards[1].id, rating: 1, expectedVersion: 0, requestId: randomUUID(), durationMs: 1000 }, now);
    expect((await customStudyCards(student, deck.id, { mode: "forgotten" }, now)).map((c) => c.cardId)).toEqual([cards[1].id]);
    await createNote(student.id, deck.id, { kind: "BASIC", front: "fresh A", back: "x", tags: ["verbs"] });
    await createNote(student.id, deck.id, { kind: "BASIC", front: "fresh B", back: "x", tags: ["nouns"] });
    expect((await customStudyCards(student, deck.id, { mode: "preview", limit: 5 }, now)).map((c) => c.front[0].text)).toEqual(["fresh A", "fresh B"]);
    expect((await customStudyCards(student, deck.id, { mode: "tag", tag: "nouns" }, now)).map((c) => c.front[0].text)).toEqual(["fresh B"]);
    expect((await customStudyChoices(student.id, deck.id)).tags).toEqual(["nouns", "verbs"]);
    expect(await customStudyCards(student, deck.id, { mode: "chapter", chapterId: "no-such-chapter" }, now)).toEqual([]);
    await expect(customStudyCards(student, deck.id, { mode: "ahead", days: 0 }, now)).rejects.toThrow(ValidationError);
  });

  it("another user can neither list a deck's cards nor record answers on them", async () => {
    const { deck, cards } = await deckWithReviewCards([1]);
    const other = await makeUser();
    await expect(customStudyCards(other, deck.id, { mode: "preview", limit: 5 }, now)).rejects.toThrow(NotFoundError);
    await expect(customStudyChoices(other.id, deck.id)).rejects.toThrow(NotFoundError);
    await expect(recordCustomAnswer(other.id, { cardId: cards[0].id, rating: 3, mode: "preview", durationMs: 0 }, now)).rejects.toThrow(NotFoundError);
    expect(await db().customStudyAnswer.count({ where: { userId: other.id } })).toBe(0);
  });
});
