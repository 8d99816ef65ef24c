import "server-only";
// An author adds an image to one of their own decks: the bytes must be an image (sniffed, not
// trusted from the name or the browser), under the size limit, and are stored once per content
// hash like imported media. The note then refers to it by name (<img src="name">), which the card
// renderer points at the deck's authorised media route.
import { db } from "@/lib/db";
import { MediaTooLargeError, type MediaStore } from "@/lib/media/store";
import { sniffImage } from "@/lib/media/sniff";
import { requireOwnedDeck } from "./access";
import { defaultMediaStore } from "./anki-import";
import { ValidationError } from "./errors";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type UploadedImage = { name: string; contentType: string; size: number };

export async function uploadDeckImage(userId: string, deckId: string, bytes: Uint8Array, options: { store?: MediaStore; maxBytes?: number } = {}): Promise<UploadedImage> {
  await requireOwnedDeck(userId, deckId);
  const maxBytes = options.maxBytes ?? MAX_IMAGE_BYTES;
  if (bytes.length === 0) throw new ValidationError("The file is empty.", "image");
  if (bytes.length > maxBytes) throw new ValidationError(`The image is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MB.`, "image");
  const kind = sniffImage(bytes);
  if (!kind) throw new ValidationError("That file is not a PNG, JPEG, GIF or WebP image.", "image");
  const store = options.store ?? defaultMediaStore();
  let staged;
  try {
    staged = await store.stage(bytes, "The image");
  } catch (e) {
    if (e instanceof MediaTooLargeError) throw new ValidationError(e.message, "image");
    throw e;
  }
  // Named by content: the same picture uploaded twice is one file and one name, and the name is
  // one Anki accepts unchanged when the deck is exported.
  const name = `lectern-${staged.sha256.slice(0, 20)}.${kind.ext}`;
  try {
    await db().deckMedia.upsert({
      where: { deckId_name: { deckId, name } },
      create: { deckId, name, sha256: staged.sha256, size: staged.size, contentType: kind.contentType },
      update: {},
    });
  } catch (e) {
    await store.discard([staged]);
    throw e;
  }
  await store.commit([staged]);
  return { name, contentType: kind.contentType, size: staged.size };
}
