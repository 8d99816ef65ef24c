// Media file names come from the package and end up as file names on disk and in URLs; anything
// that could leave the media folder or confuse a file system is neutralised (Anki forbids the same
// characters: rslib/src/media/files.rs `normalize_filename`).
const FORBIDDEN = /[\x00-\x1f\x7f/\\:*?"<>|]/g;

/** A name safe to store, or null when nothing usable is left. Unchanged for every name Anki writes. */
export function safeMediaName(name: string): string | null {
  const replaced = name.normalize("NFC").replace(FORBIDDEN, "_");
  // A leading underscore is Anki's convention for files templates use (`_font.ttf`, `_script.js`)
  // and must survive; only names that start like a hidden or parent-directory name are trimmed.
  const flat = (/^[.\s]/.test(replaced) ? replaced.replace(/^[.\s_]+/, "") : replaced).replace(/[.\s]+$/, "");
  if (!flat || flat === "." || flat === "..") return null;
  return flat.length > 120 ? flat.slice(0, 120) : flat;
}
