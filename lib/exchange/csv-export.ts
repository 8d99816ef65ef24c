// CSV export of a deck's notes (RFC 4180). Cells that a spreadsheet would run as a formula get a
// leading apostrophe; parseCardsCsv reads the file back (round trip tested).
import type { NoteKind } from "@/lib/notes/render";

const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function notesToCsv(notes: { kind: NoteKind; front: string; back: string; tags: string[] }[]): string {
  const lines = [["front", "back", "tags", "kind"].join(",")];
  for (const n of notes) lines.push([n.front, n.back, n.tags.join(" "), n.kind.toLowerCase()].map(cell).join(","));
  return lines.join("\r\n") + "\r\n";
}
