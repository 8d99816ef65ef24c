// Years printed in the OUTER MARGIN, as annals and chronological histories print them: beside the
// line where a paragraph or an entry begins ("A.D. 732", "827", "768-814" wrapped under "A.D."). A
// layout-keeping reader (`pdftotext -layout`) gives the outer margin of an odd page as the tail of
// the line after a run of spaces, and that of an even page as the head of the line, the text column
// then standing right of it. Read as text, the year falls inside a sentence ("a memorable A.D. 732
// conflict") or into a word hyphenated at the line's end ("destru- 768-814 ction").
//
// A margin year is a year token (three or four digits, a span of two, an era "A.D."/"B.C." or both)
// alone at a line's head or tail after a gap of three or more spaces, whose column is OUTSIDE the
// page's text block: a tail starting right of where every other line of the page ends, a head
// standing left of where every other line of the page starts. Pages are taken one by one (form
// feeds), as the margin changes side from page to page; a page whose text block cannot be told
// (too few lines) is left alone. The year is blanked with spaces, so columns, lines and page breaks
// stay as they were (the printed page of every sentence is unchanged); on a page whose margin is at
// the left, the text column is then moved back to the left edge.
//
// In a chronological synopsis the year that opens an entry is moved into the margin and the entry
// itself is set flush ("Egbert, king of Wessex, …" beside "827"): an entry's first line beside a
// margin year, after a line that ends a sentence, opens a new paragraph, so it is given the
// paragraph indent the text's other paragraphs have, and a blank line above it.

const YEAR = String.raw`(?:(?:A\.\s?D\.|B\.\s?C\.)\s?)?\d{3,4}(?:[-–]\d{2,4})?\.?|A\.\s?D\.|B\.\s?C\.`;
const TAIL = new RegExp(String.raw`^(.*\S)( {3,})(${YEAR})\s*$`);
const HEAD = new RegExp(String.raw`^(\s*)(${YEAR})( {3,})(\S.*)$`);
const MIN_LINES = 4; // a page's text block is told from this many lines at least (its head, a line or two, a foot)
const INDENT = "   ";
const ENDS_SENTENCE = /[.!?:]["”’)\]]*$/;
const OPENS_SENTENCE = /^["“‘(]?\p{Lu}/u;

type Found = { line: number; side: "head" | "tail"; start: number; end: number };

/** The margin years of one page's lines (indices into `lines`). */
function pageYears(lines: string[]): Found[] {
  const nonEmpty = lines.filter((l) => l.trim()).length;
  if (nonEmpty < MIN_LINES) return [];
  const tails: Found[] = [];
  const heads: Found[] = [];
  // A page's first line is its running head, and a last line without lower case its foot: their page
  // numbers are furniture, not years ("…TOURS.   105").
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
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
    const edge = Math.max(0, ...lines.filter((l, i) => !tailed.has(i) && l.trim()).map((l) => l.trimEnd().length));
    const inMargin = tails.filter((t) => t.start > edge + 1);
    // Consistent over the page: every tail year stands in the margin, or none is taken.
    if (inMargin.length === tails.length) found.push(...inMargin);
  }
  if (heads.length) {
    // Left of where every other line of the page starts, the line's text starting at the block's edge.
    const headed = new Set(heads.map((h) => h.line));
    const indents = lines.filter((l, i) => !headed.has(i) && l.trim()).map((l) => l.length - l.trimStart().length);
    const edge = Math.min(...indents);
    const inMargin = heads.filter((h) => {
      const textAt = h.end + (lines[h.line].slice(h.end).length - lines[h.line].slice(h.end).trimStart().length);
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
  return Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
}

export type MarginYears = { text: string; years: string[]; entries: number; dated: number };

// An opening line: a paragraph's first line, indented from the page's edge by a paragraph's indent.
const MAX_INDENT = 6;
// Three paragraphs in a row, each opening beside a margin year, are a chronology's entries.
const MIN_RUN = 3;

type Opening = { page: number; line: number; year: string | null };

/**
 * The text with its outer-margin years blanked (and the synopsis entries they open set as
 * paragraphs). In a chronology (at least three paragraphs in a row each opening beside a margin
 * year, across pages) the year is the entry's own date, as the e-text of such a synopsis prints it
 * ("827. Egbert, king…"): there it is kept at the entry's head ("827 Egbert, king…"), without the
 * stop, so that the date stays in the entry's first sentence (and the entry stays as OCR of a
 * single-column page would read it).
 */
export function liftMarginYears(text: string): MarginYears {
  if (!/\d{3}/.test(text)) return { text, years: [], entries: 0, dated: 0 };
  const years: string[] = [];
  let entries = 0;
  const openings: Opening[] = [];
  const pages = text.split("\f").map((page, p) => {
    const lines = page.split("\n");
    const found = pageYears(lines);
    if (!found.length) return lines;
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
    const shift = found[0].side === "head" ? leftEdge(lines) : 0;
    if (shift > 0) for (let i = 0; i < lines.length; i++) lines[i] = lines[i].slice(Math.min(shift, lines[i].length - lines[i].trimStart().length));
    const edge = leftEdge(lines);
    for (const f of found) {
      const l = lines[f.line];
      const indent = l.length - l.trimStart().length;
      if (indent !== edge || !OPENS_SENTENCE.test(l.trim())) continue; // already indented: a paragraph's first line
      let j = f.line - 1;
      while (j >= 0 && !lines[j].trim()) j--;
      if (j < 0 || !ENDS_SENTENCE.test(lines[j].trim())) continue;
      // (A margin year's second line, "1399-1401" under "A.D.", is the same year's: no new entry.)
      if (eraAbove.has(f.line - 1)) continue;
      // (Set apart by a blank line too: an entry of one line after another is no verse line running on.)
      lines[f.line] = (j === f.line - 1 ? "\n" : "") + INDENT + l;
      entries++;
    }
    // The page's paragraph openings, with the year beside each (an era above it joined: "A.D. 768-814").
    lines.forEach((l, i) => {
      const indent = l.length - l.replace(/^\n/, "").trimStart().length - (l.startsWith("\n") ? 1 : 0);
      if (i === 0 || !l.trim() || indent <= edge || indent > edge + MAX_INDENT || !OPENS_SENTENCE.test(l.trim())) return;
      const year = yearAt.get(i);
      const joined = year && eraAbove.has(i) && yearAt.has(i + 1) ? `${year} ${yearAt.get(i + 1)}` : year && !eraAbove.has(i) ? year : null;
      openings.push({ page: p, line: i, year: joined?.replace(/\.$/, "") ?? null });
    });
    return lines;
  }) as (string | string[])[];
  // Pages without margin years were returned as they were; their openings break a chronology's run
  // only when the page has text of its own (a page's paragraphs with no year beside them).
  let dated = 0;
  for (let i = 0; i < openings.length; ) {
    let j = i;
    while (j < openings.length && openings[j].year) j++;
    if (j - i >= MIN_RUN) {
      for (let k = i; k < j; k++) {
        const o = openings[k];
        const lines = pages[o.page] as string[];
        // (A blank line above it too: a paragraph's first line opening on a figure is told by that alone.)
        lines[o.line] = lines[o.line].replace(/^\n?(\s*)/, `\n$1${o.year} `);
        dated++;
      }
    }
    i = j === i ? i + 1 : j;
  }
  return { text: pages.map((p) => (typeof p === "string" ? p : p.join("\n"))).join("\f"), years, entries, dated };
}
