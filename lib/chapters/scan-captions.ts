// An illustrated book's figure captions as a scan's text layer reads them: the picture gives no
// text, its caption is read where the figure stands on the page, as lines centred on the measure,
// often between two lines of one paragraph:
//     …the Royal Society offered a prize for the invention of a
//
//                           SPINNING FRAME.
//              (Smith, A History of Machines.)
//
//     machine that would spin several threads at the same time.
// A caption is a title set in capitals (one or two lines) and, under it, the picture's source in
// parentheses or its maker's credit ("Engraved by …", "Portrait by …"). Read as text it is glued into
// the sentence it cuts, and a year ending its title ("WEAVING IN 1835.") is taken for a page number.
// Such blocks are marked "caption": they leave the text and the paragraph they cut reads on.
// A centred title in capitals with no source line is taken as a caption only where the book sets its
// captions so (two with a source line at least) and it cuts a sentence or ends in a year: a centred
// section head stands between paragraphs and names no year of a picture.
import type { Block } from "./blocks";
import { YEAR_TOKEN } from "./year-token";

const MIN_INDENT = 5; // a centred line stands well in from the margin, further than a paragraph's indent
const MAX_LINES = 5;
const MAX_TITLE_WORDS = 14;
// A line set in capitals: no small letter, some capitals (figures, quotes and punctuation allowed).
const CAPITALS = /^(?!.*\p{Ll})(?=.*\p{Lu}{2})[\p{Lu}\d\s.,;:'’"“”&()\-—–!?]+$/u;
// The source of a picture under its caption: in parentheses, or a maker's credit. A date or a date
// range in parentheses is none: a section head's period ("THE AGE OF STEAM." over "(1800-1850.)").
const SOURCE = /^\(.*\)\.?$/s;
const DATE_ONLY = new RegExp(String.raw`^\((?:${YEAR_TOKEN})\.?\)\.?$`);
const CREDIT = /^(?:(?:engraved|drawn|painted|etched|photographed|reproduced|redrawn|adapted|copied)\s+(?:by|from|after)|(?:portrait|photograph|drawing|engraving|painting)\s+(?:by|from|after)|from\s+an?\s+(?:photograph|painting|drawing|engraving|print|old\s+print))\b/i;
const YEAR_END = /\b1\d{3}\.?["”’]?$/;
const TERMINAL = /[.!?:]["”’)]?$/;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

type Shape = { sourced: boolean; title: string };

/** A block shaped as a caption: centred, a capitals title and perhaps its source; or null. */
function captionShape(b: Block): Shape | null {
  if ((b.kind !== "body" && b.kind !== "heading") || b.lines.length > MAX_LINES) return null;
  if (b.lines.some((l) => l.trim() && indentOf(l) < MIN_INDENT)) return null;
  const lines = b.lines.map((l) => l.trim()).filter(Boolean);
  let k = 0;
  while (k < lines.length && CAPITALS.test(lines[k]) && !SOURCE.test(lines[k])) k++;
  if (k === 0 || k > 2) return null;
  const title = lines.slice(0, k).join(" ");
  if (title.split(/\s+/).length > MAX_TITLE_WORDS || !/[.\d"”’]$/.test(title)) return null;
  const rest = lines.slice(k).join(" ");
  if (!rest) return { sourced: false, title };
  if ((SOURCE.test(rest) && !DATE_ONLY.test(rest)) || CREDIT.test(rest)) return { sourced: true, title };
  return null;
}

const isText = (b: Block | undefined) => !!b && b.kind === "body";
const lastLine = (b: Block) => b.lines.filter((l) => l.trim()).at(-1)?.trim() ?? "";

/** Marks the figure captions of a scan "caption"; returns the blocks and how many. */
export function markScanCaptions(blocks: Block[]): { blocks: Block[]; count: number } {
  const shapes = blocks.map(captionShape);
  // Between two lines of one sentence: a paragraph before it that runs on, and text after it.
  const cuts = (i: number) => {
    const prev = blocks[i - 1], next = blocks[i + 1];
    return isText(prev) && isText(next) && !TERMINAL.test(lastLine(prev!)) && !shapes[i - 1];
  };
  const sourced = shapes.filter((s) => s?.sourced).length;
  // The book sets captions so when one sourced caption at least cuts a sentence: a section head
  // over a parenthesised line stands between paragraphs.
  if (!sourced || !shapes.some((s, i) => s?.sourced && cuts(i))) return { blocks, count: 0 };
  let count = 0;
  const out = blocks.map((b, i) => {
    const s = shapes[i];
    if (!s) return b;
    if (!s.sourced) {
      if (sourced < 2) return b;
      if (!cuts(i) && !YEAR_END.test(s.title)) return b;
    }
    count++;
    return { ...b, kind: "caption" as const };
  });
  return { blocks: out, count };
}
