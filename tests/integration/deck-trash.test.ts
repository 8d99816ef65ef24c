// A deleted deck goes to its owner's trash for 30 days: hidden from every list, queue and statistic,
// restorable with its cards and students' schedules, purged after that, and only by its owner.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { assignDeck, createClass, getOwnedClass, joinClass, listEnrollments, listOwnedClasses } from "@/lib/data/classes";
import { deleteDeck, listDecks } from "@/lib/data/decks";
import { listDeletedDecks, purgeExpiredDecks, restoreDeck } from "@/lib/data/deck-trash";
import { gradeCard } from "@/lib/data/review/grade";
import { getStudyView } from "@/lib/data/review/session";
import { todayOverview } from "@/lib/data/review/overview";
import { browseCards } from "@/lib/data/browse";
import { studentDashboard } from "@/lib/data/stats/student";
import { classDashboard } from "@/lib/data/stats/class";
import { listStudentAssignments } from "@/lib/data/assignments";
import { NotFoundError } from "@/lib/data/errors";
import { canStudyDeck } from "@/lib/data/access";
import { makeDeckWithNotes, makeUser } from "../support/factories";

const DAY = 86_400_000;
const t0 = new Date("2026-06-01T12:00:00Z");

async function classWithStudent() {
  const teacher = await makeUser("INSTRUCTOR");
  const student = await makeUser();
  const deck = await makeDeckWithNotes(teacher.id, [{ front: "Q1" }, { front: "Q2" }]);
  const klass = await createClass(teacher.id, "Biology");
  await assignDeck(teacher.id, klass.id, deck.id);
  await joinClass(student.id, klass.joinCode);
  const v = await getStudyView(student, t0, null);
  await gradeCard(student.id, { cardId: v.card!.cardId, rating: 1, expectedVersion: v.card!.version, requestId: randomUUID(), durationMs: 1 }, t0);
  return { teacher, student, deck, klass };
}

const schedules = (userId: string, deckId: string) =>
  db().cardState.findMany({ where: { userId, deckId }, orderBy: { cardId: "asc" }, select: { cardId: true, due: true, stability: true, reps: true, state: true } });

