import "server-only";
// Who may see what. Every data-layer read and write is scoped by one of these predicates.
import { q } from "./pg";
import { db } from "@/lib/db";
import { NotFoundError } from "./errors";

/** SQL predicate: deck alias `d` is studyable by user $1 (own deck, or assigned to a class they're in). */
export const STUDYABLE_DECK_SQL = `d."archivedAt" IS NULL AND d."deletedAt" IS NULL AND (d."ownerId" = $1 OR EXISTS (
  SELECT 1 FROM "ClassDeck" cd JOIN "Enrollment" e ON e."classId" = cd."classId"
  WHERE cd."deckId" = d.id AND e."userId" = $1))`;

export async function studyableDeckIds(userId: string, onlyDeckId?: string): Promise<string[]> {
  const rows = await q<{ id: string }>(
    `SELECT d.id FROM "Deck" d WHERE ${STUDYABLE_DECK_SQL} ${onlyDeckId ? `AND d.id = $2` : ""} ORDER BY d."createdAt"`,
    onlyDeckId ? [userId, onlyDeckId] : [userId],
  );
  return rows.map((r) => r.id);
}

export async function canStudyDeck(userId: string, deckId: string): Promise<boolean> {
  return (await studyableDeckIds(userId, deckId)).length === 1;
}

/** A deck the user owns (for editing), not in the trash. Throws NotFoundError for anyone else's deck. */
export async function requireOwnedDeck(userId: string, deckId: string) {
  const deck = await db().deck.findFirst({ where: { id: deckId, ownerId: userId, deletedAt: null } });
  if (!deck) throw new NotFoundError("That deck");
  return deck;
}

/** A class the instructor owns. */
export async function requireOwnedClass(userId: string, classId: string) {
  const klass = await db().class.findFirst({ where: { id: classId, ownerId: userId } });
  if (!klass) throw new NotFoundError("That class");
  return klass;
}
