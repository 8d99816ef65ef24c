// Footnotes set in TWO COLUMNS at a page's foot, as a book with a narrow note face sets them: a
// layout-keeping reader (`pdftotext -layout`) reads them ACROSS, so each line of the notes block is
// a line of the left column, a run of spaces, and the line of the right column beside it. Read so,
// the notes interleave ("* Annals of the Salt Towns,      of the North, vol. ii. p. 7."): a long
// note is cut into alternate halves and a note starting in the right column ("‡ The ferry tolls…")
// is glued to the left column's line.
//
// The evidence is the block's geometry: the page's last block opens on a note's mark, and at least
// two of its lines have a second column starting at one column (MIN_COLUMN or more from the margin),
// after a gap of three spaces or more, no line of the block running across that column; and the
// right column holds notes (one opens there on its mark, or its lines are a note's words). Such a
// block is rewritten column by column: the left column's lines, then the right's. Lines stay on their
// page.

const NOTE_MARK = /^\s*(?:[*†‡§¶]|\d{1,3}\s+\S)/;
// A note opening in the right column: a mark, or a note's number before a capital (a table's
// figures stand before small letters or more figures: "12 bushels", "3  450").
const RIGHT_NOTE_MARK = /^(?:[*†‡§¶]|\d{1,3}\.?\s+\p{Lu})/u;
const MIN_SPLIT_LINES = 2;
const MIN_GAP = 3;
// A column of notes holds a citation's words: narrower than this, the "left column" is a list's
// numbers or a table's first column.
const MIN_COLUMN = 20;

/** The column where the block's right column starts, or null when the block is not set in two columns. */
function secondColumn(block: string[]): number | null {
  const counts = new Map<number, number>();
  for (const l of block) {
    for (const m of l.matchAll(/\S( {3,})(?=\S)/g)) {
      const col = m.index + 1 + m[1].length;
      counts.set(col, (counts.get(col) ?? 0) + 1);
    }
  }
  let column = -1, best = 0;
  for (const [col, n] of counts) if (n > best || (n === best && col < column)) [column, best] = [col, n];
  if (best < MIN_SPLIT_LINES || column < MIN_COLUMN) return null;
  // No line runs across the column: every line reaching it has a gap just before it.
  for (const l of block) {
    if (l.length <= column) continue;
    if (!/\S/.test(l[column]) || l.slice(column - MIN_GAP, column).trim()) return null;
  }
  return column;
}

// A line of a note's words: a citation or a sentence, words of letters (a table's column holds figures
// and a word or two).
const MIN_NOTE_WORDS = 3;

/**
 * The right column is notes: one opens there on its mark, or its lines are a note's running words (a
 * long note carried over from the left column). A numbered table or list read across is neither.
 */
function notesOnRight(right: string[]): boolean {
  if (right.some((l) => RIGHT_NOTE_MARK.test(l))) return true;
  const words = right.reduce((n, l) => n + (l.match(/\p{L}{2,}/gu)?.length ?? 0), 0);
  return words >= MIN_NOTE_WORDS * right.length;
}

/**
 * A column's line that is only a number ("214.") ends the citation on the line above it ("…p." /
 * "214."): alone on a line it would read as a section number.
 */
function joinBareNumbers(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (out.length && /^\s*\d{1,4}\.?\s*$/.test(l)) out[out.length - 1] = `${out[out.length - 1]} ${l.trim()}`;
    else out.push(l);
  }
  return out;
}

export type NoteColumns = { text: string; blocks: number };

/** The text with every two-column footnote block at a page's foot read column by column. */
export function readNoteColumns(text: string): NoteColumns {
  if (!text.includes("\f")) return { text, blocks: 0 };
  let blocks = 0;
  const pages = text.split("\f").map((page) => {
    const lines = page.split("\n");
    let end = lines.length;
    while (end > 0 && !lines[end - 1].trim()) end--;
    let start = end;
    while (start > 0 && lines[start - 1].trim()) start--;
    // (Not the page's only block: a page of text alone is no foot.)
    if (start === 0 || end - start < MIN_SPLIT_LINES || !NOTE_MARK.test(lines[start])) return page;
    const block = lines.slice(start, end);
    const column = secondColumn(block);
    if (column === null || !notesOnRight(block.map((l) => l.slice(column).trim()).filter(Boolean))) return page;
    const left = joinBareNumbers(block.map((l) => l.slice(0, column).trimEnd()).filter((l) => l.trim()));
    const indent = " ".repeat(Math.min(...left.map((l) => l.length - l.trimStart().length)));
    const right = joinBareNumbers(block.map((l) => l.slice(column).trim()).filter(Boolean)).map((l) => indent + l);
    blocks++;
    return [...lines.slice(0, start), ...left, ...right, ...lines.slice(end)].join("\n");
  });
  return { text: pages.join("\f"), blocks };
}
