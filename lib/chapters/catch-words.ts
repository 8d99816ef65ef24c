// Books printed before about 1800 set a catch-word at the foot of each page: the first word of the
// next page (or the half of a word the page break splits), at the right margin, on the line that
// also carries the page number ("        12              millions,"). OCR keeps that line as a
// block of its own; read as text it puts "12 millions," between the two halves of a sentence and
// the word twice. Such a line is the page's foot: its number is the page's number, and its word is
// dropped, but only when it is the first word of the next page (under that page's running head,
// when it has one). A line of a number and a word that does not repeat the next page's first word
// is something else (a table's row, a numbered entry) and stays.
//
// Later books (to about 1920) print the catch-word on a line of its own at the right of the page
// foot, under a blank line, with the page number in the running head of the next page; the
// binder's signature letter may share that line at the left ("E          social"). Read as text
// the word comes twice ("this cruel cruel form"), and a catch-word that ends a sentence
// ("persecution.") closes it a page early, so that the next page's repeat opens a new paragraph.
// Such a lone word is dropped, on the same evidence: the next page (after its head) opens with it.
import type { Block } from "./blocks";
import { NUMBER_LINE, PAGED_HEAD_LINE, SIGNATURE_MARK } from "./page-tops";
import { setInCapitals } from "./title-case";

// The page number, then at least three spaces, then one word at the right margin.
const FOOT = /^\s*(\d{1,4})\s{3,}(\S+)\s*$/;
// A running head over the next page's first line: a short line in capitals ("ON POPULATION.").
const HEAD = (line: string) => setInCapitals(line) && line.trim().length <= 80;
// A catch-word alone: one word set far in (at the right margin), perhaps with a signature at the
// left ("E", "C 2", "D*"). Twelve spaces at least: a paragraph's indent is never so deep, and a
// short last line of a paragraph starts at the margin.
const LONE = new RegExp(String.raw`^(?:\s*(${SIGNATURE_MARK})\s{8,}|\s{12,})(\S+)\s*$`, "u");
// The next page's top for a lone catch-word: a page number block, its page number alone on a line,
// or a running head with the page number at one end.
const PAGE_TOP = (next: Block) => next.kind === "pagenum" || PAGED_HEAD_LINE.test(next.lines[0]) || NUMBER_LINE.test(next.lines[0]);

const firstWord = (line: string | undefined) => line?.trim().split(/\s+/)[0] ?? "";
// "millions," against "millions,": the catch-word as printed; a stop the compositor left off is no difference.
const same = (a: string, b: string) => a === b || a.replace(/[.,;:!?]+$/, "") === b.replace(/[.,;:!?]+$/, "");

/**
 * The next page's opening (block i + 1): the first word of its first line, and, when that line is the
 * page's top (isTop), the first word under it. The head may be printed against the page's first
 * line (no blank line under it, one block of head and paragraph, however long), or stand alone.
 */
function nextPage(blocks: Block[], i: number, isTop: (next: Block) => boolean): { first: string; underTop: string } | null {
  const next = blocks[i + 1];
  if (!next?.lines.length) return null;
  return { first: firstWord(next.lines[0]), underTop: isTop(next) ? firstWord(next.lines[1] ?? blocks[i + 2]?.lines[0]) : "" };
}

/** Page-foot lines of a catch-word alone (with a signature, perhaps) over the next page's top: dropped. */
function dropLoneCatchWords(blocks: Block[]): { blocks: Block[]; count: number } {
  const keep = blocks.filter((b, i) => {
    if (b.kind !== "body" || b.lines.length !== 1) return true;
    const m = b.lines[0].match(LONE);
    if (!m || !/\p{L}/u.test(m[2]) || m[2].length < 2) return true;
    const opening = nextPage(blocks, i, PAGE_TOP)?.underTop;
    return !(opening && same(m[2], opening));
  });
  return { blocks: keep.length === blocks.length ? blocks : keep, count: blocks.length - keep.length };
}

/** Page-foot lines of a page number and a catch-word become page numbers, and a catch-word alone is dropped; returns how many of each. */
export function convertCatchWordFeet(input: Block[]): { blocks: Block[]; count: number; lone: number } {
  const loneWords = dropLoneCatchWords(input);
  const blocks = loneWords.blocks;
  let count = 0;
  const out = blocks.map((b, i): Block => {
    if (b.kind !== "body" || b.lines.length !== 1) return b;
    const m = b.lines[0].match(FOOT);
    const next = m && nextPage(blocks, i, (n) => HEAD(n.lines[0]));
    if (!m || !next || !/\p{L}/u.test(m[2]) || !(same(m[2], next.first) || (next.underTop && same(m[2], next.underTop)))) return b;
    count++;
    return { kind: "pagenum", lines: [m[1]], text: m[1], pageNumber: m[1] };
  });
  return { blocks: count ? out : blocks, count, lone: loneWords.count };
}
