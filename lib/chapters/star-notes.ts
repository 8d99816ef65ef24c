// Notes that an e-text sets as paragraphs of their own right after the paragraph citing them,
// opened by the sign that marks them ("* A maxim is the subjective principle…"), the marker a lone
// asterisk (or dagger) in that paragraph ("…and consequently the maxim * that I should follow…",
// "…appear first in the result. *"). Read as prose, the note is a paragraph of the text (a card made
// from "* A maxim is…") and the sign a word of the sentence. Both are needed: a paragraph opening
// with the sign, and the same sign standing alone after a word in the paragraph just above it. The
// note is rewritten as a footnote definition ("[^*]: …") and the sign as its marker ("[^*]"), so
// that the note is filed and linked to the sentence citing it, as the "*)" notes are (paren-star-notes.ts).
import type { Block } from "./blocks";
import { citeAbove } from "./star-markers";

// The sign, then a space and a sentence's start.
const NOTE = /^\s*(\*{1,3}|†|‡)\s+(?=["“‘(]?\p{Lu})/u;
// A lone sign after a word with a space before it, or glued to a stop after one ("result.*"), then a
// space, a stop or the line's end: an emphasis's closing "*" is glued to a letter, a list's opens a line.
const MARKER = /(?:(?<=[\p{L}\d.,;:!?)"”’]) |(?<=[.,;:!?)"”’]))(\*{1,3}|†|‡)(?=[\s.,;:]|$)/gmu;
const LOOK_BACK = 2; // the note follows its paragraph (a second note may stand between)

export function convertStarNotes(input: Block[]): { blocks: Block[]; count: number } {
  let blocks = input;
  let count = 0;
  for (let i = 1; i < input.length; i++) {
    const b = input[i];
    const sign = b.kind === "body" ? b.lines[0].match(NOTE)?.[1] : undefined;
    if (!sign) continue;
    const cited = citeAbove(blocks, i, sign, MARKER, LOOK_BACK);
    if (!cited) continue;
    if (blocks === input) blocks = [...input];
    const text = b.lines.map((l) => l.trim()).join(" ").replace(NOTE, "");
    blocks[cited[0]] = cited[1];
    blocks[i] = { kind: "footnote", lines: [`[^${sign}]: ${text}`], text: `[^${sign}]: ${text}`, synthetic: true };
    count++;
  }
  return { blocks, count };
}
