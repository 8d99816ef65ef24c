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
// paragraphs as above (the first may stand right under the chapter's heading line, before its first
// paragraph), and they stand far apart: at least a long page's words between any two, where pages of
// one book would give some shorter gaps.
import type { Block } from "./blocks";

const MIN_NUMBERS = 3;
const MAX_NUMBERS = 12;
const MAX_STEP = 2; // a section number the e-text left out
const MIN_WORDS_BETWEEN = 500; // more than a printed page holds: a long octavo page has about 450

/** The number lines turned into section breaks when they are section numbers; returns how many. */
export function sectionNumberLines(blocks: Block[]): { blocks: Block[]; count: number } {
  const at = blocks.flatMap((b, i) => (b.kind === "pagenum" ? [i] : []));
  if (at.length < MIN_NUMBERS || at.length > MAX_NUMBERS) return { blocks, count: 0 };
  const numbers = at.map((i) => Number(blocks[i].pageNumber ?? NaN));
  const fromOne = (numbers[0] === 1 || numbers[0] === 2) && numbers.every((n, k) => k === 0 || n === numbers[k - 1] + 1);
  const braced = !fromOne && at.every((i) => /^\s*\{\d{1,4}\}\s*$/.test(blocks[i].text)) && numbers.every((n, k) => k === 0 || (n > numbers[k - 1] && n <= numbers[k - 1] + MAX_STEP)) && farApart(blocks, at);
  if (!fromOne && !braced) return { blocks, count: 0 };
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

/** At least MIN_WORDS_BETWEEN words of text between each number and the next. */
function farApart(blocks: Block[], at: number[]): boolean {
  return at.every((i, k) => {
    if (k === 0) return true;
    let words = 0;
    for (let j = at[k - 1] + 1; j < i; j++) if (blocks[j].kind === "body") words += blocks[j].text.split(/\s+/).length;
    return words >= MIN_WORDS_BETWEEN;
  });
}

/** The number stands under the text's heading line: only a short line without a closing stop (the chapter's heading) above it. */
function underHeadingLine(blocks: Block[], i: number): boolean {
  const above = blocks.slice(0, i).filter((b) => b.kind !== "separator");
  return above.length === 1 && (above[0].kind === "heading" || (above[0].lines.length <= 2 && above[0].text.trim().length < 80 && !/[.,;:!?]$/.test(above[0].text.trim())));
}
