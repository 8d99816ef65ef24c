// Paragraph breaks the OCR lost (no blank line, no indent): in a hard-wrapped text a line that
// closes a sentence and stops short, where the next line's first word would have fitted after it,
// ends its paragraph; the line under it, opening with a capital, begins the next ("…cannot
// imagine." / "The best mode of…"). A wrapper or a compositor fills each line of a paragraph but its
// last. How much room a line has is read from the document itself: no line that leaves its sentence
// open ever stops short of the room its next word needed (the least such line and word, "overflow",
// is at least the measure, the length of a full line: a text that fills its lines). A closing line
// two characters or more under that overflow, with its next word, had room for the word.
// Only body blocks of prose (a full line among their lines), after the side-notes have gone.
import type { Block } from "./blocks";
import { lineMeasure } from "./side-notes";

const CLOSES = /[.!?]["”’)]*$/;
const OPENS = /^["“‘(]?\p{Lu}/u;
const MIN_OPEN_LINES = 100; // enough lines to know the room a line has

export function splitShortLineParagraphs(blocks: Block[]): { blocks: Block[]; count: number } {
  const measure = lineMeasure(blocks);
  if (measure === null) return { blocks, count: 0 };
  const full = (l: string) => l.trim().length >= measure * 0.85;
  const flush = (b: Block, i: number) => !/^\s/.test(b.lines[i]) && !/^\s/.test(b.lines[i + 1]);
  const withNext = (b: Block, i: number) => b.lines[i].trim().length + 1 + b.lines[i + 1].trim().split(/\s+/)[0].length;
  // The least room a line of an open sentence left unused, with the word that did not fit.
  let overflow = Infinity;
  let open = 0;
  for (const b of blocks) {
    if (b.kind !== "body") continue;
    for (let i = 0; i + 1 < b.lines.length; i++) {
      if (!flush(b, i) || CLOSES.test(b.lines[i].trim()) || /-$/.test(b.lines[i].trim())) continue;
      open++;
      overflow = Math.min(overflow, withNext(b, i));
    }
  }
  if (open < MIN_OPEN_LINES || overflow < measure) return { blocks, count: 0 };
  let count = 0;
  const out = blocks.flatMap((b) => {
    if (b.kind !== "body" || b.lines.length < 2 || !b.lines.some(full)) return [b];
    const cuts: number[] = [];
    for (let i = 0; i + 1 < b.lines.length; i++) {
      // (A line set in, or one after it, is verse, a list or a quotation's: left to their passes.)
      if (!flush(b, i)) continue;
      if (CLOSES.test(b.lines[i].trim()) && OPENS.test(b.lines[i + 1].trim()) && withNext(b, i) <= overflow - 2 && b.lines.slice(i + 1).some(full)) cuts.push(i + 1);
    }
    if (!cuts.length) return [b];
    count += cuts.length;
    return [0, ...cuts].map((from, k) => {
      const lines = b.lines.slice(from, cuts[k] ?? b.lines.length);
      return { ...b, lines, text: lines.join("\n") };
    });
  });
  return { blocks: out, count };
}
