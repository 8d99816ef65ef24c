// Some e-texts set a paragraph's bracketed notes right under it with no blank line between:
//   "...the lock gave way in January. [43]"
//   "[43] Letter of the lock-keeper, 3 Feb."
// Such a block is cut before its first note line, so that each note stands as a block of its own
// for bracket-notes.ts to pair with its marker. A line is a note only when its label was cited
// earlier in the block and the line before closed a sentence: "[43] again..." in mid-sentence stays.
// A block of notes set one a line ("[1] _Phil. Mag._, Aug. 1868." / "[2] _Nature_, March 1870.")
// is cut before each line labelled with the next label after the one above it.
import type { Block } from "./blocks";

// Project Gutenberg gathers a chapter's notes under "FOOTNOTES:", each opened by its label alone on
// a line ("[1]") with the note's paragraphs under it (a side-note lifted from between them).
const LONE_LABEL = /^\s*\[(\d{1,4}|[A-Z])\]\s*$/;
const GLUED_MARKER = /[\p{L}.,;:!?"”’)_]\[(\d{1,4}|[A-Z])\]/gu;
const NOTES_HEAD = /^\s*(?:FOOTNOTES|NOTES|Footnotes|Notes)\s*:?\s*$/;
// A chapter's or section's title after the notes ends them: one short line not closing a sentence.
const TITLE_LINE = (b: Block) => b.kind !== "body" || isTitleLines(b.lines);

/**
 * A paragraph (its lines) that is a chapter's or section's title, which ends the notes above it:
 * one short line not closing a sentence, or a line naming a chapter, book or part ("CHAPTER II.").
 * chapter-notes.ts reads its sections' ends by it too.
 */
export function isTitleLines(lines: string[]): boolean {
  return (lines.length === 1 && lines[0].trim().length < 60 && !/[.!?"”’)]\s*$/.test(lines[0].trim().replace(/^(?:chapter|chap\.|book|part)\s+[\divxlc]+\.?$/i, ""))) || /^\s*(?:chapter|chap\.|book|part)\s+[\divxlc]+\b/i.test(lines[0]);
}

/**
 * Labels alone on their lines ("[1]") joined to the note under them ("[1] The health of…"), all of
 * the note's paragraphs up to the next label; the "FOOTNOTES:" line over them dropped. Only with two
 * lone labels or more in the document, counting up: a lone "[2]" elsewhere is something else.
 */
export function joinLoneLabels(blocks: Block[]): Block[] {
  // A label cited earlier glued to a word ("Providence[2]", "HOUSES.[1]"); alone on its line it was
  // taken for a page number in brackets, which only its citation tells apart.
  const cited = new Set<string>();
  const lone = blocks.map((b) => {
    const label = b.kind === "body" || b.kind === "pagenum" ? LONE_LABEL.exec(b.lines[0])?.[1] : undefined;
    if (label) return cited.has(label) ? label : undefined;
    if (b.kind !== "pagenum" && b.text.includes("[")) for (const m of b.text.matchAll(GLUED_MARKER)) cited.add(m[1]);
    return undefined;
  });
  if (lone.filter(Boolean).length < 2) return blocks;
  const out: Block[] = [];
  let note: Block | null = null;
  let expected: string | undefined;
  blocks.forEach((b, i) => {
    const label = lone[i];
    const own = b.lines.slice(1); // the note's lines under its label in the same block
    if (label && (expected === undefined || label === expected || label === "1" || label === "A") && (own.length || (blocks[i + 1]?.kind === "body" && !lone[i + 1]))) {
      if (note) out.push(note);
      const lines = own.length ? [`[${label}] ${own[0].trim()}`, ...own.slice(1)] : [`[${label}]`];
      note = { ...b, kind: "body", pageNumber: undefined, lines, text: lines.join("\n") };
      expected = nextLabel(label);
      return;
    }
    if (note && b.kind === "body" && !TITLE_LINE(b)) {
      const lines: string[] = note.lines.length === 1 && LONE_LABEL.test(note.lines[0]) ? [`${note.lines[0]} ${b.lines[0].trim()}`, ...b.lines.slice(1)] : [...note.lines, ...b.lines];
      note = { ...note, lines, text: lines.join("\n") };
      return;
    }
    if (note) out.push(note);
    note = null;
    // The "FOOTNOTES:" line right over the first label.
    if (b.kind === "body" && b.lines.length === 1 && NOTES_HEAD.test(b.lines[0]) && lone[i + 1]) return;
    out.push(b);
  });
  if (note) out.push(note);
  return out;
}

// (A note may open with its source in italics: "[2] _Nature_, …".)
const NOTE_START = /^\s*\[([A-Z]|\d{1,4})\]\s+[_*]?["“‘(]?[\p{Lu}\d]/u;
const CITED = /\[([A-Z]|\d{1,4})\]/g;
const CLOSED = /[.!?"”’)\]]\s*$/;

export function splitNoteLines(input: Block[]): Block[] {
  return input.flatMap((b) => {
    if (b.kind !== "body" || b.lines.length < 2 || !b.text.includes("[")) return [b];
    const cited = new Set<string>();
    const cuts: number[] = [];
    let note = b.lines[0].match(NOTE_START)?.[1]; // the label of the note being read, when the block is one
    b.lines.forEach((line, i) => {
      const label = i > 0 ? line.match(NOTE_START)?.[1] : undefined;
      if (label && (cited.has(label) || (note !== undefined && label === nextLabel(note))) && CLOSED.test(b.lines[i - 1])) {
        cuts.push(i);
        note = label;
      } else if (line.includes("[")) for (const m of line.matchAll(CITED)) cited.add(m[1]);
    });
    if (!cuts.length) return [b];
    return [0, ...cuts].map((from, k) => {
      const lines = b.lines.slice(from, cuts[k] ?? b.lines.length);
      return { ...b, lines, text: lines.join("\n") };
    });
  });
}

/** The label after this one: "3" -> "4", "C" -> "D". */
function nextLabel(label: string): string {
  return /^\d+$/.test(label) ? String(Number(label) + 1) : String.fromCharCode(label.charCodeAt(0) + 1);
}
