// A student's own data: the JSON export holds their settings, cards and every answer (and nothing
// of anyone else); deleting the account asks for the password and removes their answers from class
// statistics; an instructor who owns classes is refused.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { deleteMyAccount, exportMyData, EXPORT_FORMAT } from "@/lib/data/my-data";
import { ConflictError, ValidationError } from "@/lib/data/errors";
import { makeUser } from "../support/factories";

async function withPassword(role: "STUDENT" | "INSTRUCTOR", password: string) {
  const u = await makeUser(role);
  await db().user.update({ where: { id: u.id }, data: { passwordHash: await hashPassword(password) } });
  return u;
}

async function deckWithAnswer(ownerId: string, studentId: string, requestId: string) {
  const deck = await db().deck.create({ data: { ownerId, title: "D" } });
  const note = await db().note.create({ data: { deckId: deck.id, front: "Capital of France?", back: "Paris", position: 0 } });
  const card = await db().card.create({ data: { noteId: note.id, deckId: deck.id, ordinal: 0, position: 0 } });
  const now = new Date();
  await db().cardState.create({ data: { userId: studentId, cardId: card.id, deckId: deck.id, due: now, stability: 3, difficulty: 5, elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: now } });
  await db().reviewLog.create({ data: { userId: studentId, cardId: card.id, deckId: deck.id, rating: 3, state: 0, due: now, stability: 0, difficulty: 0, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0, review: now, requestId } });
  return { deck, card };
}

describe("my data", () => {
  it("exports settings, cards with their text and every answer, and nothing of other users", async () => {
    const [student, other] = [await makeUser("STUDENT"), await makeUser("STUDENT")];
    const { card } = await deckWithAnswer(student.id, student.id, crypto.randomUUID());
    await deckWithAnswer(other.id, other.id, crypto.randomUUID());
    const data = await exportMyData(student.id, new Date("2026-12-04T12:00:00Z"));
    expect(data.format).toBe(EXPORT_FORMAT);
    expect(data.settings.email).toBe(student.email);
    expect(data.settings).not.toHaveProperty("passwordHash");
    expect(data.cards).toHaveLength(1);
    expect(data.cards[0]).toMatchObject({ cardId: card.id, card: { note: { front: "Capital of France?", back: "Paris" } } });
    expect(data.reviews).toHaveLength(1);
    expect(data.reviews[0]).toMatchObject({ cardId: card.id, rating: 3 });
    expect(data.decks).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain(other.email);
  });

  it("deletes the account and its answers only with the right password", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const student = await withPassword("STUDENT", "correct horse battery");
    const { deck } = await deckWithAnswer(teacher.id, student.id, crypto.randomUUID());
    await expect(deleteMyAccount(student.id, "wrong")).rejects.toBeInstanceOf(ValidationError);
    expect(await db().reviewLog.count({ where: { deckId: deck.id } })).toBe(1);
    await deleteMyAccount(student.id, "correct horse battery");
    expect(await db().user.findUnique({ where: { id: student.id } })).toBeNull();
    expect(await db().reviewLog.count({ where: { deckId: deck.id } })).toBe(0); // gone from the class deck's statistics
    expect(await db().deck.findUnique({ where: { id: deck.id } })).not.toBeNull(); // the instructor's deck stays
  });

  it("refuses an instructor who still owns classes", async () => {
    const teacher = await withPassword("INSTRUCTOR", "teacher password 1");
    await db().class.create({ data: { ownerId: teacher.id, name: "C", joinCode: `J-${crypto.randomUUID()}` } });
    await expect(deleteMyAccount(teacher.id, "teacher password 1")).rejects.toBeInstanceOf(ConflictError);
    expect(await db().user.findUnique({ where: { id: teacher.id } })).not.toBeNull();
  });
});
