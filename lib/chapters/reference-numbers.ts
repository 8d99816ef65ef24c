// The reference numbers of a classical text's standard edition, which translations print in the
// margin or in brackets inside the text so that a passage can be cited in any edition: Bekker's
// page, column and (sometimes) line for Aristotle ("[1096b]", "1097a"), Stephanus's page and section
// for Plato ("314a"). Read into the running text they stand inside sentences ("the households [314a]
// are partnerships") and garble the cards made from them. OCR misreads their digits as the
// letters they resemble ("I09ob" for "1090b").
//
// A number counts only as one of a run: three or more, set between words, each a page number of
// three or four digits with a column letter (a–e), and rising through the text as an edition's
// pages do. No single "12b" of a table or a "250c" of a price list makes such a run.
import type { Block } from "./blocks";

// Bracketed or bare, between spaces (or before a stop: "the inhabitants. [1278b] From…").
const NUMBER = String.raw`(\[?)([1-9Il][0-9Ilo]{2,3})([a-e])(\]?)(?=$|\s|[.,;:])`;
const REFERENCE = new RegExp(String.raw`(?<=^|\s)${NUMBER}`, "g");
// The same number with the space before it, which goes with it when it is removed.
const WITH_SPACE = new RegExp(String.raw`(\s?)${NUMBER}`, "g");
const MIN_RUN = 3;

const valueOf = (digits: string, column: string) => Number(digits.replace(/[Il]/g, "1").replace(/o/g, "0")) * 5 + column.charCodeAt(0) - 97;

/** The blocks without their reference numbers, and how many were removed. */
export function dropReferenceNumbers(blocks: Block[]): { blocks: Block[]; count: number } {
  const found: number[] = [];
  for (const b of blocks) {
    if (b.kind !== "body" && b.kind !== "quote" && b.kind !== "verse") continue;
    for (const m of b.text.matchAll(REFERENCE)) if (m[1].length === m[4].length) found.push(valueOf(m[2], m[3]));
  }
  if (found.length < MIN_RUN) return { blocks, count: 0 };
  // Rising through the text (each no lower than the one before), allowing one in five out of order (a misreading).
  let rising = 0;
  for (let i = 1; i < found.length; i++) if (found[i] >= found[i - 1]) rising++;
  if (rising * 5 < (found.length - 1) * 4) return { blocks, count: 0 };
  let count = 0;
  const out = blocks.map((b) => {
    if (b.kind !== "body" && b.kind !== "quote" && b.kind !== "verse") return b;
    const lines = b.lines.map((l) =>
      l.replace(WITH_SPACE, (m, before: string, open: string, _d: string, _c: string, close: string, at: number, line: string) => {
        // (The same tests as REFERENCE: standing alone, its brackets paired.)
        if (open.length !== close.length || (at + before.length > 0 && !/\s/.test(line[at + before.length - 1] ?? ""))) return m;
        count++;
        // One space beside it goes with it: "households [314a] are" -> "households are".
        return before && /^\s/.test(line.slice(at + m.length)) ? "" : before;
      }),
    );
    return lines.every((l, k) => l === b.lines[k]) ? b : { ...b, lines, text: lines.join("\n") };
  });
  return { blocks: out, count };
}
