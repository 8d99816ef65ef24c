// Years printed in the OUTER MARGIN, as annals and chronological histories print them: beside the
// line where a paragraph or an entry begins ("A.D. 1400", "1410", "1400-1410" wrapped under "A.D.").
// A layout-keeping reader (`pdftotext -layout`) gives the outer margin of an odd page as the tail of
// the line after a run of spaces, and that of an even page as the head of the line, the text column
// then standing right of it. Read as text, the year falls inside a sentence ("the salt A.D. 1400
// towns") or into a word hyphenated at the line's end ("sett- 1399-1401 lement").
//
// A margin year is a year token (year-token.ts, or an era "A.D."/"B.C." alone) at a line's head or
// tail after a gap of three or more spaces, whose column is OUTSIDE the page's text block: a tail
// starting right of where every other line of the page ends, a head standing left of where every
// other line of the page starts. Pages are taken one by one (form feeds: a text without them is no
// printed page and is left alone), as the margin changes side from page to page; a page whose text
// block cannot be told (too few lines) is left alone. The year is blanked with spaces, so no line
// and no page break moves (the printed page of every sentence is unchanged); on a page whose margin
// is at the left the text column is then moved back to the left edge, and an entry set apart (below)
// gains a line above it and an indent.
//
// In a chronological synopsis each entry opens beside its year, and the entries are short beside the
// text's paragraphs (see `liftMarginYears`). A synopsis may set its entries flush ("The bridge is
// raised." beside "1410", after "…first meets." beside "1409"): an entry's first line beside a margin
// year, after a line that ends a sentence, opens a new paragraph there, or where the line above is
// clearly short of the page's measure (a paragraph's last line). Elsewhere a year beside a flush line
// stands beside the middle of a paragraph, and the paragraph stays whole.
import { leading } from "./lead-glosses";
import { YEAR_TOKEN } from "./year-token";

