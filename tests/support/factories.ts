// Test data builders for integration tests. Each call makes unique rows so tests can share one database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createAccount, type Role } from "@/lib/auth/accounts";

export async function makeUser(role: Role = "STUDENT", overrides: { timeZone?: string; dayStartHour?: number } = {}) {
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  const result = await createAccount(db(), { email, name: `${role} ${email.slice(0, 8)}`, password: "correct horse battery", role });
  if (!result.ok) throw new Error(result.message);
  if (overrides.timeZone || overrides.dayStartHour !== undefined) {
    await db().user.update({ where: { id: result.user.id }, data: overrides });
  }
  return { ...result.user, timeZone: overrides.timeZone ?? "UTC", dayStartHour: overrides.dayStartHour ?? 4 };
}

export async function makeDeckWithNotes(ownerId: string, notes: { kind?: "BASIC" | "REVERSED" | "CLOZE"; front: string; back?: string }[], options: Record<string, unknown> = {}) {
  const { createDeck } = await import("@/lib/data/decks");
  const { createNote } = await import("@/lib/data/notes");
  const deck = await createDeck(ownerId, { title: `Deck ${randomUUID().slice(0, 6)}`, ...options });
  for (const n of notes) await createNote(ownerId, deck.id, { kind: n.kind ?? "BASIC", front: n.front, back: n.back ?? "answer" });
  return deck;
}

export async function enrol(instructorId: string, studentId: string, deckIds: string[]) {
  const { newJoinCode } = await import("@/lib/data/classes");
  const klass = await db().class.create({ data: { ownerId: instructorId, name: "Class", joinCode: newJoinCode() } });
  for (const deckId of deckIds) await db().classDeck.create({ data: { classId: klass.id, deckId } });
  await db().enrollment.create({ data: { classId: klass.id, userId: studentId } });
  return klass;
}
