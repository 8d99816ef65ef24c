import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createClass, joinClass, leaveClass, listEnrollments, unassignDeck, assignDeck } from "@/lib/data/classes";
import { deleteDeck } from "@/lib/data/decks";
import { purgeExpiredDecks } from "@/lib/data/deck-trash";
import { createNote, resetNoteForEveryone, updateNote } from "@/lib/data/notes";
import { gradeCard } from "@/lib/data/review/grade";
import { getStudyView } from "@/lib/data/review/session";
import { makeDeckWithNotes, makeUser } from "../support/factories";

const t0 = new Date("2026-06-01T12:00:00Z");

async function study(user: { id: string; timeZone: string; dayStartHour: number }, now: Date, rating: 1 | 2 | 3 | 4 = 4) {
  const v = await getStudyView(user, now, null);
  await gradeCard(user.id, { cardId: v.card!.cardId, rating, expectedVersion: v.card!.version, requestId: randomUUID(), durationMs: 1 }, now);
  return v.card!;
}

describe("classes", () => {
  it("lets a student join by code (any case, with or without the dash), see the class decks in Today, and leave", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const student = await makeUser();
    const deck = await makeDeckWithNotes(teacher.id, [{ front: "Q" }]);
    const klass = await createClass(teacher.id, "Biology");
    await assignDeck(teacher.id, klass.id, deck.id);
    await joinClass(student.id, klass.joinCode.toLowerCase().replace("-", " "));
    await joinClass(student.id, klass.joinCode); // joining twice is harmless
    expect(await listEnrollments(student.id)).toEqual([expect.objectContaining({ id: klass.id, name: "Biology", decks: 1 })]);
    expect((await getStudyView(student, t0, null)).card?.deckId).toBe(deck.id);
    await leaveClass(student.id, klass.id);
    expect((await getStudyView(student, t0, null)).card).toBeNull();
  });

  it("keeps a student's schedule when the deck is unassigned and assigned again", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const student = await makeUser();
    const deck = await makeDeckWithNotes(teacher.id, [{ front: "Q" }]);
    const klass = await createClass(teacher.id, "History");
    await assignDeck(teacher.id, klass.id, deck.id);
    await joinClass(student.id, klass.joinCode);
    await study(student, t0);
    await unassignDeck(teacher.id, klass.id, deck.id);
    await assignDeck(teacher.id, klass.id, deck.id);
    expect(await db().cardState.count({ where: { userId: student.id } })).toBe(1);
  });
});

describe("edits propagate", () => {
  it("shows the instructor's fix to every student with their schedule kept, and can reset the card for all", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const student = await makeUser();
    const deck = await makeDeckWithNotes(teacher.id, [{ front: "Capital of Australia?", back: "Sydney" }]);
    const klass = await createClass(teacher.id, "Geo");
    await assignDeck(teacher.id, klass.id, deck.id);
    await joinClass(student.id, klass.joinCode);
    await study(student, t0, 4);
    const note = await db().note.findFirstOrThrow({ where: { deckId: deck.id } });
    await updateNote(teacher.id, note.id, { kind: "BASIC", front: "Capital of Australia?", back: "Canberra" });
    const state = await db().cardState.findFirstOrThrow({ where: { userId: student.id } });
    const due = new Date(state.due.getTime() + 1000);
    const view = await getStudyView(student, due, null);
    expect(view.card?.back[0].text).toBe("Canberra");
    expect(view.card?.state).toBe(2); // still a review card, not reset
    expect(await resetNoteForEveryone(teacher.id, note.id)).toBe(1);
    const after = await getStudyView(student, t0, null);
    expect(after.card?.state).toBe(0);
    expect(await db().reviewLog.count({ where: { userId: student.id } })).toBe(1); // history kept
  });

  it("adds and removes sibling cards when cloze deletions change, keeping the untouched one's state", async () => {
    const owner = await makeUser();
    const deck = await makeDeckWithNotes(owner.id, []);
    const note = await createNote(owner.id, deck.id, { kind: "CLOZE", front: "{{c1::Paris}} is in {{c2::France}}", back: "" });
    await study(owner, t0);
    const c1 = await db().card.findFirstOrThrow({ where: { noteId: note.id, ordinal: 1 } });
    const r = await updateNote(owner.id, note.id, { kind: "CLOZE", front: "{{c1::Paris}} is on the {{c3::Seine}}", back: "" });
    expect(r).toMatchObject({ addedCards: 1, removedCards: 1 });
    const ordinals = (await db().card.findMany({ where: { noteId: note.id } })).map((c) => c.ordinal).sort();
    expect(ordinals).toEqual([1, 3]);
    expect(await db().cardState.count({ where: { cardId: c1.id } })).toBe(1);
  });
});

describe("deleting a deck", () => {
  it("keeps students' review history when asked to, and removes it when asked to (once purged)", async () => {
    const owner = await makeUser();
    for (const keepReviews of [true, false]) {
      const deck = await makeDeckWithNotes(owner.id, [{ front: `Q ${keepReviews}` }]);
      await study(owner, t0);
      await deleteDeck(owner.id, deck.id, { keepReviews }, t0);
      expect(await db().reviewLog.count({ where: { deckId: deck.id } })).toBe(1); // restorable meanwhile
      await purgeExpiredDecks(new Date(t0.getTime() + 31 * 86_400_000));
      expect(await db().deck.count({ where: { id: deck.id } })).toBe(0);
      expect(await db().reviewLog.count({ where: { deckId: deck.id } })).toBe(keepReviews ? 1 : 0);
    }
  });
});
