// Tables drawn in plain text: ruled with "+---+" and "|" columns, set with dotted leaders
// ("Saturn . . . . . 1,200"), or laid out in columns with runs of spaces (and braces gathering the
// rows of a schedule, "{ 10 }"). They are no prose: their blocks become "table" blocks, which the
// assembler skips, so that their cells make no sentences and their numbers ("8 }", "{ 12 }" on
// a line of their own, which a page-number pattern accepts) are never read as printed pages.
import type { Block } from "./blocks";

const RULE = /^\s*[+|][-=+|:\s]*[+|]\s*$/; // "+-----+-----+", "|=====|"
// A bare rule of hyphens or equals signs over or under a table's rows ("    --------"): a row only
// in a block with rows beside it (alone, a line of dashes is a section break).
const BARE_RULE = /^\s*(?:-{10,}|={10,})\s*$/;
const PIPES = /^\s*\|.*\|\s*$/;
// A dotted leader to a figure at the line's end: "Northgate . . . . 14", "Rent.. .. .. £40".
const LEADER = /\S\s*[.·…](?:\s?[.·…]){3,}\s*[-+±£$€]?\d[\d.,°%/\w ]{0,20}$/u;
const GAP = /\S {3,}\S/; // columns: a run of three spaces or more between two cells
const CELL_MAX = 40; // a column of a table is narrow; a line of text beside a side-note is not
const BRACE = /\{\s+\d{0,4}\s*\}|\{\s*\d{0,4}\s+\}|^\s*\d{1,4}\s+\}|(?:^\s*|\s{2,})\{\s+[\p{L}_*]/u; // "{ 10 }", "{    }", "  8 }", "The Kinds   { Goats" (a brace gathering the kinds of a class)
const NUMERIC_CELL = /^[-+±−]?[£$€]?\d[\d.,]*\s*[°%]?$/;

const MAX_ROW = 300; // a table row is a printed line: longer ones are paragraphs, and not worth a scan

/** Cells set apart by wide gaps, each narrow: "  10      4.2      -3.5", not a text line and its side-note. */
function inColumns(line: string): boolean {
  const t = line.trim();
  return GAP.test(t) && t.split(/\s{3,}/).every((cell) => cell.length <= CELL_MAX);
}

/**
 * A row of figures set two spaces apart (or one before a wider figure), as a table of many narrow columns sets them ("Tarn (W)  12
 * 40  7  118"): four figures at least, and most of the row's cells. A sentence never reads so.
 */
function numericRow(line: string): boolean {
  const t = line.trim();
  if (!/\S {2,}\S/.test(t)) return false;
  const tokens = t.split(/\s+/); // (a wide figure may close the gap to one space: "94 101")
  const numeric = tokens.filter((c) => NUMERIC_CELL.test(c)).length;
  return numeric >= 4 && numeric >= tokens.length * 0.6;
}

function isRow(line: string): boolean {
  return line.length <= MAX_ROW && (RULE.test(line) || PIPES.test(line) || LEADER.test(line) || BRACE.test(line) || inColumns(line) || numericRow(line));
}

// A table's caption over it ("TABLE IV.—Rainfall by months.", "Table 3. Yields"), and a note set
// under it, keyed by a star or opening "Note:" ("   *Note: The figures are in tons."): the table's.
// (The number closed by a stop, colon or dash, or ending the line: "Table 3 shows that …" is prose.)
const CAPTION = /^\s*(?:TABLE|Table)\s+(?:[IVXLC]{1,6}|\d{1,3})\s*(?:[.:]|—|--|$)/;
const TABLE_NOTE = /^\s*(?:[*†‡]\s*)?(?:Note|NOTE|N\.\s?B\.)\s*[.:—-]|^(?: {2,}|\t)[*†‡]\s*\p{L}/u;

function numericShare(lines: string[]): number {
  const cells = lines.flatMap((l) => l.trim().split(/\s{2,}/));
  return cells.filter((c) => NUMERIC_CELL.test(c)).length / Math.max(1, cells.length);
}

/** Strong evidence: a table on its own, whatever stands around it. */
function isTable(b: Block): boolean {
  if (b.kind !== "body") return false;
  const { lines } = b;
  if (lines.some((l) => l.length <= MAX_ROW && RULE.test(l) && /[-=]{3}/.test(l))) return true;
  if (lines.length === 1) return isRow(lines[0]) && LEADER.test(lines[0]);
  const rows = lines.filter((l) => isRow(l) || BARE_RULE.test(l));
  if (lines.some((l) => BARE_RULE.test(l)) && lines.filter((l) => !BARE_RULE.test(l) && isRow(l)).length >= 2 && rows.length === lines.length) return true;
  if (rows.length < lines.length * 0.6) return false;
  const indented = lines.filter((l) => /^(?: {2,}|\t)/.test(l)).length >= lines.length / 2;
  return indented || numericShare(rows) >= 0.5 || rows.some((l) => LEADER.test(l) || BRACE.test(l) || PIPES.test(l));
}

/** Weak evidence, taken only next to a table: a row on its own, a head over the columns, a stray "10 }". */
function continuesTable(b: Block): boolean {
  if (b.kind === "pagenum") return BRACE.test(b.text); // "{ 10 }" with its inner spaces, not a printed "{52}"
  if (b.kind !== "body" || b.lines.length > 3) return false;
  if (b.lines.length === 1 && isRow(b.lines[0])) return true;
  if (CAPTION.test(b.lines[0]) || TABLE_NOTE.test(b.lines[0])) return true;
  // The table's title set in over it, a word or three in capitals ("    LIVESTOCK.").
  if (b.lines.length === 1 && /^(?: {2,}|\t)\p{Lu}[\p{Lu}\s.,'’-]*$/u.test(b.lines[0]) && b.lines[0].trim().split(/\s+/).length <= 3) return true;
  // A column head: short lines set well in from the margin ("          Miles" / "     By the old road").
  return b.lines.every((l) => l.trim().length <= 80 && l.trim().split(/\s+/).length <= 12 && (/^(?: {8,}|\t)/.test(l) || (/^ {2,}/.test(l) && inColumns(l)))) &&
    !b.lines.every((l) => /[,;]\s*$/.test(l));
}

export function markTextTables(input: Block[]): { blocks: Block[]; count: number } {
  const table = input.map((b) => b.kind === "table" || isTable(b));
  if (!table.some(Boolean)) return { blocks: input, count: 0 };
  // Spread to the neighbours, forward then backward: each pass is linear.
  for (let i = 1; i < input.length; i++) if (!table[i] && table[i - 1] && continuesTable(input[i])) table[i] = true;
  for (let i = input.length - 2; i >= 0; i--) if (!table[i] && table[i + 1] && continuesTable(input[i])) table[i] = true;
  let count = 0; // text tables found: runs of blocks with at least one taken here
  let counted = false;
  const blocks = input.map((b, i) => {
    if (!table[i]) return (counted = false), b;
    if (b.kind === "table") return b;
    if (!counted) count++;
    counted = true;
    return { ...b, kind: "table" as const, pageNumber: undefined };
  });
  return { blocks, count };
}
