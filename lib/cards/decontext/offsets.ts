// Offsets between a repaired sentence and its source: what the repair inserted, and where a span of
// the repaired text came from (for the source highlight, which always shows the original words).
import type { Edit, Inserted, OpName } from "./types";

/**
 * Inserted words a span may hold: a completed first name inside a name the span covers
 * ("{{Orlen Vance}}"), the year given to a month the span covers ("{{April 1924}}").
 */
export const coverable = (i: Inserted, start: number, end: number) =>
  (i.op === "name" && start <= i.start && i.end < end) || (i.op === "date" && start < i.start && i.end <= end);

/**
 * Whether a span of the analysed sentence covers words one of `ops` wrote in (the author's name for a
 * first-person narrator, a biography's subject's name): never a blank — every card of the book would
 * have the same answer, and it is not the author's word there — so the span chooser passes over it to
 * the next best instead of offering a card the gates would drop.
 */
export function coversInserted(s: { context?: { inserted: { start: number; end: number; op: string }[] } }, span: { start: number; end: number }, ops: readonly OpName[]): boolean {
  return !!s.context?.inserted.some((i) => ops.includes(i.op as OpName) && span.start < i.end && i.start < span.end);
}

/** The ranges of the repaired text that `ops` wrote in. */
export function insertedBy(s: { context?: { inserted: { start: number; end: number; op: string }[] } }, ops: readonly string[]): { start: number; end: number; op: string }[] {
  return s.context?.inserted.filter((i) => ops.includes(i.op)) ?? [];
}

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

type Ranged = { start: number; end: number };

/**
 * Tokens and toolkit entities of a sentence after deletions only (markers, asides, "also"), shifted
 * instead of re-running the toolkit; null when an edit inserts words or cuts a token in two, or the
 * shifted tokens do not spell the repaired text (then the caller re-tokenises).
 */
export function shiftForDeletions<T extends Ranged & { text: string }, R extends Ranged>(tokens: T[], raw: R[], edits: Edit[], repaired: string): { tokens: T[]; raw: R[] } | null {
  if (!edits.length || edits.some((e) => e.text !== "")) return null;
  const shiftAt = (x: number) => edits.reduce((d, e) => d + (e.end <= x ? e.end - e.start : 0), 0);
  const move = <X extends Ranged>(xs: X[]): X[] | null => {
    const out: X[] = [];
    for (const x of xs) {
      if (edits.some((e) => e.start <= x.start && x.end <= e.end)) continue;
      if (edits.some((e) => x.start < e.end && e.start < x.end)) return null;
      const d = shiftAt(x.start);
      out.push({ ...x, start: x.start - d, end: x.end - d });
    }
    return out;
  };
  const ts = move(tokens), rs = move(raw);
  if (!ts || !rs) return null;
  if (ts[0] && edits.some((e) => e.start === 0)) ts[0] = { ...ts[0], text: ts[0].text.charAt(0).toUpperCase() + ts[0].text.slice(1) };
  return ts.every((t) => repaired.slice(t.start, t.end) === t.text) ? { tokens: ts, raw: rs } : null;
}
