// A line or two quoted under the sentence that leads into them with a colon ("…a rhyme the carters
// still sang:" / "   Ill luck shall come with the grey ships."), set in, too few to be
// kept out as verse (verse.ts), and closed by a stop: the quoted words end the sentence the colon
// opened. Left a paragraph of their own, they are a sentence cut off from what introduces them.
// (After other lead-ins, a comma or a dash, quoted lines already run on: assemble.ts quotedLines.)
import type { Block } from "./blocks";
import { LIST_ITEM_LINE } from "./list-items";

const SET_IN_CAPITAL = /^(?: {2,}|\t)["“‘(_]*\p{Lu}/u;
const MAX_LINE = 70; // a line of verse or a saying, not a set-in paragraph of prose
const MAX_LINES = 3;
const CLOSED = /[.!?]["”’')\]_]*\s*$/;
const LEADS_IN = /:\s*(?:[—–]|-{1,3})?\s*$/;

/** Whether block `b` (its lines set in, each opening with a capital) is quoted after `before`'s closing colon. */
export function quotedAfterColon(b: Block, before: string): boolean {
  return b.kind === "body" && b.lines.length <= MAX_LINES && !LIST_ITEM_LINE.test(b.lines[0]) && LEADS_IN.test(before) &&
    b.lines.every((l) => SET_IN_CAPITAL.test(l) && l.trim().length <= MAX_LINE) && CLOSED.test(b.text);
}
