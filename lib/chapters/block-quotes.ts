// A plain e-text sets its paragraphs flush left and a long quotation from another writer as a block
// with every line set in by the same few spaces ("  When any Man falls sick, they send…"). Read as
// body text, the quoted writer's words pass for the author's own. Such a block is kept as a
// quotation (kind "quote", as a Markdown "> " block is), so the generator can tell the author's voice
// from the voices he quotes.
//
// Only where the document's own paragraphs run flush left (most body blocks), so a scan whose every
// line is set in from a margin, or a text that indents every paragraph, is never read so. The block
// is prose: at least two lines, their mean length that of a line of prose, and no item of a numbered
// list, table row or verse (verse and tables were marked before this pass).
import type { Block } from "./blocks";
import { LIST_ITEM_LINE } from "./list-items";

const MIN_LINES = 2;
const MIN_LED_IN_LINES = 3; // a quotation in quotation marks after a colon, set apart from the sentence leading in
const MIN_MEAN_LINE = 45; // characters: a prose line of a quotation set in (verse and lists are shorter)
const MAX_INDENT = 8; // spaces: deeper is a centred title or a display
const FLUSH_SHARE = 0.5; // of the body blocks: the document's own paragraphs run flush (a book of long extracts may quote nearly as much)
const NOTE_SIGN = /^\s*(?:\[|\(?[*†‡§]{1,3}\)?\s|\(\d{1,3}\)\s)/; // a bracketed tag, or a note opened by its sign
// A finished sentence (its closing quote, italics or note reference after it: "…robe.” [12]", "…depend._"),
// or a colon leading in ("in these words:", "as follows:—"), or a comma and a dash, as older prose
// leads into a quotation ("the clerk sets out the other rules,—").
const CLOSED = /(?:[.!?:]["”’)\]_*]*(?:\s*\[\d{1,3}\])?|:\s*[—–-]+|,\s*(?:[—–]+|-{2,}))\s*$/;

export function markBlockQuotes(blocks: Block[]): { blocks: Block[]; count: number } {
  const body = blocks.filter((b) => b.kind === "body" && b.lines.length >= MIN_LINES);
  if (body.length < 4) return { blocks, count: 0 };
  const flush = body.filter((b) => b.lines.every((l) => !/^\s/.test(l))).length;
  if (flush < FLUSH_SHARE * body.length) return { blocks, count: 0 };
  let count = 0;
  const out = blocks.map((b, i) => {
    if (b.kind !== "body" || b.lines.length < MIN_LINES || LIST_ITEM_LINE.test(b.lines[0])) return b;
    // A quotation in quotation marks that a sentence before it leads into ("…from his own verses—" /
    // '  "Once they…"'): the sentence runs on into it, as the assembler reads it (assemble.ts).
    const before = blocks[i - 1];
    // (After a colon leading in, "…in these words:—", a quotation of a few lines of prose stands as a
    // block of its own; a line or two may be verse, or words the sentence quotes.)
    const ledIn = /:\s*(?:[—–]+|-{2,})?\s*$/.test(before?.text ?? "") && b.lines.length >= MIN_LED_IN_LINES;
    if (/^\s*["“‘]/.test(b.lines[0]) && before?.kind === "body" && !/[.!?]["”’)]?\s*$/.test(before.text) && !ledIn) return b;
    // A block set in that goes on with the sentence before it ("…in a passage often quoted, that" /
    // "  the healers of the villages were…"), or lines of verse after words that lead into them
    // ("…as quiet as some country" / "  Where never bell was rung…"): the sentence runs on into it
    // (assemble.ts joins body blocks only). A quotation stands after a finished sentence or a colon
    // (or after another block of the same quotation, set in too: "…or some such thing;" / "  There is…").
    if (/^\s*\p{Ll}/u.test(b.lines[0]) || (before?.kind === "body" && /^\S/.test(before.lines[0]) && !CLOSED.test(before.text))) return b;
    const indent = b.lines[0].match(/^ */)![0].length;
    if (indent < 2 || indent > MAX_INDENT || !b.lines.every((l) => l.match(/^ */)![0].length === indent)) return b;
    const mean = b.lines.reduce((n, l) => n + l.trim().length, 0) / b.lines.length;
    if (mean < MIN_MEAN_LINE || NOTE_SIGN.test(b.lines[0]) || / {3,}\S/.test(b.text.replace(/^ +/gm, ""))) return b; // a bracketed tag, or a table's columns
    count++;
    return { ...b, kind: "quote" as const };
  });
  return { blocks: count ? out : blocks, count };
}
