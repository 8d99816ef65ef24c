// Old folios of proceedings and dictionaries number their COLUMNS, not their pages: each column opens
// with its number alone on a line centred over it, and the column's text starts on the very next line
// with no blank line between ("101" / "Gentlemen,—The board…"; "102" / "the outer pier was…").
// Read as one block with the text under it, the number stays glued to the column's first words
// ("102 the outer pier"), and the sentence or word that ran over from the column before is cut there.
//
// Such a number is split off as the column's page number (the column is the unit a citation names)
// when the document shows the pattern as a whole: a run of at least MIN_RUN such lines counting up,
// a column's worth of prose between each and the next, and most of them cutting a sentence or a
// word (the text above ends open, or the text under goes on in lower case). A section number over its section's first line stands only where a
// paragraph ends, and a numbered list's "3" is not centred alone over a line of text.
import type { Block } from "./blocks";
import { MAX_STEP } from "./page-sequence";
import { NUMBER_LINE } from "./page-tops";
import { longestRisingRun } from "./rising-run";

const MIN_RUN = 3;
// A column's worth of prose between one number and the next: a numbered stanza or a short numbered
// section ("    1" / "Let the long lines run," …) is no column.
const MIN_COLUMN_LINES = 15;
const MIN_COLUMN_WORDS = 250;
const LOOKBACK = 8; // candidate numbers looked back over for the one before in the run (a stray number or two between)
const OPEN_END = /[\p{L}\d,;-]\s*$/u; // a sentence or a hyphenated word going on

// Set in (centred) four spaces at least, alone on its line.
const centredNumber = (line: string) => NUMBER_LINE.test(line) && /^ {4,}\d/.test(line);

export function splitColumnNumbers(blocks: Block[]): { blocks: Block[]; count: number } {
  const cand: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== "body" || b.lines.length < 2 || !centredNumber(b.lines[0]) || !/\S/.test(b.lines[1])) continue;
    // Every line under the number opening with a capital: a numbered stanza of verse, not a column of prose.
    const rest = b.lines.slice(1).filter((l) => /\S/.test(l));
    if (rest.length >= 2 && rest.every((l) => /^\s*["“‘(]?\p{Lu}/u.test(l))) continue;
    cand.push(i);
  }
  if (cand.length < MIN_RUN) return { blocks, count: 0 };
  // Lines and words of body text before each block (prefix sums), for the prose between two numbers.
  const lines = [0], words = [0];
  blocks.forEach((b, i) => {
    const body = b.kind === "body";
    lines.push(lines[i] + (body ? b.lines.length : 0));
    words.push(words[i] + (body ? b.text.split(/\s+/).filter(Boolean).length : 0));
  });
  const numbers = cand.map((i) => Number(blocks[i].lines[0].trim()));
  // The longest run counting up (numbers lost or pages left out allowed, as page-sequence.ts allows
  // them) with a column's prose between each number and the next: one stray centred number is skipped.
  const at = longestRisingRun(numbers, MAX_STEP, LOOKBACK, (j, k) => {
    const [a, b] = [cand[j], cand[k]];
    return lines[b] - lines[a] - 1 >= MIN_COLUMN_LINES || words[b] - words[a] - 1 >= MIN_COLUMN_WORDS;
  }).map((k) => cand[k]);
  if (at.length < MIN_RUN) return { blocks, count: 0 };
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
