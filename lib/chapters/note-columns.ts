// Footnotes set in TWO COLUMNS at a page's foot, as a book with a narrow note face sets them: a
// layout-keeping reader (`pdftotext -layout`) reads them ACROSS, so each line of the notes block is
// a line of the left column, a run of spaces, and the line of the right column beside it. Read so,
// the notes interleave ("* Philosophy of History, p.      in Germany, vol. i. p. 5."): a long note
// is cut into alternate halves and a note starting in the right column ("‡ History of…") is glued
// to the left column's line.
//
// The evidence is the block's geometry: the page's last block opens on a note's mark, and at least
// two of its lines have a second column starting at one column, after a gap of three spaces or
// more, no line of the block running across that column. Such a block is rewritten column by
// column: the left column's lines, then the right's. Lines stay on their page.

const NOTE_MARK = /^\s*(?:[*†‡§¶]|\d{1,3}\s+\S)/;
const MIN_SPLIT_LINES = 2;
const MIN_GAP = 3;

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
  if (best < MIN_SPLIT_LINES) return null;
  // No line runs across the column: every line reaching it has a gap just before it.
  for (const l of block) {
    if (l.length <= column) continue;
    if (!/\S/.test(l[column]) || l.slice(column - MIN_GAP, column).trim()) return null;
  }
  return column;
}

/**
 * A column's line that is only a number ("785.") ends the citation on the line above it ("…p." /
 * "785."): alone on a line it would read as a section number.
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
    if (column === null) return page;
    const left = joinBareNumbers(block.map((l) => l.slice(0, column).trimEnd()).filter((l) => l.trim()));
    const indent = " ".repeat(Math.min(...left.map((l) => l.length - l.trimStart().length)));
    const right = joinBareNumbers(block.map((l) => l.slice(column).trim()).filter(Boolean)).map((l) => indent + l);
    blocks++;
    return [...lines.slice(0, start), ...left, ...right, ...lines.slice(end)].join("\n");
  });
  return { text: pages.join("\f"), blocks };
}
