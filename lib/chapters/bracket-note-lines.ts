// Some e-texts set a paragraph's bracketed notes right under it with no blank line between:
//   "...the lock gave way in January. [43]"
//   "[43] Letter of the lock-keeper, 3 Feb."
// Such a block is cut before its first note line, so that each note stands as a block of its own
// for bracket-notes.ts to pair with its marker. A line is a note only when its label was cited
// earlier in the block and the line before closed a sentence: "[43] again..." in mid-sentence stays.
// A block of notes set one a line ("[1] _Phil. Mag._, Aug. 1868." / "[2] _Nature_, March 1870.")
// is cut before each line labelled with the next label after the one above it.
import type { Block } from "./blocks";

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
