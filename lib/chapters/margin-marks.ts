// Section marks in the LEFT margin. Some books number every paragraph (or section) in the margin
// beside its first line ("§ 7.", "¶ 12"). A layout-keeping PDF reader (`pdftotext -layout`) gives the
// mark at the head of that line, then a gap, then the line's text; on a page that carries a mark
// every line stands right by the width of the mark column:
//
//   § 7.       In such case, capital will be preferably employed on the old
//           land, and will equally create a rent; for rent is always the
//
// Read as text, the mark becomes words of the paragraph before ("…the use of it. § 7."), and the
// shifted page hides the paragraphs' indents, so that every paragraph of the page runs into one.
//
// The evidence is the page's geometry: a mark line is a section sign and a number at the margin, then
// a gap of two spaces or more; the page's text column is the indent most of its other lines share,
// and the mark stands wholly in the margin left of it, the mark line's text starting at or a little
// right of the column (a paragraph's indent). On such a page the marks are lifted and every line is
// moved left by the column's width, so the text starts at the margin and a paragraph's first line is
// indented again: the indent rules then read each marked line as a paragraph's start (one that
// stood flush with the column is given an indent: its mark says a paragraph starts there). The
// marks are a book's numbering, not its words. Linear: one pass to read the pages, one to move them.

import { leading } from "./lead-glosses"; // one definition of a line's indent

// "§ 7.", "§§ 12", "¶ 3.", "§ IV." at the margin (three spaces at most), then a gap before the text.
const MARK_LINE = /^( {0,3})(?:§{1,2}|¶) ?(?:\d{1,3}|[IVXLC]{1,7})\.?( {2,})(?=\S)/;
const MIN_MARKS = 3; // marks in the document: fewer may be a quotation's or a list's
const INDENT_SLACK = 8; // a paragraph's first line stands this far right of the text column at most
const PARAGRAPH_INDENT = 2; // given to a marked first line that stood flush with the column

export type LiftedMarks = { text: string; count: number };

export function liftMarginMarks(text: string): LiftedMarks {
  if (!text.includes("§") && !text.includes("¶")) return { text, count: 0 };
  const pages = text.split("\f");
  const marked = pages.map((page) => page.split("\n").filter((l) => MARK_LINE.test(l)).length);
  if (marked.reduce((a, b) => a + b, 0) < MIN_MARKS) return { text, count: 0 };
  let count = 0;
  const out = pages.map((page, p) => {
    if (!marked[p]) return page;
    const lines = page.split("\n");
    const column = textColumn(lines);
    if (column === null) return page;
    // Every mark must stand in the margin, its text at the column or indented a little from it.
    const marks = lines.map((l) => l.match(MARK_LINE));
    const fits = marks.every((m) => !m || (m[0].length - m[2].length < column && m[0].length >= column && m[0].length <= column + INDENT_SLACK));
    if (!fits) return page;
    count += marked[p];
    return lines
      .map((line, i) => {
        const m = marks[i];
        if (m) return " ".repeat(Math.max(m[0].length - column, PARAGRAPH_INDENT)) + line.slice(m[0].length);
        return leading(line) >= column ? line.slice(column) : line;
      })
      .join("\n");
  });
  return count ? { text: out.join("\f"), count } : { text, count: 0 };
}

/**
 * The indent shared by most of the page's lines that are neither blank nor marked (the text
 * column), when it is at least 4 (room for a mark) and held by half of them; null otherwise.
 */
function textColumn(lines: string[]): number | null {
  const counts = new Map<number, number>();
  let n = 0;
  for (const line of lines) {
    if (!line.trim() || MARK_LINE.test(line)) continue;
    n++;
    counts.set(leading(line), (counts.get(leading(line)) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [col, k] of counts) if (best === null || k > counts.get(best)!) best = col;
  return best !== null && best >= 4 && counts.get(best)! * 2 >= n ? best : null;
}
