// Content-addressed media on disk: each file stored once under its SHA-256
// (<root>/ab/abcdef…). Imports stage files in <root>/tmp first and move them into place only after
// their database transaction commits, so a failed import leaves no file behind. Names never reach
// the file system: only hex digests do.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

export type Staged = { sha256: string; size: number; tempPath: string }; // tempPath: a file, or an object key (S3)

/** Where media bytes live: on disk (below) or in an S3-compatible bucket (./s3-store.ts). */
export interface MediaStore {
  /** Writes the bytes to a temporary area; nothing is visible until commit. */
  stage(data: Uint8Array, label: string): Promise<Staged>;
  /** Moves staged files into place (a file already stored is kept: same digest, same bytes). */
  commit(staged: readonly Staged[]): Promise<void>;
  discard(staged: readonly Staged[]): Promise<void>;
  read(sha256: string): Promise<Buffer | null>;
}

export class MediaTooLargeError extends Error {}

export function createMediaStore(root: string, maxFileBytes: number): MediaStore {
  const finalPath = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("not a SHA-256 digest");
    return path.join(root, sha256.slice(0, 2), sha256);
  };
  return {
    async stage(data: Uint8Array, label: string): Promise<Staged> {
      if (data.length > maxFileBytes) throw new MediaTooLargeError(`${label} is ${data.length} bytes, over the media limit of ${maxFileBytes}`);
      const sha256 = createHash("sha256").update(data).digest("hex");
      const tempPath = path.join(root, "tmp", `${randomUUID()}-${sha256}`);
      await mkdir(path.dirname(tempPath), { recursive: true });
      await writeFile(tempPath, data);
      return { sha256, size: data.length, tempPath };
    },
    async commit(staged: readonly Staged[]) {
      for (const s of staged) {
        const dest = finalPath(s.sha256);
        await mkdir(path.dirname(dest), { recursive: true });
        if (await exists(dest)) await rm(s.tempPath, { force: true });
        else await rename(s.tempPath, dest);
      }
    },
    async discard(staged: readonly Staged[]) {
      for (const s of staged) await rm(s.tempPath, { force: true });
    },
    async read(sha256: string): Promise<Buffer | null> {
      try {
        return await readFile(finalPath(sha256));
      } catch {
        return null;
      }
    },
  };
}

async function exists(p: string) {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
