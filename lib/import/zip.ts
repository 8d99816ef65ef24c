// ZIP containers (EPUB, DOCX) read defensively: the declared sizes of every entry are checked
// before anything is inflated, and each entry is inflated into a buffer of its declared size, so a
// zip bomb is refused up front and a lying header cannot make an entry grow.
import { unzipSync, type UnzipFileInfo } from "fflate";
import { ImportError, megabytes, type ImportLimits } from "./errors";

const MAX_ENTRIES = 20_000;

export function listZip(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (entries.push(f), false) });
  } catch {
    throw new ImportError("This file is a damaged ZIP container (EPUB or DOCX) and cannot be opened.");
  }
  return entries;
}

/** Inflates the entries `want` selects, after checking the whole archive against the limits. */
export function readZip(bytes: Uint8Array, limits: Pick<ImportLimits, "maxUnpackedBytes">, want: (name: string) => boolean, label: string): Map<string, Uint8Array> {
  const entries = listZip(bytes);
  if (entries.length > MAX_ENTRIES) throw new ImportError(`This ${label} holds ${entries.length} files; the limit is ${MAX_ENTRIES}. It is not a book we can open.`);
  const total = entries.reduce((s, e) => s + e.originalSize, 0);
  if (total > limits.maxUnpackedBytes) {
    throw new ImportError(`This ${label} would unpack to ${megabytes(total)} (the limit is ${megabytes(limits.maxUnpackedBytes)}): it looks like a "zip bomb", not a book. Nothing was unpacked.`);
  }
  const out = new Map<string, Uint8Array>();
  try {
    const files = unzipSync(bytes, { filter: (f) => want(f.name) });
    for (const [name, data] of Object.entries(files)) out.set(name, data);
  } catch {
    throw new ImportError(`This ${label} is damaged (an entry cannot be unpacked).`);
  }
  return out;
}
