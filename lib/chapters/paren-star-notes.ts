// Notes that some e-texts set under a "Notes" label at the end of a section, each opened by an
// asterisk and a bracket ("*) The gate is of oak."), their marker a lone asterisk between the
// words of the section ("the lower gate * when the level falls"). Read as prose, the note becomes a
// paragraph of the text and the asterisk a word. The note is rewritten as a Markdown footnote
// definition ("[^*]: …") and the nearest lone asterisk above it as its marker ("[^*]"), so that
// the note is filed and linked to the sentence citing it; the "Notes" label goes with it.
import type { Block } from "./blocks";
import { citeAbove } from "./star-markers";

const NOTE = /^\s*(\*{1,3}|†|‡)\)\s+(?=\S)/;
const LABEL = /^\s*(?:notes?|footnotes?)\s*:?\s*$/i;
// A lone asterisk (or dagger) with a space before it and a space, a stop or the line's end after it.
const MARKER = /(?<=\S) (\*{1,3}|†|‡)(?=[\s.,;:]|$)/gm;
const LOOK_BACK = 30; // blocks above a note that may hold its marker (the note closes its section)

const isLabel = (b: Block | undefined) => !!b && (b.kind === "heading" || (b.kind === "body" && b.lines.length === 1)) && LABEL.test(b.heading ?? b.text);

export function convertParenStarNotes(input: Block[]): { blocks: Block[]; count: number; linked: number } {
  const notes = input.flatMap((b, i) => (b.kind === "body" && NOTE.test(b.lines[0]) ? [i] : []));
  if (!notes.length) return { blocks: input, count: 0, linked: 0 };
  const blocks = [...input];
  const drop = new Set<number>();
  let linked = 0;
  for (const i of notes) {
    const b = blocks[i];
    const sign = b.lines[0].match(NOTE)![1];
    const text = b.lines.map((l) => l.trim()).join(" ").replace(NOTE, "");
    blocks[i] = { kind: "footnote", lines: [`[^${sign}]: ${text}`], text: `[^${sign}]: ${text}`, synthetic: true };
    if (isLabel(blocks[i - 1])) drop.add(i - 1);
    // The nearest block above that holds a lone sign: its last one is the marker.
    const cited = citeAbove(blocks, i, sign, MARKER, LOOK_BACK);
    if (cited) {
      blocks[cited[0]] = cited[1];
      linked++;
    }
  }
  return { blocks: blocks.filter((_, i) => !drop.has(i)), count: notes.length, linked };
}

// Session 21 (clean21): e-texts that set a note in parentheses right under its paragraph, opened by
// the sign that cues it ("… the old mill.*" / "(* Built in the last century.)"), often with no blank
// line between, so the note reads as the paragraph's last sentence and the sign as a word's tail.
// The note may run over several lines (a quotation in verse); it ends where its bracket closes, and
// each "(sign" line opens a note of its own; lines after it are the text's again (fixclean21). A
// "(*)" cue ("destroyed.(*)") is another layout (bracketed-sign-notes.ts).
// Session 23: the sign may be followed by the word "Footnote" or "Note" ("(*Footnote.  A man gives…"),
// which goes with the brackets; and a note of two paragraphs runs on over the blank line between
// them to the block where its bracket closes (at most MAX_NOTE_BLOCKS blocks), read as one note.
const PAREN_NOTE = /^\s*\((\*{1,3}|†|‡)(?:\s*(?:Foot-?note|Note)\b[.:]?)?\s+(?=[^\s)])/i;
// The sign glued to the word or stop it follows ("mill.*", "family*"), before a space, a stop or the
// end; not the asterisk that closes an emphasis ("was *never* opened").
const GLUED_SIGN = /(?<=[\p{L}\d.,;:!?"”’')])(?<!(?:^|[\s(])\*[^\s*][^*\n]*)(\*{1,3}|†|‡)(?=[\s.,;:)"”’]|$)/gmu;
const PAREN_LOOK_BACK = 3; // the note stands under its paragraph
const MAX_NOTE_BLOCKS = 3;

/**
 * Where the bracket opened at the start of `lines[k]` of `blocks[i]` closes, at a line's end: the
 * block and line; null if it closes mid-line, not at all, or only past MAX_NOTE_BLOCKS blocks. Later
 * blocks are read only when the bracket is still open at the end of the one before.
 */
function noteEnd(blocks: readonly Block[], i: number, k: number): { block: number; line: number } | null {
  let depth = 0;
  for (let j = i; j < Math.min(blocks.length, i + MAX_NOTE_BLOCKS); j++) {
    const b = blocks[j];
    if (j > i && (b.kind !== "body" && b.kind !== "quote")) return null;
    for (let e = j === i ? k : 0; e < b.lines.length; e++) {
      const line = b.lines[e];
      for (let c = 0; c < line.length; c++) {
        if (line[c] === "(") depth++;
        else if (line[c] === ")" && --depth === 0) return /^\s*$/.test(line.slice(c + 1)) ? { block: j, line: e } : null;
      }
    }
  }
  return null;
}

/** Splits "(* …)" notes off their blocks as footnotes and links each to its sign above. One pass. */
export function convertParenStarLines(input: Block[]): { blocks: Block[]; count: number; linked: number } {
  const out: Block[] = [];
  let count = 0;
  let linked = 0;
  for (let i = 0; i < input.length; i++) {
    const b = input[i];
    if (b.kind !== "body" || !b.lines.some((l) => PAREN_NOTE.test(l))) {
      out.push(b);
      continue;
    }
    let current = b; // the block whose lines are being given out (a note may end inside a later one)
    let from = 0; // its first line not yet given out
    const flush = (to: number) => {
      if (to <= from) return;
      const lines = current.lines.slice(from, to);
      out.push(from === 0 && to === current.lines.length ? current : { ...current, lines, text: lines.join("\n") });
    };
    for (let k = 0; k < current.lines.length; k++) {
      const open = current.lines[k].match(PAREN_NOTE);
      if (!open) continue;
      const end = noteEnd(input, i, k);
      if (!end) continue;
      flush(k);
      const sign = open[1];
      const lines = input.slice(i, end.block + 1).flatMap((x, j) => (j === 0 ? x.lines.slice(k) : x.lines).slice(0, i + j === end.block ? end.line + 1 - (j === 0 ? k : 0) : undefined));
      const text = lines.map((l) => l.trim()).join(" ").replace(PAREN_NOTE, "").replace(/\)\s*$/, "").trim();
      out.push({ kind: "footnote", lines: [`[^${sign}]: ${text}`], text: `[^${sign}]: ${text}`, synthetic: true });
      count++;
      const cited = citeAbove(out, out.length - 1, sign, GLUED_SIGN, PAREN_LOOK_BACK);
      if (cited) {
        out[cited[0]] = cited[1];
        linked++;
      }
      if (end.block > i) {
        i = end.block;
        current = input[i];
      }
      from = end.line + 1;
      k = end.line;
    }
    flush(current.lines.length);
  }
  return count ? { blocks: out, count, linked } : { blocks: input, count, linked };
}
