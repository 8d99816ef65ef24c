// Whether a document marks its paragraphs by indenting their first lines, as print does (and a
// layout-keeping OCR or text export keeps): then a block that opens flush left after a blank line
// is no new paragraph but the one before it going on past a page or column break, even when the
// break fell at the end of a sentence ("…gave way to a younger." / [page 25] / "Nevertheless the keepers…").

import type { Block } from "./blocks";

const INDENT = /^(?: {2,}|\t)\S/;
const OPENS_SENTENCE = /^\s*["“‘(]?\p{Lu}/u;

/**
 * Most blocks that open a sentence do so on an indented first line over flush-left lines (five at
 * least, and three in four such blocks): the document indents its paragraphs.
 */
export function indentsParagraphs(blocks: Block[]): boolean {
  let indented = 0;
  let flush = 0;
  for (const b of blocks) {
    if (b.kind !== "body" || b.lines.length < 3 || !OPENS_SENTENCE.test(b.lines[0])) continue;
    if (INDENT.test(b.lines[0]) && !INDENT.test(b.lines[1]) && !INDENT.test(b.lines[2])) indented++;
    else if (!INDENT.test(b.lines[0])) flush++;
  }
  return indented >= 5 && indented >= 3 * flush;
}

/** A block of text that opens flush left in a document that indents its paragraphs: a paragraph going on. */
export function opensFlush(b: Block): boolean {
  return b.kind === "body" && b.lines.length >= 2 && !INDENT.test(b.lines[0]) && !INDENT.test(b.lines[1]);
}
