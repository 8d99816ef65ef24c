// An essay or a chapter of an e-text divides into numbered sections, each number on a line of its own
// ("2", "3", "4" between paragraphs). Read as page numbers, they put the chapter on pages it never had.
// Printed page numbers fall where the page ends, mostly inside a paragraph or a sentence; section
// numbers stand only between a finished paragraph and a new one. So the number lines of a text are
// section breaks when there are few of them (a chapter, not a book), they count up by one from 1 or 2,
// and every one of them stands between a paragraph ended with a full stop (or a quotation's close) and
// one that opens with a capital.
//
// Some books number their sections through the volume, not afresh in each chapter, and an e-text
// keeps the numbers in braces on lines of their own ("{40}", "{41}", "{43}"; one may be missing), as
// it also marks printed pages ("{12}"). Such numbers are sections when every one stands between
// paragraphs as above (the first may stand right under the chapter's heading lines, before its first
// paragraph), and they stand far apart: at least a long page's words between any two, and two long
// pages' on average. An e-text whose transcriber moved the page marks to the nearest paragraph break
// gives gaps of about one page each, however long its pages; sections of an essay run to several.
// Numbers in braces are judged by this rule only, even when they count from 1: "{1}", "{2}", "{3}"
// close together are an e-text's first pages.
import type { Block } from "./blocks";
import { shortTitleLine } from "./heading-lines";

const MIN_NUMBERS = 3;
const MAX_NUMBERS = 12;
const MAX_STEP = 2; // a section number the e-text left out
const MIN_WORDS_BETWEEN = 500; // more than a printed page holds: a long octavo page has about 450
const MIN_MEAN_WORDS_BETWEEN = 900; // two long pages on average
const MAX_HEADING_LINES = 4; // a book's title, a chapter's label, its title, a second line
const BRACED = /^\s*\{\d{1,4}\}\s*$/;

/** The number lines turned into section breaks when they are section numbers; returns how many. */
export function sectionNumberLines(blocks: Block[]): { blocks: Block[]; count: number } {
  const at = blocks.flatMap((b, i) => (b.kind === "pagenum" ? [i] : []));
  if (at.length < MIN_NUMBERS || at.length > MAX_NUMBERS) return { blocks, count: 0 };
  const numbers = at.map((i) => Number(blocks[i].pageNumber ?? NaN));
  const fromOne = (numbers[0] === 1 || numbers[0] === 2) && numbers.every((n, k) => k === 0 || n === numbers[k - 1] + 1);
  const allBraced = at.every((i) => BRACED.test(blocks[i].text));
  const braced = allBraced && numbers.every((n, k) => k === 0 || (n > numbers[k - 1] && n <= numbers[k - 1] + MAX_STEP)) && farApart(blocks, at);
  if (allBraced ? !braced : !fromOne) return { blocks, count: 0 };
  // Every one alone on its line, between a finished paragraph and a new one.
  const between = at.every((i, k) => {
    const b = blocks[i];
    if (braced && k === 0 && underHeadingLine(blocks, i)) return /^\s*["“‘]?\p{Lu}/u.test(blocks[i + 1]?.text ?? "");
    // (Past the notes filed at the paragraph's end: the paragraph is what the number follows.)
    let j = i - 1;
    while (j > 0 && blocks[j].kind === "footnote") j--;
    const before = blocks[j];
    const after = blocks[i + 1];
    return b.lines.length === 1 && (braced || /^\s*\d{1,2}\s*$/.test(b.text)) && before?.kind === "body" && after?.kind === "body" &&
      /[.!?]["”’']?$/.test(before.text.trimEnd()) && /^\s*["“‘]?\p{Lu}/u.test(after.text);
  });
  if (!between) return { blocks, count: 0 };
  const set = new Set(at);
  return { blocks: blocks.map((b, i) => (set.has(i) ? { kind: "separator", lines: b.lines, text: b.text } : b)), count: at.length };
}

/** At least MIN_WORDS_BETWEEN words of text between each number and the next, and MIN_MEAN_WORDS_BETWEEN on average. */
function farApart(blocks: Block[], at: number[]): boolean {
  const gaps = at.slice(1).map((i, k) => {
    let words = 0;
    for (let j = at[k] + 1; j < i; j++) if (blocks[j].kind === "body") words += blocks[j].text.trim().split(/\s+/).length;
    return words;
  });
  return gaps.every((w) => w >= MIN_WORDS_BETWEEN) && gaps.reduce((a, w) => a + w, 0) >= MIN_MEAN_WORDS_BETWEEN * gaps.length;
}

/**
 * The number stands under the text's heading lines: only headings or short lines without a closing
 * stop above it ("CHAPTER VII" / "THE MILL AND THE RIVER", or a book's title over "VII -- THE MILL").
 * This pass runs before the chapters are split, so whatever heads the file is above it.
 */
function underHeadingLine(blocks: Block[], i: number): boolean {
  const above = blocks.slice(0, i).filter((b) => b.kind !== "separator");
  return above.length >= 1 && above.length <= MAX_HEADING_LINES && above.every((b) => b.kind === "heading" || shortTitleLine(b, 2));
}
