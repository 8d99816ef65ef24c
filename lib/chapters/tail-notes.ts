// Side-notes and margin numbers set in the RIGHT margin, as a layout-preserving PDF reader
// (`pdftotext -layout`) or a plain-text edition gives them: the note's words stand at the end of
// the body lines they are printed beside, after a gap ("...point of view     highway."), a long
// note running on over the following lines' tails and below the text as lines of their own; a
// section or line number stands there alone ("...better friends to himself than to    5").
// Read as text, the note's words fall into the middle of sentences and the numbers glue to them.
//
// The evidence is the page's geometry: the margin is a column to the right of the text block. A
// tail is the text after the last gap of two or more spaces on a line; it is a margin tail when
// tails start at the same column (within two characters) on several lines and no other line of
// the document reaches that column (the body ends before it), the lines they end are the text's
// full lines (not a table's first column), and they are a minority of the lines (not a text set
// in two columns). Running heads with a page number at the outer corner end at the body's edge,
// so their number is no tail. Linear: one pass to count columns, one to lift.

const MIN_TAILS = 3;
const COLUMN_SLACK = 2; // right-aligned numbers ("5", "10") and OCR's jitter move a tail's start
const MAX_TAIL_SHARE = 0.4; // of the non-empty lines: beyond that the page is set in two columns
const MAX_CROSSING_SHARE = 0.02; // lines running into the margin column (a wide title, a stray)
const MARGIN_NUMBER = /^\d{1,4}\.?$/;
const MAX_CANDIDATES = 6; // columns tried, commonest first

type Split = { body: string; tail: string; col: number };

/** The text before and after a line's last gap of two or more spaces, or null when it has none. */
function splitTail(line: string): Split | null {
  const trimmed = line.trimEnd();
  const gap = trimmed.lastIndexOf("  ");
  if (gap < 0) return null;
  const tail = trimmed.slice(gap + 2).trimStart();
  if (!tail) return null;
  const col = trimmed.length - tail.length;
  const body = trimmed.slice(0, gap).trimEnd();
  // A table's row has gaps inside its first part too; prose has at most a double space after a stop.
  if (/\S {3,}\S/.test(body)) return null;
  // A note's words or a margin number; "|" rules and "…" leaders are a table's.
  if (!/\p{L}/u.test(tail) && !MARGIN_NUMBER.test(tail)) return null;
  return { body, tail, col };
}

export type LiftedTails = { text: string; notes: string[]; numbers: number };

/** The text without its right-margin side-notes and margin numbers, with the notes lifted. */
export function liftTailNotes(text: string): LiftedTails {
  const lines = text.split("\n");
  const splits = lines.map(splitTail);
  const column = marginColumn(lines, splits);
  if (column === null) return { text, notes: [], numbers: 0 };
  const atColumn = (col: number) => Math.abs(col - column) <= COLUMN_SLACK;
  const out: string[] = [];
  const notes: string[] = [];
  let numbers = 0;
  let open: string[] | null = null; // the note being read, while its lines go on
  const close = () => {
    if (open) notes.push(open.join(" "));
    open = null;
  };
  lines.forEach((line, i) => {
    const s = splits[i];
    if (s && s.body.trim() && atColumn(s.col)) {
      out.push(s.body);
      if (MARGIN_NUMBER.test(s.tail)) {
        numbers++;
        return close();
      }
      // A tail goes on with the note above it unless that note has ended its sentence and this one begins in capitals.
      if (open && (!/[.!?]["”’)]*$/.test(open[open.length - 1]) || !/^\p{Lu}/u.test(s.tail))) open.push(s.tail);
      else {
        close();
        open = [s.tail];
      }
      return;
    }
    // A long note runs on below the text's last line beside it, on lines of its own at the column.
    const indent = line.length - line.trimStart().length;
    if (open && line.trim() && atColumn(indent) && !/\S {2,}\S/.test(line.trim())) {
      open.push(line.trim());
      return;
    }
    close();
    out.push(line);
  });
  close();
  return { text: out.join("\n"), notes, numbers };
}

/**
 * The column where the document's margin tails start, or null when it has none. The commonest
 * column is not always the margin's: a running head's folio or title after its gap makes a column
 * of its own on every page, inside the body's measure, so the next columns are tried in turn.
 */
function marginColumn(lines: string[], splits: (Split | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const s of splits) if (s && s.body.trim()) counts.set(s.col, (counts.get(s.col) ?? 0) + 1);
  const near = (col: number) => {
    let n = 0;
    for (let d = -COLUMN_SLACK; d <= COLUMN_SLACK; d++) n += counts.get(col + d) ?? 0;
    return n;
  };
  const candidates = [...counts.keys()].map((col) => ({ col, n: near(col) })).filter((c) => c.n >= MIN_TAILS);
  candidates.sort((a, b) => b.n - a.n || a.col - b.col);
  const tried = new Set<number>();
  for (const { col, n } of candidates) {
    if (tried.size >= MAX_CANDIDATES) break;
    if ([...tried].some((t) => Math.abs(t - col) <= COLUMN_SLACK)) continue;
    tried.add(col);
    if (isMarginColumn(lines, splits, col, n)) return col;
  }
  return null;
}

function isMarginColumn(lines: string[], splits: (Split | null)[], column: number, best: number): boolean {
  const lo = column - COLUMN_SLACK;
  const nonEmpty = lines.filter((l) => l.trim()).length;
  if (best > nonEmpty * MAX_TAIL_SHARE) return false;
  // The body ends before the margin: hardly any other line reaches the column.
  const tailed = (i: number) => { const s = splits[i]; return !!s && !!s.body.trim() && Math.abs(s.col - column) <= COLUMN_SLACK; };
  let crossing = 0;
  const bodies: number[] = [];
  const others: number[] = [];
  lines.forEach((l, i) => {
    if (tailed(i)) return void bodies.push(splits[i]!.body.length);
    const len = l.trimEnd().length;
    if (!len) return;
    others.push(len);
    // (A line that starts at the column is a note's run-on line, not the body reaching it.)
    if (len > lo && l.length - l.trimStart().length < lo) crossing++;
  });
  if (crossing > Math.max(1, nonEmpty * MAX_CROSSING_SHARE)) return false;
  // The tails end the text's full lines: the lines beside them are as long as most long lines.
  const full = percentile(others, 0.9);
  const longBodies = bodies.filter((n) => n >= full * 0.75).length;
  return longBodies * 2 >= bodies.length;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}
