// An essay or a chapter of an e-text divides into numbered sections, each number on a line of its own
// ("2", "3", "4" between paragraphs). Read as page numbers, they put the chapter on pages it never had.
// Printed page numbers fall where the page ends, mostly inside a paragraph or a sentence; section
// numbers stand only between a finished paragraph and a new one. So the number lines of a text are
// section breaks when there are few of them (a chapter, not a book), they count up by one from 1 or 2,
// and every one of them stands between a paragraph ended with a full stop (or a quotation's close) and
// one that opens with a capital.
import type { Block } from "./blocks";

const MIN_NUMBERS = 3;
const MAX_NUMBERS = 12;

/** The number lines turned into section breaks when they are section numbers; returns how many. */
export function sectionNumberLines(blocks: Block[]): { blocks: Block[]; count: number } {
  const at = blocks.flatMap((b, i) => (b.kind === "pagenum" ? [i] : []));
  if (at.length < MIN_NUMBERS || at.length > MAX_NUMBERS) return { blocks, count: 0 };
  const numbers = at.map((i) => Number(blocks[i].pageNumber ?? NaN));
  if (!(numbers[0] === 1 || numbers[0] === 2) || numbers.some((n, k) => k > 0 && n !== numbers[k - 1] + 1)) return { blocks, count: 0 };
  // Every one alone on its line, between a finished paragraph and a new one.
  const between = at.every((i) => {
    const b = blocks[i];
    // (Past the notes filed at the paragraph's end: the paragraph is what the number follows.)
    let j = i - 1;
    while (j > 0 && blocks[j].kind === "footnote") j--;
    const before = blocks[j];
    const after = blocks[i + 1];
    return b.lines.length === 1 && /^\s*\d{1,2}\s*$/.test(b.text) && before?.kind === "body" && after?.kind === "body" &&
      /[.!?]["”’']?$/.test(before.text.trimEnd()) && /^\s*["“‘]?\p{Lu}/u.test(after.text);
  });
  if (!between) return { blocks, count: 0 };
  const set = new Set(at);
  return { blocks: blocks.map((b, i) => (set.has(i) ? { kind: "separator", lines: b.lines, text: b.text } : b)), count: at.length };
}
