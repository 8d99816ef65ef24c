// Every data-layer entry point, called with another user's ids, must refuse and change nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteDeck, deckDeletionImpact, setDeckArchived, updateDeck, listDecks } from "@/lib/data/decks";
import { createNote, deleteNote, resetNoteForEveryone, updateNote } from "@/lib/data/notes";
import { assignDeck, deleteClass, getOwnedClass, joinClass, regenerateJoinCode, removeStudent, renameClass, unassignDeck } from "@/lib/data/classes";
import { browseCards } from "@/lib/data/browse";
import { bulkApply } from "@/lib/data/bulk";
import { NotFoundError } from "@/lib/data/errors";
import { enrol, makeDeckWithNotes, makeUser } from "../support/factories";

const now = new Date("2026-06-01T10:00:00Z");

async function snapshot() {
  const [decks, notes, cards, states, logs, classes, enrolments, classDecks] = await Promise.all([
    db().deck.findMany({ orderBy: { id: "asc" } }), db().note.findMany({ orderBy: { id: "asc" } }),
    db().card.count(), db().cardState.count(), db().reviewLog.count(),
    db().class.findMany({ orderBy: { id: "asc" } }), db().enrollment.count(), db().classDeck.count(),
  ]);
  return JSON.stringify({ decks, notes, cards, states, logs, classes, enrolments, classDecks });
}

describe("user B cannot read or change user A's things", async () => {
  const a = await makeUser("INSTRUCTOR");
  const b = await makeUser("INSTRUCTOR");
  const deck = await makeDeckWithNotes(a.id, [{ front: "secret question", back: "secret answer" }]);
  const note = await db().note.findFirstOrThrow({ where: { deckId: deck.id }, include: { cards: true } });
  const klass = await enrol(a.id, (await makeUser()).id, [deck.id]);
  const studentOfA = (await db().enrollment.findFirstOrThrow({ where: { classId: klass.id } })).userId;
  const bDeck = await makeDeckWithNotes(b.id, [{ front: "b's own" }]);

  const attempts: [string, () => Promise<unknown>][] = [
    ["read A's deck in the browser", () => browseCards(b.id, deck.id, {})],
    ["rename A's deck", () => updateDeck(b.id, deck.id, { title: "pwned" })],
    ["archive A's deck", () => setDeckArchived(b.id, deck.id, true)],
    ["see A's deck deletion impact", () => deckDeletionImpact(b.id, deck.id)],
    ["delete A's deck", () => deleteDeck(b.id, deck.id, { keepReviews: false })],
    ["add a note to A's deck", () => createNote(b.id, deck.id, { kind: "BASIC", front: "x", back: "y" })],
    ["edit A's note", () => updateNote(b.id, note.id, { kind: "BASIC", front: "x", back: "y" })],
    ["delete A's note", () => deleteNote(b.id, note.id, { keepHistory: false })],
    ["reset A's note", () => resetNoteForEveryone(b.id, note.id)],
    ["bulk-delete A's cards", () => bulkApply(b.id, deck.id, note.cards.map((c) => c.id), "delete", now)],
    ["bulk-suspend A's cards", () => bulkApply(b.id, deck.id, note.cards.map((c) => c.id), "suspend", now)],
    ["view A's class", () => getOwnedClass(b.id, klass.id)],
    ["rename A's class", () => renameClass(b.id, klass.id, "pwned")],
    ["regenerate A's join code", () => regenerateJoinCode(b.id, klass.id)],
    ["delete A's class", () => deleteClass(b.id, klass.id)],
    ["remove a student from A's class", () => removeStudent(b.id, klass.id, studentOfA)],
    ["unassign A's deck from A's class", () => unassignDeck(b.id, klass.id, deck.id)],
    ["assign B's deck to A's class", () => assignDeck(b.id, klass.id, bDeck.id)],
    ["assign A's deck to B's class", async () => {
      const bClass = await db().class.create({ data: { ownerId: b.id, name: "B", joinCode: `B-${Date.now()}` } });
      return assignDeck(b.id, bClass.id, deck.id);
    }],
  ];

  for (const [what, run] of attempts) {
    it(`refuses to ${what}`, async () => {
      const before = await snapshot();
      await expect(run()).rejects.toBeInstanceOf(NotFoundError);
      const after = await snapshot();
      // "assign A's deck to B's class" creates B's own class first; everything of A's is unchanged.
      if (what.startsWith("assign A's deck to B's")) expect(await db().classDeck.count({ where: { deckId: deck.id } })).toBe(1);
      else expect(after).toBe(before);
    });
  }

  it("does not list A's decks for B", async () => {
    const ids = (await listDecks(b.id, { includeArchived: true })).map((d) => d.id);
    expect(ids).toContain(bDeck.id);
    expect(ids).not.toContain(deck.id);
  });

  it("lets an enrolled student read but not edit the class deck", async () => {
    const r = await browseCards(studentOfA, deck.id, {});
    expect(r.rows.map((x) => x.front)).toEqual(["secret question"]);
    await expect(updateNote(studentOfA, note.id, { kind: "BASIC", front: "x", back: "y" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an instructor joining their own class, and a wrong code", async () => {
    await expect(joinClass(a.id, klass.joinCode)).rejects.toThrow(/teach this class/);
    await expect(joinClass(b.id, "ZZZZ-ZZZZ")).rejects.toThrow(/No class has that join code/);
  });
});
