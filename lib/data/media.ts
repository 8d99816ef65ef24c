import "server-only";
// Media of a deck, only for users who can study it (owner, or enrolled in a class it is assigned to).
import { db } from "@/lib/db";
import type { MediaStore } from "@/lib/media/store";
import { canStudyDeck } from "./access";
import { defaultMediaStore } from "./anki-import";

export type MediaFileDto = { bytes: Buffer; contentType: string; sha256: string };

/** The file, or null when it does not exist or the user may not see the deck (the same answer, so ids are not probed). */
export async function getDeckMedia(userId: string, deckId: string, name: string, store: MediaStore = defaultMediaStore()): Promise<MediaFileDto | null> {
  if (!(await canStudyDeck(userId, deckId))) return null;
  const row = await db().deckMedia.findUnique({ where: { deckId_name: { deckId, name } } });
  if (!row) return null;
  const bytes = await store.read(row.sha256);
  return bytes ? { bytes, contentType: row.contentType, sha256: row.sha256 } : null;
}