const YEAR = String.raw`(?:${YEAR_TOKEN})\.?|A\.\s?D\.|B\.\s?C\.`;
const TAIL = new RegExp(String.raw`^(.*\S)( {3,})(${YEAR})\s*$`);
const HEAD = new RegExp(String.raw`^(\s*)(${YEAR})( {3,})(\S.*)$`);
const MIN_LINES = 4; // a page's text block is told from this many lines at least (its head, a line or two, a foot)
const INDENT = "   ";
const ENDS_SENTENCE = /[.!?:]["”’)\]]*$/;
const OPENS_SENTENCE = /^["“‘(]?\p{Lu}/u;

type Found = { line: number; side: "head" | "tail"; start: number; end: number };

/** The largest / smallest of some numbers, by a loop (a spread over a whole book's lines overflows the stack). */
function most(ns: Iterable<number>, pick: (a: number, b: number) => number, none: number): number {
  let out = none;
  let first = true;
  for (const n of ns) {
    out = first ? n : pick(out, n);
    first = false;
  }
  return out;
}

/** The margin years of one page's lines (indices into `lines`). */
function pageYears(lines: string[]): Found[] {
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  if (filled.length < MIN_LINES) return [];
  const tails: Found[] = [];
  const heads: Found[] = [];
  // A page's first line is its running head, and a last line without lower case its foot: their page
  // numbers are furniture, not years ("…THE SALT TOWNS.   105").
  const furniture = new Set([filled[0]]);
  if (!/\p{Ll}/u.test(lines[filled[filled.length - 1]])) furniture.add(filled[filled.length - 1]);
  lines.forEach((l, i) => {
    if (furniture.has(i)) return;
    const t = l.match(TAIL);
    if (t) tails.push({ line: i, side: "tail", start: t[1].length + t[2].length, end: t[1].length + t[2].length + t[3].length });
    const h = l.match(HEAD);
    if (h) heads.push({ line: i, side: "head", start: h[1].length, end: h[1].length + h[2].length });
  });
  const found: Found[] = [];
  if (tails.length) {
    // Right of where every other line of the page ends (and not reached by any of them).
    const tailed = new Set(tails.map((t) => t.line));
    const edge = most(filled.filter((i) => !tailed.has(i)).map((i) => lines[i].trimEnd().length), Math.max, 0);
    const inMargin = tails.filter((t) => t.start > edge + 1);
    // Consistent over the page: every tail year stands in the margin, or none is taken.
    if (inMargin.length === tails.length) found.push(...inMargin);
  }
  if (heads.length) {
    // Left of where every other line of the page starts, the line's text starting at the block's edge.
    const headed = new Set(heads.map((h) => h.line));
    const edge = most(filled.filter((i) => !headed.has(i)).map((i) => leading(lines[i])), Math.min, Infinity);
    const inMargin = heads.filter((h) => {
      const textAt = h.end + leading(lines[h.line].slice(h.end));
      return edge > 0 && h.end < edge && textAt >= edge && textAt <= edge + INDENT.length + 2;
    });
    if (inMargin.length === heads.length) found.push(...inMargin);
  }
  // Margin years stand on one side of a page: a page showing both is no such layout.
  if (found.some((f) => f.side === "head") && found.some((f) => f.side === "tail")) return [];
  return found;
}

/** The page's left edge (the smallest indent of its non-empty lines, margin years blanked). */
function leftEdge(lines: string[]): number {
  return most(lines.filter((l) => l.trim()).map(leading), Math.min, 0);
}

function median(ns: number[]): number {
  if (!ns.length) return 0;
  const s = [...ns].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export type MarginYears = { text: string; years: string[]; entries: number; dated: number };

// An opening line: a paragraph's first line, indented from the page's edge by a paragraph's indent.
const MAX_INDENT = 6;
// Three paragraphs in a row, each opening beside a margin year, may be a chronology's entries.
const MIN_RUN = 3;
// ...when they are short: no longer than half the text's other paragraphs (read on their pages), and
// at most this many lines where the text has no other paragraphs to measure them by.
const MAX_SHORT_ENTRY = 2;
// A line this much shorter than the page's measure ends a paragraph (a full line of ragged type
// falls short of it by a word at most).
const SHORT_LINE = 0.75;

/**
 * A paragraph's first line on a page: indented (`flush` false) or an entry set flush beside its year
 * (`flush` true: a paragraph only in a chronology, or after a line short of the measure). `lines`:
 * how many lines it runs to on its page.
 */
type Opening = { page: number; line: number; year: string | null; flush: boolean; shortAbove: boolean; lines: number };

/**
 * The text with its outer-margin years blanked (and the synopsis entries they open set as
 * paragraphs). In a chronology the year is the entry's own date, as the e-text of such a synopsis
 * prints it ("1410. The bridge is raised."): there it is kept at the entry's head ("1410 The bridge is
 * raised."), without the stop, so that the date stays in the entry's first sentence (and the entry
 * reads as OCR of a single-column page would read it). A chronology is a run of at least three
 * paragraphs in a row, across pages, each opening beside a margin year, the entries short beside the
 * text's other paragraphs; a paragraph without a year, on any page, ends the run.
 */
export function liftMarginYears(text: string): MarginYears {
  if (!text.includes("\f") || !/\d{3}/.test(text)) return { text, years: [], entries: 0, dated: 0 };
  const years: string[] = [];
  const openings: Opening[] = [];
  const pages = text.split("\f").map((page) => page.split("\n"));
  pages.forEach((lines, p) => {
    const found = pageYears(lines);
    const eraAbove = new Set<number>();
    const yearAt = new Map<number, string>();
    for (const f of found) {
      const l = lines[f.line];
      const year = l.slice(f.start, f.end);
      if (/^(?:A\.\s?D|B\.\s?C)\.$/.test(year)) eraAbove.add(f.line);
      years.push(year);
      yearAt.set(f.line, year);
      lines[f.line] = (l.slice(0, f.start) + " ".repeat(f.end - f.start) + l.slice(f.end)).trimEnd();
    }
    // With a left margin's years gone, the page's text column is moved back to the margin, as on the
    // pages without one: a paragraph's indent then reads as on every other page.
    const shift = found[0]?.side === "head" ? leftEdge(lines) : 0;
    if (shift > 0) for (let i = 0; i < lines.length; i++) lines[i] = lines[i].slice(Math.min(shift, leading(lines[i])));
    const edge = leftEdge(lines);
    const head = lines.findIndex((l) => l.trim()); // the running head (or a first page's heading)
    // The year beside a line (an era above it joined: "A.D. 1400-1410").
    const yearOf = (i: number): string | null => {
      const year = yearAt.get(i);
      const joined = year && eraAbove.has(i) && yearAt.has(i + 1) ? `${year} ${yearAt.get(i + 1)}` : year && !eraAbove.has(i) ? year : null;
      return joined?.replace(/\.$/, "") ?? null;
    };
    // The page's measure: the usual length of its lines (most are full ones).
    const measure = median(lines.flatMap((l, i) => (i > head && l.trim() ? [l.trimEnd().length - edge] : [])));
    const starts: Omit<Opening, "lines">[] = [];
    lines.forEach((l, i) => {
      if (i <= head || !l.trim() || !OPENS_SENTENCE.test(l.trim())) return;
      const indent = leading(l);
      if (indent > edge && indent <= edge + MAX_INDENT) return void starts.push({ page: p, line: i, year: yearOf(i), flush: false, shortAbove: false });
      // A flush line beside a year, after a line ending a sentence on this page (not the running head).
      if (indent !== edge || !yearAt.has(i) || eraAbove.has(i - 1)) return; // (a year's second line, "1400-1410" under "A.D.", is the same year's)
      let j = i - 1;
      while (j > head && !lines[j].trim()) j--;
      if (j <= head || !ENDS_SENTENCE.test(lines[j].trim())) return;
      starts.push({ page: p, line: i, year: yearOf(i), flush: true, shortAbove: lines[j].trimEnd().length - edge < SHORT_LINE * measure });
    });
    // Each opening runs to the next one, a blank line or the page's end.
    starts.forEach((s, k) => {
      let end = s.line + 1;
      const stop = starts[k + 1]?.line ?? lines.length;
      while (end < stop && lines[end].trim()) end++;
      openings.push({ ...s, lines: end - s.line });
    });
  });
  // The runs of dated openings that are a chronology's entries.
  const shortEntry = Math.max(MAX_SHORT_ENTRY, median(openings.filter((o) => !o.year && !o.flush).map((o) => o.lines)) / 2);
  const inChronology = new Set<Opening>();
  for (let i = 0; i < openings.length; ) {
    let j = i;
    while (j < openings.length && openings[j].year) j++;
    const run = openings.slice(i, j);
    if (run.length >= MIN_RUN && median(run.map((o) => o.lines)) <= shortEntry) for (const o of run) inChronology.add(o);
    i = j === i ? i + 1 : j;
  }
  let entries = 0;
  let dated = 0;
  for (const o of openings) {
    const lines = pages[o.page];
    const l = lines[o.line];
    const indent = o.flush ? INDENT + l : l;
    // (A blank line above it too: a paragraph's first line opening on a figure is told by that alone.)
    if (inChronology.has(o)) lines[o.line] = `\n${indent.replace(/^(\s*)/, `$1${o.year} `)}`;
    else if (o.flush && o.shortAbove) lines[o.line] = (lines[o.line - 1].trim() ? "\n" : "") + indent;
    else continue;
    if (o.flush) entries++;
    if (inChronology.has(o)) dated++;
  }
  return { text: pages.map((p) => p.join("\n")).join("\f"), years, entries, dated };
}
