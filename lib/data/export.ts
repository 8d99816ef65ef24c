import "server-only";
import { db } from "@/lib/db";
import { getBrowsableDeck } from "./browse";

/** A deck's notes for export: the owner and enrolled students may take a copy of the cards. */
export async function notesForExport(userId: string, deckId: string) {
  const deck = await getBrowsableDeck(userId, deckId);
  const notes = await db().note.findMany({
    where: { deckId },
    orderBy: { position: "asc" },
    select: { id: true, kind: true, front: true, back: true, tags: true, context: true },
  });
  return { deck, notes };
}

export function exportFilename(title: string, ext: string): string {
  const base = title.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-").slice(0, 60) || "deck";
  return `${base}.${ext}`;
}
