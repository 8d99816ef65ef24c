// Printer's signatures: the letter (and number) a 19th-century book prints at the foot of the
// first pages of each gathering ("C", "C 2", "D3"), under the text, for the binder. OCR keeps it
// as a line of its own, which would stand as a paragraph and cut the sentence running on to the
// next page. It is dropped when it is a lone capital, set in from the margin (or after the volume's
// number), and the next page
// begins right after it (its page number or running head), or nothing follows it (the last page).
import type { Block } from "./blocks";
import { PAGED_HEAD_LINE, SIGNATURE_MARK } from "./page-tops";

// A multi-volume work prints the volume at the left of the same line: "VOL. II.            K".
const SIGNATURE = new RegExp(String.raw`^(?:\s{4,}|\s*(?:VOL|Vol)\.?\s*[IVXLC\d]{1,5}\.?\s{2,})${SIGNATURE_MARK}\s*$`, "u");

// A direction line: the book's short title in capitals and the signature ("SHORT TITL.        K"),
// the binder's guide at the foot of a gathering's first page.
const DIRECTION = new RegExp(String.raw`^\s*\p{Lu}{1,12}\.?(?:[ \t]\p{Lu}{1,12}\.?){0,3}[ \t]{4,}${SIGNATURE_MARK}[ \t]*$`, "u");

/** A block of the direction line over the next page's running head and folio: the head kept, the direction line dropped. */
function withoutDirection(b: Block): Block | null {
  if (b.kind !== "body" || b.lines.length < 2 || !DIRECTION.test(b.lines[0]) || !PAGED_HEAD_LINE.test(b.lines[1])) return null;
  const lines = b.lines.slice(1);
  return { ...b, lines, text: lines.join("\n") };
}

export function dropSignatures(blocks: Block[]): { blocks: Block[]; count: number } {
  let directions = 0;
  blocks = blocks.map((b) => {
    const rest = withoutDirection(b);
    if (rest) directions++;
    return rest ?? b;
  });
  const keep = blocks.filter((b, i) => {
    // (A "D" or an "M" alone reads as a roman page number too; the next page's arabic number tells them apart.)
    if ((b.kind !== "body" && b.kind !== "pagenum") || b.lines.length !== 1 || !(SIGNATURE.test(b.lines[0]) || DIRECTION.test(b.lines[0]))) return true;
    const next = blocks[i + 1];
    // (The next page's top: a page number block, or a running head with its page number at one end.)
    return !(!next || next.kind === "pagenum" || PAGED_HEAD_LINE.test(next.lines[0] ?? ""));
  });
  return { blocks: keep.length === blocks.length ? blocks : keep, count: blocks.length - keep.length + directions };
}
