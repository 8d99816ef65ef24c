// Media file names come from the package and end up as file names on disk and in URLs; anything
// that could leave the media folder or confuse a file system is neutralised (Anki forbids the same
// characters: rslib/src/media/files.rs `normalize_filename`).
const FORBIDDEN = /[\x00-\x1f\x7f/\\:*?"<>|]/g;

/** A name safe to store, or null when nothing usable is left. Unchanged for every name Anki writes. */
export function safeMediaName(name: string): string | null {
  const flat = name.normalize("NFC").replace(FORBIDDEN, "_").replace(/^[.\s_]+/, "").replace(/[.\s]+$/, "");
  if (!flat || flat === "." || flat === "..") return null;
  return flat.length > 120 ? flat.slice(0, 120) : flat;
}
