import "server-only";
// Deleted decks wait here for 30 days: the owner can list and restore them; older ones are purged
// (cards, notes, schedules and, if the owner chose so at deletion, review history). The purge runs
// when a Decks page is read, so it needs no scheduler.
import { db } from "@/lib/db";
import { NotFoundError } from "./errors";

export const TRASH_DAYS = 30;
const DAY = 86_400_000;

export type DeletedDeck = { id: string; title: string; deletedAt: Date; purgeAt: Date };

function cutoff(now: Date) {
  return new Date(now.getTime() - TRASH_DAYS * DAY);
}

/** The owner's decks in the trash that are still restorable, most recently deleted first. */
export async function listDeletedDecks(userId: string, now: Date): Promise<DeletedDeck[]> {
  const rows = await db().deck.findMany({
    where: { ownerId: userId, deletedAt: { gt: cutoff(now) } },
    select: { id: true, title: true, deletedAt: true },
    orderBy: { deletedAt: "desc" },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, deletedAt: r.deletedAt!, purgeAt: new Date(r.deletedAt!.getTime() + TRASH_DAYS * DAY) }));
}

/** Brings a deck back with its cards and every student's schedule (they were never touched). */
export async function restoreDeck(userId: string, deckId: string, now: Date) {
  const { count } = await db().deck.updateMany({
    where: { id: deckId, ownerId: userId, deletedAt: { gt: cutoff(now) } },
    data: { deletedAt: null, purgeReviews: false },
  });
  if (count !== 1) throw new NotFoundError("That deleted deck");
}

/** Purges every deck deleted more than 30 days before `now`; returns how many went. */
export async function purgeExpiredDecks(now: Date): Promise<number> {
  const expired = await db().deck.findMany({ where: { deletedAt: { lte: cutoff(now) } }, select: { id: true, purgeReviews: true } });
  if (expired.length === 0) return 0;
  const ids = expired.map((d) => d.id);
  const dropReviews = expired.filter((d) => d.purgeReviews).map((d) => d.id);
  await db().$transaction(async (t) => {
    if (dropReviews.length) await t.reviewLog.deleteMany({ where: { deckId: { in: dropReviews } } });
    // Re-checked inside the transaction: a deck restored meanwhile stays.
    await t.deck.deleteMany({ where: { id: { in: ids }, deletedAt: { lte: cutoff(now) } } });
  });
  return ids.length;
}
