// Numbered clauses hung in the margin. Statutes, charters, constitutions and treaties set each clause
// (article, section) as a paragraph with a HANGING indent: its number stands alone in the left
// margin and every line of the clause, the first included, starts at one column right of it:
//
//   IV.     EVERY keeper of a toll-bridge shall post its charges where the
//           traveller may read them before he crosses; and he shall keep
//   V.      NO toll shall be taken twice on one day for one cart.
//
// Read as text, the number becomes the clause's first word ("IV. EVERY keeper…") and, with no
// first-line indent anywhere, every clause of a page runs into one paragraph.
//
// The evidence is the hang itself and the numbering: a mark line is a roman or arabic number with a
// full stop at the margin, a gap of two spaces or more, then text at a column of at least 4 that the
// clause's next line shares (a list's "1. Item" goes on at the margin instead); the document must have
// a few of them and their numbers must mostly run upward, as a book's numbering does. Then, from the
// first mark to the last (and the last clause's lines), the marks are lifted and the lines standing
// at that column move back to the margin, a mark line keeping a small indent: the indent rules read
// each clause as a paragraph of its own. After the hung run nothing moves (a verse or list set at the
// same column in a later chapter keeps its indent and numbers). Lines standing elsewhere (running
// heads, centred folios, a flush preamble or close) are left as they are. A number too wide for the
// margin pushes its text a space or so past the column; it is lifted too when its next line hangs at
// the column. A form feed (page break) at a line's head is set aside while the line is read and put
// back: a page is never lost, and a clause or mark at the top of a page is read as any other.
// The numbers are the statute's numbering, not its words. Linear: two passes over the lines.
import { parseNumber, romanValue } from "./roman";
import { leading } from "./lead-glosses"; // one definition of a line's indent

// "XII.", "12." at the margin (three spaces at most), then a gap of two spaces or more before the text.
// A roman number of any width, checked as a numeral (romanValue) once matched.
const MARK_LINE = /^( {0,3})((?:[IVXLCDM]+|\d{1,3})\.)( {2,})(?=\S)/;
// The same number filling the margin: "LXXXVIII. THE MILLER…", its text one space after it, at or past the column.
const WIDE_MARK = /^( {0,3})((?:[IVXLCDM]+|\d{1,3})\.)( +)(?=\S)/;
const MIN_MARKS = 3; // fewer may be a list's or a quotation's
const MIN_COLUMN = 4; // room for a number and its gap
const PARAGRAPH_INDENT = 2; // given to a mark line once its number is lifted

// A page break at a line's head, set aside while the line is read.
const pageBreak = (line: string) => /^\f*/.exec(line)![0];
// A mark whose number is a number: digits, or a roman numeral in standard form ("MIX." is a word).
function markOf(line: string, pattern: RegExp): RegExpMatchArray | null {
  const m = line.match(pattern);
  return m && (/^\d/.test(m[2]) || romanValue(m[2].slice(0, -1)) !== null) ? m : null;
}

export type HungNumbers = { text: string; count: number };

export function liftHangingNumbers(text: string): HungNumbers {
  const lines = text.split("\n");
  const body = (i: number) => (lines[i] === undefined ? undefined : lines[i].slice(pageBreak(lines[i]).length));
  // Pass 1: mark lines whose next line goes on at the mark's text column (the hang).
  const hung: { line: number; column: number; value: number | null }[] = [];
  lines.forEach((_, i) => {
    const m = markOf(body(i)!, MARK_LINE);
    if (!m || m[0].length < MIN_COLUMN) return;
    const next = body(i + 1);
    if (next !== undefined && next.trim() && leading(next) === m[0].length && !MARK_LINE.test(next)) hung.push({ line: i, column: m[0].length, value: parseNumber(m[2]) });
  });
  if (hung.length < MIN_MARKS) return { text, count: 0 };
  // One column for the document: the one most hangs share.
  const counts = new Map<number, number>();
  for (const h of hung) counts.set(h.column, (counts.get(h.column) ?? 0) + 1);
  const column = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const atColumn = hung.filter((h) => h.column === column);
  if (atColumn.length < MIN_MARKS) return { text, count: 0 };
  // The numbers run upward, as a numbering does (an OCR misreading or a skipped clause may break it).
  let rising = 0;
  for (let k = 1; k < atColumn.length; k++) if ((atColumn[k].value ?? 0) > (atColumn[k - 1].value ?? Infinity)) rising++;
  if (rising * 3 < (atColumn.length - 1) * 2) return { text, count: 0 };
  // Pass 2: over the hung run, lift every mark at the column and move the column's lines back.
  const last = atColumn[atColumn.length - 1].line;
  let count = 0;
  for (let i = atColumn[0].line; i < lines.length; i++) {
    const ff = pageBreak(lines[i]);
    const line = lines[i].slice(ff.length);
    const m = markOf(line, MARK_LINE);
    // A wide number with a two-space gap matches MARK_LINE too, past the column: try it as wide.
    const wide = m && m[0].length === column ? null : markOf(line, WIDE_MARK);
    const next = body(i + 1);
    const hangs = !!wide && wide[0].length >= column && next !== undefined && next.trim() !== "" && leading(next) === column;
    if ((m && m[0].length === column) || hangs) {
      const at = hangs ? wide![0].length : column;
      lines[i] = ff + " ".repeat(PARAGRAPH_INDENT) + line.slice(at);
      count++;
    } else if (line.trim() && leading(line) === column) lines[i] = ff + line.slice(column);
    else if (i > last) break; // the last clause has ended: the hung run is over
  }
  return { text: lines.join("\n"), count };
}
