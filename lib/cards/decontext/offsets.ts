// Offsets between a repaired sentence and its source: what the repair inserted, and where a span of
// the repaired text came from (for the source highlight, which always shows the original words).
import type { Edit, Inserted } from "./types";

/**
 * Inserted words a span may hold: a completed first name inside a name the span covers
 * ("{{Orlen Vance}}"), the year given to a month the span covers ("{{April 1924}}").
 */
export const coverable = (i: Inserted, start: number, end: number) =>
  (i.op === "name" && start <= i.start && i.end < end) || (i.op === "date" && start < i.start && i.end <= end);

/** Ranges of the repaired text that are new words (not deletions, not a change of case). */
export function insertedRanges(edits: Edit[]): Inserted[] {
  const out: Inserted[] = [];
  let shift = 0;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    const start = e.start + shift;
    if (e.text.length) out.push({ start, end: start + e.text.length, op: e.op });
    shift += e.text.length - (e.end - e.start);
  }
  return out;
}

/**
 * A span [start, end) of the repaired text mapped to the text before the edits; null when it
 * overlaps inserted words (other than a completed first name inside it).
 */
export function toSource(edits: Edit[], start: number, end: number): [number, number] | null {
  let shift = 0;
  let from: number | null = null;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    const at = e.start + shift, to = at + e.text.length;
    const covered = e.text.length > 0 && coverable({ start: at, end: to, op: e.op }, start, end);
    if (e.text.length && start < to && at < end && !covered) return null;
    // A span that opens on a completed first name starts, in the source, where the name was.
    if (from === null && (start < at || (covered && start === at))) from = start - shift;
    if (end <= at) return [from ?? start - shift, end - shift];
    shift += e.text.length - (e.end - e.start);
  }
  return [from ?? start - shift, end - shift];
}
