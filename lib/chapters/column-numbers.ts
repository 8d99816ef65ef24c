// Old folios of proceedings and dictionaries number their COLUMNS, not their pages: each column opens
// with its number alone on a line centred over it, and the column's text starts on the very next line
// with no blank line between ("101" / "Gentlemen,—The board…"; "102" / "the outer pier was…").
// Read as one block with the text under it, the number stays glued to the column's first words
// ("102 the outer pier"), and the sentence or word that ran over from the column before is cut there.
//
// Such a number is split off as the column's page number (the column is the unit a citation names)
// when the document shows the pattern as a whole: at least MIN_RUN such lines, counting up by one
// each, and most of them cutting a sentence or a word (the text above ends open, or the text under
// goes on in lower case). A section number over its section's first line stands only where a
// paragraph ends, and a numbered list's "3" is not centred alone over a line of text.
import type { Block } from "./blocks";

const MIN_RUN = 3;
const NUMBER_LINE = /^ {4,}(\d{1,4})\s*$/; // set in (centred), alone on its line
const OPEN_END = /[\p{L}\d,;-]\s*$/u; // a sentence or a hyphenated word going on

export function splitColumnNumbers(blocks: Block[]): { blocks: Block[]; count: number } {
  const at: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === "body" && b.lines.length >= 2 && NUMBER_LINE.test(b.lines[0]) && /\S/.test(b.lines[1])) at.push(i);
  }
  if (at.length < MIN_RUN) return { blocks, count: 0 };
  const numbers = at.map((i) => Number(blocks[i].lines[0].trim()));
  if (!numbers.every((n, k) => k === 0 || n === numbers[k - 1] + 1)) return { blocks, count: 0 };
  // Most of them cut a sentence: the text above ends open, or the text under starts in lower case.
  let cuts = 0;
  for (const i of at) {
    let j = i - 1;
    while (j >= 0 && blocks[j].kind !== "body") j--;
    const above = j >= 0 ? blocks[j].text.trimEnd() : "";
    if ((above && OPEN_END.test(above)) || /^\s*\p{Ll}/u.test(blocks[i].lines[1])) cuts++;
  }
  if (cuts * 2 < at.length) return { blocks, count: 0 };
  const set = new Set(at);
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    if (!set.has(i)) return out.push(b);
    const number = b.lines[0].trim();
    const rest = b.lines.slice(1);
    out.push({ kind: "pagenum", lines: [b.lines[0]], text: b.lines[0], pageNumber: number, synthetic: true });
    out.push({ ...b, kind: "body", lines: rest, text: rest.join("\n") });
  });
  return { blocks: out, count: at.length };
}
