// Section numbers printed in the OUTER MARGIN, as translations of classical texts and some treatises
// print their traditional sections: beside the line where the section begins. A layout-keeping reader
// (`pdftotext -layout`) gives the outer margin of a right-hand page as the tail of the line after a
// run of spaces ("…when the king            2"), and that of a left-hand page as the head of the line,
// the whole text column then standing a few columns in ("  3     That so it came…"). Read as text,
// the number falls inside a sentence ("the king 2 became") or between two ("…them. 3 That"), and the
// left-hand pages' indent hides every paragraph's first-line indent.
//
// A margin number is a bare figure of one to three digits at a line's head or tail after a gap of
// three or more spaces, standing OUTSIDE the page's text block (as margin-years.ts tells a margin
// year), and the numbers read so, page after page, must count upward in small steps: a text's
// sections run in order, where folios, table figures and stray digits do not. Fewer than three such
// numbers: no such layout, the text is left alone. The number is blanked with spaces, so no line and
// no page break moves (the printed page of every sentence is unchanged); a page whose text column
// stands in (its margin at the left) is moved back to the left edge, so a paragraph's indent reads
// there as on the other pages. One pass over the lines: linear.
//
// Session 19 (fixw2): a page where most text lines end in a number is a table of contents (its page
// numbers count up in small steps too) and is skipped; the sections are the longest upward run (as
// column-numbers.ts reads column numbers), so one stray early number no longer vetoes the rest; and
// only a page where a head-side number was kept is moved back (an indented verse page keeps its indent).

import { longestRisingRun } from "./rising-run";

const TAIL = /^(.*\S)( {3,})(\d{1,3})\s*$/;
const HEAD = /^(\s*)(\d{1,3})( {3,})(\S.*)$/;
const MIN_LINES = 4; // a page's text block is told from this many lines at least
const MIN_NUMBERS = 3; // a layout is read from three margin numbers at least
const MAX_STEP = 8; // sections counted in order: the next margin number is at most this much higher (12 until session 19: a contents page's steps)
const MAX_INDENT = 6; // a paragraph's first-line indent, past the text block's edge
const LOOKBACK = 8; // numbers looked back over for the run's previous member (keeps the pass linear)
const ENDS_IN_NUMBER = /\S\s*\d{1,4}\s*$/;

type Found = { line: number; side: "head" | "tail"; start: number; end: number; n: number };

const leadingOf = (l: string) => l.length - l.trimStart().length;

/** The page's filled lines without its running head (the first) and a foot without lower case. */
function textLines(lines: string[]): number[] {
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  if (filled.length < MIN_LINES) return [];
  let body = filled.slice(1);
  if (!/\p{Ll}/u.test(lines[filled[filled.length - 1]])) body = body.slice(0, -1);
  return body;
}

/** The margin numbers a page shows (by its geometry only; the count is checked over the document). */
function pageNumbers(lines: string[]): Found[] {
  const body = textLines(lines);
  // Most text lines ending in a number: a contents page (or a table), not a page of text.
  if (body.filter((i) => ENDS_IN_NUMBER.test(lines[i])).length * 2 > body.length) return [];
  const tails: Found[] = [];
  const heads: Found[] = [];
  for (const i of body) {
    const t = lines[i].match(TAIL);
    if (t) tails.push({ line: i, side: "tail", start: t[1].length + t[2].length, end: t[1].length + t[2].length + t[3].length, n: Number(t[3]) });
    const h = lines[i].match(HEAD);
    if (h) heads.push({ line: i, side: "head", start: h[1].length, end: h[1].length + h[2].length, n: Number(h[2]) });
  }
  const found: Found[] = [];
  if (tails.length) {
    // Right of where every other line of the page ends.
    const tailed = new Set(tails.map((t) => t.line));
    let edge = 0;
    for (const i of body) if (!tailed.has(i)) edge = Math.max(edge, lines[i].trimEnd().length);
    found.push(...tails.filter((t) => t.start > edge + 1));
  }
  if (heads.length) {
    // Left of where every other line of the page starts, its text at the block's edge or indented.
    const headed = new Set(heads.map((h) => h.line));
    let edge = Infinity;
    for (const i of body) if (!headed.has(i)) edge = Math.min(edge, leadingOf(lines[i]));
    found.push(...heads.filter((h) => {
      const textAt = h.end + leadingOf(lines[h.line].slice(h.end));
      return edge !== Infinity && edge > 0 && h.end < edge && textAt >= edge && textAt <= edge + MAX_INDENT;
    }));
  }
  return found.sort((a, b) => a.line - b.line);
}

export type MarginNumbers = { text: string; numbers: number[]; shifted: number };

/** The text with its outer-margin section numbers blanked and its set-in pages moved back to the edge. */
export function liftMarginNumbers(text: string): MarginNumbers {
  if (!text.includes("\f")) return { text, numbers: [], shifted: 0 };
  const pages = text.split("\f").map((page) => page.split("\n"));
  const perPage = pages.map(pageNumbers);
  // Only numbers counting upward in small steps, in reading order, are sections: the longest such run.
  const all = perPage.flatMap((found, p) => found.map((f) => ({ ...f, p })));
  const kept: Found[][] = pages.map(() => []);
  const numbers: number[] = [];
  for (const k of longestRisingRun(all.map((f) => f.n), MAX_STEP, LOOKBACK)) {
    kept[all[k].p].push(all[k]);
    numbers.push(all[k].n);
  }
  if (numbers.length < MIN_NUMBERS || kept.filter((k) => k.length).length < 2) return { text, numbers: [], shifted: 0 };
  let shifted = 0;
  pages.forEach((lines, p) => {
    const setIn = kept[p].some((f) => f.side === "head");
    for (const f of kept[p]) {
      const l = lines[f.line];
      lines[f.line] = (l.slice(0, f.start) + " ".repeat(f.end - f.start) + l.slice(f.end)).trimEnd();
    }
    // A text column standing in (below the running head, which keeps its place): moved back to the edge.
    const body = textLines(lines);
    let edge = Infinity;
    for (const i of body) edge = Math.min(edge, leadingOf(lines[i]));
    if (!setIn || edge === Infinity || edge === 0 || edge > MAX_INDENT) return;
    for (const i of body) lines[i] = lines[i].slice(edge);
    shifted++;
  });
  return { text: pages.map((p) => p.join("\n")).join("\f"), numbers, shifted };
}
