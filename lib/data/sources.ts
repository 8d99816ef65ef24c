import "server-only";
// Imported chapters (Source -> Chapter -> CardCandidate) and the author's review of generated cards.
import { db } from "@/lib/db";
import { decodeUpload } from "@/lib/chapters/decode";
import { NotFoundError, ValidationError } from "./errors";

export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Checks and decodes an upload; saves nothing when it is refused. */
export function decodeSource(bytes: Uint8Array, filename: string | null, maxBytes = MAX_SOURCE_BYTES): string {
  if (bytes.byteLength === 0) throw new ValidationError("The file is empty.", "file");
  if (bytes.byteLength > maxBytes) {
    throw new ValidationError(`The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB. Split the book into parts.`, "file");
  }
  const decoded = decodeUpload(bytes, filename ?? undefined);
  if (!decoded.ok) throw new ValidationError(decoded.error, "file");
  if (!decoded.text.trim()) throw new ValidationError("The file has no text.", "file");
  return decoded.text;
}

export async function createSource(userId: string, input: { title: string; author?: string | null; filename: string | null; text: string }) {
  return db().source.create({
    data: { ownerId: userId, title: input.title, author: input.author ?? null, filename: input.filename, rawText: input.text, status: "processing", progress: 0 },
    select: { id: true },
  });
}

export async function listSources(userId: string) {
  return db().source.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, author: true, filename: true, status: true, progress: true, error: true, createdAt: true, _count: { select: { chapters: true } } },
  });
}

export async function requireOwnedSource(userId: string, sourceId: string) {
  const source = await db().source.findFirst({
    where: { id: sourceId, ownerId: userId },
    select: { id: true, title: true, author: true, filename: true, status: true, progress: true, error: true, createdAt: true },
  });
  if (!source) throw new NotFoundError("That import");
  return source;
}

/** Sets (or, with null, clears) the book's author of one of the user's imports; another user's import is not found. */
export async function setSourceAuthor(userId: string, sourceId: string, author: string | null): Promise<void> {
  const { count } = await db().source.updateMany({ where: { id: sourceId, ownerId: userId }, data: { author } });
  if (!count) throw new NotFoundError("That import");
}

export async function listChapters(userId: string, sourceId: string) {
  await requireOwnedSource(userId, sourceId);
  const chapters = await db().chapter.findMany({
    where: { sourceId }, orderBy: { index: "asc" },
    select: { id: true, index: true, number: true, title: true, _count: { select: { candidates: true } } },
  });
  const counts = await db().cardCandidate.groupBy({ by: ["chapterId", "status"], where: { chapter: { sourceId } }, _count: true });
  return chapters.map((c) => ({
    ...c,
    byStatus: Object.fromEntries(counts.filter((x) => x.chapterId === c.id).map((x) => [x.status, x._count])) as Record<string, number>,
  }));
}

export async function requireOwnedChapter(userId: string, chapterId: string) {
  const chapter = await db().chapter.findFirst({ where: { id: chapterId, source: { ownerId: userId } } });
  if (!chapter) throw new NotFoundError("That chapter");
  return chapter;
}

export async function deleteSource(userId: string, sourceId: string) {
  await requireOwnedSource(userId, sourceId);
  await db().source.delete({ where: { id: sourceId } }); // published notes stay (their chapter link is cleared)
}
