import "server-only";
import { db } from "@/lib/db";
import { q } from "./pg";
import { STUDYABLE_DECK_SQL, requireOwnedDeck } from "./access";
import { presetOfDeck, updatePresetOptions } from "./presets";

export type DeckOptionsInput = {
  desiredRetention: number;
  maximumInterval: number;
  learningSteps: string[];
  relearningSteps: string[];
  newPerDay: number;
  reviewsPerDay: number;
  leechThreshold: number;
  leechAction: "SUSPEND" | "TAG_ONLY";
};

export type DeckSummary = {
  id: string;
  title: string;
  description: string;
  owned: boolean;
  archived: boolean;
  classNames: string[];
  ownerName: string;
  noteCount: number;
  cardCount: number;
};

/** Decks the user owns plus decks assigned to their classes, with sizes. */
export async function listDecks(userId: string, opts: { includeArchived?: boolean } = {}): Promise<DeckSummary[]> {
  const rows = await q<{
    id: string; title: string; description: string; ownerId: string; archivedAt: Date | null; ownerName: string;
    classNames: string[] | null; noteCount: string; cardCount: string;
  }>(
    `SELECT d.id, d.title, d.description, d."ownerId", d."archivedAt", u.name AS "ownerName",
       (SELECT array_agg(DISTINCT c.name) FROM "ClassDeck" cd JOIN "Class" c ON c.id = cd."classId"
          LEFT JOIN "Enrollment" e ON e."classId" = c.id AND e."userId" = $1
          WHERE cd."deckId" = d.id AND (e.id IS NOT NULL OR c."ownerId" = $1)) AS "classNames",
       (SELECT count(*) FROM "Note" n WHERE n."deckId" = d.id) AS "noteCount",
       (SELECT count(*) FROM "Card" k WHERE k."deckId" = d.id) AS "cardCount"
     FROM "Deck" d JOIN "User" u ON u.id = d."ownerId"
     WHERE (${STUDYABLE_DECK_SQL}) OR (d."ownerId" = $1 AND $2::boolean AND d."deletedAt" IS NULL)
     ORDER BY d."archivedAt" NULLS FIRST, d."createdAt"`,
    [userId, !!opts.includeArchived],
  );
  return rows.map((r) => ({
    id: r.id, title: r.title, description: r.description, owned: r.ownerId === userId, archived: !!r.archivedAt,
    classNames: r.classNames ?? [], ownerName: r.ownerName, noteCount: Number(r.noteCount), cardCount: Number(r.cardCount),
  }));
}

/** A new deck with its own preset (named after it) holding its options, as Anki gives each deck one. */
export async function createDeck(userId: string, input: { title: string; description?: string } & Partial<DeckOptionsInput>) {
  const { title, description, ...options } = input;
  return db().$transaction(async (tx) => {
    const preset = await tx.deckPreset.create({ data: { ownerId: userId, name: title, ...options } });
    return tx.deck.create({ data: { ownerId: userId, title, description: description ?? "", presetId: preset.id, ...options } });
  });
}

/** Title and description are the deck's; options go to its preset (and so to every deck sharing it). */
export async function updateDeck(userId: string, deckId: string, input: Partial<{ title: string; description: string } & DeckOptionsInput>) {
  await requireOwnedDeck(userId, deckId);
  const { title, description, ...options } = input;
  if (Object.keys(options).length > 0) {
    const preset = await presetOfDeck(userId, deckId);
    await updatePresetOptions(userId, preset.id, { ...preset, ...options });
  }
  return db().deck.update({ where: { id: deckId }, data: { title, description } });
}

export async function setDeckArchived(userId: string, deckId: string, archived: boolean) {
  await requireOwnedDeck(userId, deckId);
  return db().deck.update({ where: { id: deckId }, data: { archivedAt: archived ? new Date() : null } });
}

/** What deleting a deck would remove, so the confirmation can say it plainly. */
export async function deckDeletionImpact(userId: string, deckId: string) {
  await requireOwnedDeck(userId, deckId);
  const [notes, students, reviews] = await Promise.all([
    db().note.count({ where: { deckId } }),
    db().cardState.groupBy({ by: ["userId"], where: { deckId } }).then((g) => g.length),
    db().reviewLog.count({ where: { deckId } }),
  ]);
  return { notes, students, reviews };
}

/**
 * Moves a deck to the owner's trash (lib/data/deck-trash.ts): hidden everywhere at once, restorable
 * for 30 days, then purged. The caller chooses what the purge does to review history: kept
 * (detached) or removed.
 */
export async function deleteDeck(userId: string, deckId: string, opts: { keepReviews: boolean }, now = new Date()) {
  await requireOwnedDeck(userId, deckId);
  await db().deck.update({ where: { id: deckId }, data: { deletedAt: now, purgeReviews: !opts.keepReviews } });
}

export async function getOwnedDeck(userId: string, deckId: string) {
  return requireOwnedDeck(userId, deckId);
}
