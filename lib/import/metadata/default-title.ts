// The title an import gets when the user types none: the file's name without its extension, or
// for pasted text its first line. The import job replaces exactly this title with the one the
// file's metadata records, and never a title the user typed (unless they typed this same text).

export function defaultSourceTitle(filename: string | null, text = ""): string {
  if (filename) return filename.replace(/\.[^.]+$/, "") || "Untitled chapter";
  return text.trim().split("\n")[0].replace(/^#+\s*/, "").slice(0, 80) || "Untitled chapter";
}
