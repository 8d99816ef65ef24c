// The parts of a figure that a transcription sets over several blocks:
// - an illustration note whose bracket spans a blank line ("[Illustration: Copyright by …" / blank /
//   "SUSAN B. ANTHONY]"; "[Illustration: A nerve thread (×400)." / blank / "  a central fiber." /
//   "  b covering of fat.]"): every block up to the one that closes the bracket is the figure's, not
//   a heading or a paragraph of the text;
// - a figure's key, the lettered or numbered legend lines set under its caption ("a nerve thread." /
//   "b connective tissue …", "(1) cortex", "A. Cerebrum"): labels in order from a (or 1), each with a
//   short phrase, right after the figure or its caption. Read as text it makes one paragraph of
//   fragments ("a central conducting fiber. b covering of fat.").
import type { Block } from "./blocks";

const OPENS_ILLUSTRATION = /^\s*\[Illustration\b/i;
// How far an open bracket may reach: a caption and a key, not a page of text. (A caption line
// "1920]" alone is read as a page number: its block is taken too.)
const MAX_BLOCKS = 4;
const MAX_LINES = 16;
// A key line: its label ("_a_", "(a)", "a.", "a,", "1.", "(1)"; italics marked "_a_" or "*a*"), then a phrase.
const KEY_LINE = /^\s*(?:[_*]([a-z]|\d{1,2})[_*]|\(([a-z]|\d{1,2})\)|([a-z]|\d{1,2})[.,:])\s+(\S.*)$/i;
const MAX_KEY_WORDS = 14;

/** Brackets a text opens less those it closes ("[a [b]" 1, "b]" -1). */
function depth(text: string): number {
  let d = 0;
  for (const ch of text) d += ch === "[" ? 1 : ch === "]" ? -1 : 0;
  return d;
}

/** The label of a key line as its place in the sequence (a → 0, b → 1, 1 → 0), or -1. */
function keyIndex(line: string): { index: number; words: number } | null {
  const m = line.match(KEY_LINE);
  if (!m) return null;
  const label = (m[1] ?? m[2] ?? m[3]).toLowerCase();
  const index = /\d/.test(label) ? Number(label) - 1 : label.charCodeAt(0) - 97;
  return { index, words: m[4].split(/\s+/).length };
}

/** A block of key lines: two or more, labelled a, b, c… (or 1, 2, 3…) in order, each a short phrase. */
export function isFigureKey(b: Block): boolean {
  if ((b.kind !== "body" && b.kind !== "list") || b.lines.length < 2) return false;
  return b.lines.every((line, i) => {
    const k = keyIndex(line);
    return !!k && k.index === i && k.words <= MAX_KEY_WORDS && !/[?!]\s*\]?\s*$/.test(line);
  });
}

/**
 * Joins an illustration note split by blank lines into one image block, and makes a figure key
 * after a figure or its caption part of it. Returns the blocks and how many figure parts were taken.
 */
export function joinFigureParts(blocks: Block[]): { blocks: Block[]; count: number } {
  const out: Block[] = [];
  let count = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === "image" && OPENS_ILLUSTRATION.test(b.lines[0]) && depth(b.text) > 0) {
      // Read on to the block that closes the bracket; if none does near by, the note is left as it was.
      let open = depth(b.text), lines = b.lines.length, j = i;
      while (open > 0 && j + 1 < blocks.length && j + 1 - i <= MAX_BLOCKS && lines + blocks[j + 1].lines.length <= MAX_LINES) {
        j++;
        open += depth(blocks[j].text);
        lines += blocks[j].lines.length;
      }
      if (open === 0 && j > i && blocks.slice(i + 1, j + 1).every((x) => x.kind === "body" || x.kind === "heading" || x.kind === "list" || x.kind === "pagenum")) {
        const all = blocks.slice(i, j + 1).flatMap((x) => x.lines);
        out.push({ ...b, lines: all, text: all.join("\n") });
        count += j - i;
        i = j;
        continue;
      }
    }
    const prev = out.at(-1);
    if ((prev?.kind === "image" || prev?.kind === "caption") && isFigureKey(b)) {
      out.push({ ...b, kind: "caption" });
      count++;
      continue;
    }
    out.push(b);
  }
  return { blocks: out, count };
}
