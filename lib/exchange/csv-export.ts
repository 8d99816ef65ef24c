// CSV export of a deck's notes (RFC 4180). Cells that a spreadsheet would run as a formula get a
// leading apostrophe; parseCardsCsv reads the file back (round trip tested).
import type { NoteKind } from "@/lib/notes/render";

const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A `context` column (the card's context line) is added only when some note has one, so other decks' files are as before. */
export function notesToCsv(notes: { kind: NoteKind; front: string; back: string; tags: string[]; context?: string | null }[]): string {
  const withContext = notes.some((n) => n.context);
  const lines = [["front", "back", "tags", "kind", ...(withContext ? ["context"] : [])].join(",")];
  for (const n of notes) lines.push([n.front, n.back, n.tags.join(" "), n.kind.toLowerCase(), ...(withContext ? [n.context ?? ""] : [])].map(cell).join(","));
  return lines.join("\r\n") + "\r\n";
}
