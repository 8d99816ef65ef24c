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
