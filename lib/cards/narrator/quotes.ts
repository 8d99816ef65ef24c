// Quotation marks in a paragraph: the stretches someone other than the narrator may be speaking in.
// Double quotes (straight or curly) and single curly or straight quotes that open at a word's start
// and close at a word's end; an apostrophe inside a word ("don't", "Orra's") is neither.
// A double quotation left open at the paragraph's end runs to it (dialogue that goes on in the next
// paragraph reopens there, as printers write it).
import { HAS_LETTER } from "@/lib/cards/letters";

const OPEN_BEFORE = /[\s([{—–-]/;

/** [start, end) ranges of `text` inside quotation marks (the marks included). */
/** `openAtStart`: the text begins inside a double quotation opened before it (a sentence within a quoted speech). */
export function quotedRanges(text: string, openAtStart = false): [number, number][] {
  const out: [number, number][] = [];
  let double: number | null = openAtStart ? 0 : null, single: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const before = i === 0 ? " " : text[i - 1], after = text[i + 1] ?? " ";
    if (ch === "“" || (ch === '"' && double === null)) {
      if (double === null) double = i;
    } else if (ch === "”" || ch === '"') {
      if (double !== null) { out.push([double, i + 1]); double = null; }
    } else if (ch === "‘" || ch === "'" || ch === "’") {
      const opens = OPEN_BEFORE.test(before) && HAS_LETTER.test(after);
      const closes = !/\s/.test(before) && !HAS_LETTER.test(after);
      if (single === null && opens && ch !== "’") single = i;
      else if (single !== null && closes) { out.push([single, i + 1]); single = null; }
    }
  }
  // A single mark never closed was an elision ("'tis", "'em"), not a quotation.
  if (double !== null) out.push([double, text.length]);
  return out.sort((x, y) => x[0] - y[0]);
}

/** Whether offset `at` lies inside one of the ranges. */
export const inside = (ranges: [number, number][], at: number) => ranges.some(([s, e]) => at >= s && at < e);