describe("deck trash", () => {
  it("hides a deleted deck from the owner's and students' lists, queue, Today, class, stats and browse", async () => {
    const { teacher, student, deck, klass } = await classWithStudent();
    await db().assignment.create({ data: { classId: klass.id, deckId: deck.id, title: "Week 1", startAt: t0, dueAt: new Date(t0.getTime() + 7 * DAY) } });
    expect((await todayOverview(student, t0)).map((d) => d.deckId)).toContain(deck.id);
    const later = new Date(t0.getTime() + DAY);
    expect((await studentDashboard(student, later)).dueToday).toBe(1);

    await deleteDeck(teacher.id, deck.id, { keepReviews: true }, t0);

    expect((await listDecks(teacher.id, { includeArchived: true })).map((d) => d.id)).not.toContain(deck.id);
    expect((await listDecks(student.id, { includeArchived: true })).map((d) => d.id)).not.toContain(deck.id);
    expect((await getStudyView(student, later, null)).card).toBeFalsy();
    expect((await getStudyView(student, later, deck.id)).card).toBeNull();
    expect(await canStudyDeck(student.id, deck.id)).toBe(false); // the review page answers 404
    expect(JSON.stringify(await todayOverview(student, later))).not.toContain(deck.id);
    expect((await getOwnedClass(teacher.id, klass.id)).decks).toEqual([]);
    expect(await listOwnedClasses(teacher.id)).toEqual([expect.objectContaining({ id: klass.id, decks: 0 })]);
    expect(await listEnrollments(student.id)).toEqual([expect.objectContaining({ id: klass.id, decks: 0 })]);
    expect(await listStudentAssignments(student.id)).toEqual([]);
    await expect(browseCards(teacher.id, deck.id, {})).rejects.toThrow(NotFoundError);
    await expect(browseCards(student.id, deck.id, {})).rejects.toThrow(NotFoundError);
    const dash = await classDashboard(teacher, klass.id, later, "name", "asc");
    expect(dash.roster[0]).toMatchObject({ cardsStudied: 0 });
    expect(dash.hardest).toEqual([]);
    expect((await studentDashboard(student, later)).dueToday).toBe(0);

    expect(await listDeletedDecks(teacher.id, later)).toEqual([
      { id: deck.id, title: deck.title, deletedAt: t0, purgeAt: new Date(t0.getTime() + 30 * DAY) },
    ]);
    expect(await listDeletedDecks(student.id, later)).toEqual([]);
  });

  it("restores the deck with its cards and every student's schedule", async () => {
    const { teacher, student, deck, klass } = await classWithStudent();
    const before = await schedules(student.id, deck.id);
    const cards = await db().card.count({ where: { deckId: deck.id } });
    expect(before).toHaveLength(1);

    await deleteDeck(teacher.id, deck.id, { keepReviews: false }, t0);
    await restoreDeck(teacher.id, deck.id, new Date(t0.getTime() + 29 * DAY));
    await purgeExpiredDecks(new Date(t0.getTime() + 31 * DAY)); // restored: the purge leaves it alone

    expect(await db().card.count({ where: { deckId: deck.id } })).toBe(cards);
    expect(await schedules(student.id, deck.id)).toEqual(before);
    expect(await db().reviewLog.count({ where: { deckId: deck.id } })).toBe(1);
    expect((await listDecks(student.id)).map((d) => d.id)).toContain(deck.id);
    expect((await getOwnedClass(teacher.id, klass.id)).decks.map((d) => d.id)).toEqual([deck.id]);
    expect(await listDeletedDecks(teacher.id, t0)).toEqual([]);
  });

  it("purges decks deleted more than 30 days ago, applying the owner's choice about review history", async () => {
    const { teacher, student, deck } = await classWithStudent();
    const kept = await makeDeckWithNotes(teacher.id, [{ front: "recent" }]);
    await deleteDeck(teacher.id, deck.id, { keepReviews: false }, t0);
    await deleteDeck(teacher.id, kept.id, { keepReviews: true }, new Date(t0.getTime() + 10 * DAY));

    expect(await purgeExpiredDecks(new Date(t0.getTime() + 30 * DAY - 1000))).toBe(0);
    expect(await db().deck.count({ where: { id: deck.id } })).toBe(1);

    const day31 = new Date(t0.getTime() + 31 * DAY);
    expect(await purgeExpiredDecks(day31)).toBeGreaterThanOrEqual(1);
    expect(await db().deck.count({ where: { id: deck.id } })).toBe(0);
    expect(await db().card.count({ where: { deckId: deck.id } })).toBe(0);
    expect(await db().cardState.count({ where: { userId: student.id, deckId: deck.id } })).toBe(0);
    expect(await db().reviewLog.count({ where: { deckId: deck.id } })).toBe(0);
    // Deleted 21 days before: still restorable.
    expect((await listDeletedDecks(teacher.id, day31)).map((d) => d.id)).toEqual([kept.id]);
    await expect(restoreDeck(teacher.id, deck.id, day31)).rejects.toThrow(NotFoundError);
  });

  it("lets only the owner delete, list or restore a deck (another instructor and enrolled students are refused, nothing changes)", async () => {
    const { teacher, student, deck } = await classWithStudent();
    const other = await makeUser("INSTRUCTOR");
    await expect(deleteDeck(student.id, deck.id, { keepReviews: false }, t0)).rejects.toThrow(NotFoundError);
    await expect(deleteDeck(other.id, deck.id, { keepReviews: false }, t0)).rejects.toThrow(NotFoundError);
    expect((await db().deck.findUniqueOrThrow({ where: { id: deck.id } })).deletedAt).toBeNull();

    await deleteDeck(teacher.id, deck.id, { keepReviews: true }, t0);
    const later = new Date(t0.getTime() + DAY);
    await expect(restoreDeck(other.id, deck.id, later)).rejects.toThrow(NotFoundError);
    await expect(restoreDeck(student.id, deck.id, later)).rejects.toThrow(NotFoundError);
    expect(await listDeletedDecks(other.id, later)).toEqual([]);
    expect((await db().deck.findUniqueOrThrow({ where: { id: deck.id } })).deletedAt).toEqual(t0);
    // A deck in the trash cannot be deleted again or edited by its owner either.
    await expect(deleteDeck(teacher.id, deck.id, { keepReviews: false }, later)).rejects.toThrow(NotFoundError);
  });
});
