import "server-only";
// Bulk actions from the card browser. Note-level edits need ownership; suspend/unsuspend touch only
// the viewer's own scheduling state, so students may use them on class decks too.
import { db } from "@/lib/db";
import { requireOwnedDeck } from "./access";
import { getBrowsableDeck } from "./browse";
import { suspendCard, unsuspendCard } from "./review/card-flags";
import { normalizeTags } from "./notes";

export type BulkAction = "suspend" | "unsuspend" | "delete" | "delete-with-history" | "add-tag" | "remove-tag" | "reset";

export async function bulkApply(userId: string, deckId: string, cardIds: string[], action: BulkAction, now: Date, tag?: string): Promise<number> {
  const cards = await db().card.findMany({ where: { id: { in: cardIds.slice(0, 1000) }, deckId }, select: { id: true, noteId: true } });
  const noteIds = [...new Set(cards.map((c) => c.noteId))];
  if (action === "suspend" || action === "unsuspend") {
    await getBrowsableDeck(userId, deckId);
    for (const c of cards) await (action === "suspend" ? suspendCard : unsuspendCard)(userId, c.id, now);
    return cards.length;
  }
  await requireOwnedDeck(userId, deckId);
  if (action === "delete" || action === "delete-with-history") {
    await db().$transaction(async (t) => {
      if (action === "delete-with-history") await t.reviewLog.deleteMany({ where: { card: { noteId: { in: noteIds } } } });
      await t.note.deleteMany({ where: { id: { in: noteIds }, deckId } });
    });
    return noteIds.length;
  }
  if (action === "reset") {
    const res = await db().cardState.deleteMany({ where: { cardId: { in: cards.map((c) => c.id) } } });
    return res.count;
  }
  const [clean] = normalizeTags(tag ? [tag] : []);
  if (!clean) return 0;
  const notes = await db().note.findMany({ where: { id: { in: noteIds }, deckId }, select: { id: true, tags: true } });
  await db().$transaction(notes.map((n) => db().note.update({
    where: { id: n.id },
    data: { tags: action === "add-tag" ? [...new Set([...n.tags, clean])] : n.tags.filter((t) => t !== clean) },
  })));
  return notes.length;
}
