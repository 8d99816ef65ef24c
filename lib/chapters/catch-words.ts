// Books printed before about 1800 set a catch-word at the foot of each page: the first word of the
// next page (or the half of a word the page break splits), at the right margin, on the line that
// also carries the page number ("        12              millions,"). OCR keeps that line as a
// block of its own; read as text it puts "12 millions," between the two halves of a sentence and
// the word twice. Such a line is the page's foot: its number is the page's number, and its word is
// dropped, but only when it is the first word of the next page (under that page's running head,
// when it has one). A line of a number and a word that does not repeat the next page's first word
// is something else (a table's row, a numbered entry) and stays.
import type { Block } from "./blocks";
import { setInCapitals } from "./title-case";

// The page number, then at least three spaces, then one word at the right margin.
const FOOT = /^\s*(\d{1,4})\s{3,}(\S+)\s*$/;
// A running head over the next page's first line: a short line in capitals ("ON POPULATION.").
const HEAD = (line: string) => setInCapitals(line) && line.trim().length <= 80;

const firstWord = (line: string | undefined) => line?.trim().split(/\s+/)[0] ?? "";
// "millions," against "millions,": the catch-word as printed; a stop the compositor left off is no difference.
const same = (a: string, b: string) => a === b || a.replace(/[.,;:!?]+$/, "") === b.replace(/[.,;:!?]+$/, "");

/** The next page's first words: its first line's, and the next line's when the first may be its running head. */
function nextPageOpenings(blocks: Block[], i: number): string[] {
  const next = blocks[i + 1];
  if (!next || !next.lines.length) return [];
  const out = [firstWord(next.lines[0])];
  if (HEAD(next.lines[0])) out.push(firstWord(next.lines[1] ?? blocks[i + 2]?.lines[0]));
  return out;
}

/** Page-foot lines of a page number and a catch-word become page numbers; returns how many. */
export function convertCatchWordFeet(blocks: Block[]): { blocks: Block[]; count: number } {
  let count = 0;
  const out = blocks.map((b, i): Block => {
    if (b.kind !== "body" || b.lines.length !== 1) return b;
    const m = b.lines[0].match(FOOT);
    if (!m || !/\p{L}/u.test(m[2]) || !nextPageOpenings(blocks, i).some((w) => same(m[2], w))) return b;
    count++;
    return { kind: "pagenum", lines: [m[1]], text: m[1], pageNumber: m[1] };
  });
  return { blocks: count ? out : blocks, count };
}
