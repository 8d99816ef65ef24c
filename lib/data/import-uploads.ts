import "server-only";
// Uploads in the formats lib/import reads (PDF, EPUB, DOCX, web page, JPEG/PNG): checked from
// their bytes before anything is saved, then kept with their Source until the job has read them.
import { db } from "@/lib/db";
import { sniffFormat, type Format } from "@/lib/import/sniff";
import { DEFAULT_LIMITS, ImportError, megabytes, type ImportLimits } from "@/lib/import/errors";
import { precheck } from "@/lib/import/precheck";
import { ValidationError } from "./errors";

export const BINARY_FORMATS: Format[] = ["pdf", "epub", "docx", "html", "png", "jpeg"];

/** "text" for Markdown and plain text (the existing path), else the binary format to keep; refuses what no reader takes. */
export function classifyUpload(bytes: Uint8Array, maxBytes: number): Format {
  if (bytes.byteLength === 0) throw new ValidationError("The file is empty.", "file");
  if (bytes.byteLength > maxBytes) throw new ValidationError(`The file is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(maxBytes)}. Split the book into parts.`, "file");
  let format: Format;
  try {
    format = sniffFormat(bytes);
  } catch (err) {
    if (err instanceof ImportError) throw new ValidationError(err.message, "file");
    throw err;
  }
  if (format === "heic") throw new ValidationError("This is a HEIC photo (iPhone). Export or share it as JPEG and upload that.", "file");
  if (format === "other-image") throw new ValidationError("This image format (GIF, WebP or TIFF) is not supported. Save the page as JPEG or PNG.", "file");
  if (format === "zip") throw new ValidationError("This is a ZIP archive, but not an EPUB or a Word document. Extract the file you want and upload it.", "file");
  return format;
}

/** classifyUpload, then the format's quick checks (a locked or damaged PDF, the page limit, a zip bomb). */
export async function checkUpload(bytes: Uint8Array, limits: Pick<ImportLimits, "maxBytes" | "maxPages">): Promise<Format> {
  const format = classifyUpload(bytes, limits.maxBytes);
  try {
    await precheck(bytes, format, { maxPages: limits.maxPages, maxUnpackedBytes: DEFAULT_LIMITS.maxUnpackedBytes });
  } catch (err) {
    if (err instanceof ImportError) throw new ValidationError(err.message, "file");
    throw err;
  }
  return format;
}

/** The Source and its uploaded file, saved together. */
export async function createUploadSource(userId: string, input: { title: string; author?: string | null; filename: string; format: Format; bytes: Uint8Array }) {
  return db().source.create({
    data: {
      ownerId: userId, title: input.title, author: input.author ?? null, filename: input.filename, rawText: "", status: "processing", progress: 0,
      upload: { create: { format: input.format, bytes: Buffer.from(input.bytes) } },
    },
    select: { id: true },
  });
}

/** An import whose job stopped (server restart, crash): its kept upload has not been touched for this long. */
export const STALL_MS = 10 * 60 * 1000;

export async function isStalled(userId: string, sourceId: string, now: Date): Promise<boolean> {
  const upload = await db().sourceUpload.findFirst({ where: { sourceId, source: { ownerId: userId, status: "processing" } }, select: { updatedAt: true } });
  return !!upload && now.getTime() - upload.updatedAt.getTime() > STALL_MS;
}

/** Claims a stalled import for a new job (one claim wins when two arrive); the job resumes after the pages already read. */
export async function claimStalledImport(userId: string, sourceId: string, now: Date): Promise<void> {
  const claimed = await db().sourceUpload.updateMany({
    where: { sourceId, updatedAt: { lt: new Date(now.getTime() - STALL_MS) }, source: { ownerId: userId, status: "processing" } },
    data: { updatedAt: now },
  });
  if (!claimed.count) throw new ValidationError("This import is still running (or has finished): there is nothing to resume.");
}
