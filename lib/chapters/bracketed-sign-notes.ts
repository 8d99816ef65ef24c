// Notes that an e-text marks with a sign in brackets, "(*)" (or "(†)"), glued to the word or stop
// that cites them ("…permitted the town to be destroyed.(*) Therefore…", "CHAPTER IX(*) -- OF…"),
// the note itself an indented paragraph opened by the same sign, set after the paragraph citing it
// (a paragraph or two may stand between). Read as prose, the note is a paragraph of the text and the
// sign a word of the sentence. The note is rewritten as a footnote definition ("[^*]: …") and the
// nearest sign above it as its marker ("[^*]"), as the "*)" and "* " notes are (paren-star-notes.ts,
// star-notes.ts); a sign glued to a chapter's heading is taken off (a note on a title cites no
// sentence). A note that quotes verse is often closed by the verse's source on a line of its own
// ("John Smith.", "Old Proverb."): indented blocks after the note up to such a line are the note's.
import type { Block } from "./blocks";
import { titleLike } from "./summary";

const NOTE = /^(\s*)\((\*{1,3}|†|‡)\)\s+(?=\S)/u;
// The sign glued to a letter, a figure, a stop or a closing quote: a note's mark, not an aside.
const MARKER = /(?<=[\p{L}\d.,;:!?)"”’\]])\((\*{1,3}|†|‡)\)/gu;
// A heading's label and its numeral ("CHAPTER IX(*)"): "Part of the army…" opens a sentence.
const HEADING = /^\s*(?:chapter|book|part|section|canto|letter)\s+(?:[IVXLC]+|\d+)\b/i;
const LOOK_BACK = 3; // the note follows the paragraph citing it, at most two others between
const MAX_TAIL = 3; // indented blocks of quoted verse and its source after the note
// The source of a quotation on a line of its own: a name or a title of a few words closed by a stop.
const isSource = (b: Block) => b.lines.length === 1 && /\.$/.test(b.text.trim()) && b.text.trim().split(/\s+/).length <= 5 && titleLike(b.text.trim().slice(0, -1));
const indented = (b: Block, by: number) => b.lines.every((l) => !l.trim() || l.length - l.trimStart().length >= Math.max(2, by));

export function convertBracketedSignNotes(input: Block[]): { blocks: Block[]; count: number; linked: number } {
  if (!input.some((b) => b.kind !== "footnote" && NOTE.test(b.lines[0] ?? ""))) return { blocks: input, count: 0, linked: 0 };
  const blocks = [...input];
  let count = 0;
  let linked = 0;
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i];
    const m = b.kind === "footnote" ? null : NOTE.exec(b.lines[0] ?? "");
    if (!m) continue;
    const sign = m[2];
    const cite = citing(blocks, i, sign);
    if (cite === null) continue;
    // Indented blocks after the note, closed by a line naming a source: the note's quoted verse.
    let end = i;
    for (let k = i + 1; k <= Math.min(blocks.length - 1, i + MAX_TAIL); k++) {
      if (blocks[k].kind === "footnote" || !indented(blocks[k], m[1].length) || NOTE.test(blocks[k].lines[0] ?? "")) break;
      if (isSource(blocks[k])) { end = k; break; }
    }
    const text = blocks.slice(i, end + 1).flatMap((x) => x.lines).map((l) => l.trim()).filter(Boolean).join(" ").replace(NOTE, "");
    const [j, at] = cite;
    const c = blocks[j];
    const onHead = HEADING.test(c.lines[0] ?? "") || c.kind === "heading";
    const rewritten = `${c.text.slice(0, at.index).trimEnd()}${onHead ? "" : `[^${sign}]`}${c.text.slice(at.index + at.length)}`;
    blocks[j] = { ...c, text: rewritten, lines: rewritten.split("\n"), ...(c.heading ? { heading: c.heading.replace(at.match, "") } : {}) };
    // A note on a title gets a label of its own, so that it takes no sentence's mark from the next note.
    const label = onHead ? `${sign}title` : sign;
    blocks.splice(i, end - i + 1, { kind: "footnote", lines: [`[^${label}]: ${text}`], text: `[^${label}]: ${text}`, synthetic: true });
    count++;
    if (!onHead) linked++;
  }
  return { blocks, count, linked };
}

/** The nearest block above note `i` holding the sign, and where its last such sign stands. */
function citing(blocks: readonly Block[], i: number, sign: string): [number, { index: number; length: number; match: string }] | null {
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    const b = blocks[j];
    if (b.kind === "footnote") continue;
    const hit = [...b.text.matchAll(MARKER)].filter((x) => x[1] === sign).at(-1);
    if (hit) return [j, { index: hit.index!, length: hit[0].length, match: hit[0] }];
  }
  return null;
}
