// E-text notes labelled in brackets: the body has "[B]" (or "[A]", "[1]", "[764]") after the word it
// annotates ("...personal ideals.[B]", "...his knowledge. [764] His...") and a block further on
// starts with the same label ("[B] See the Address on..."), right after the citing paragraph or
// gathered at the chapter's end. Both are rewritten as a Markdown footnote (marker "[^B]",
// definition "[^B]: See...") so the usual footnote handling lifts the marker out of the sentence
// and files the note. A label is taken only when both halves are found, marker before note, so a
// bracketed "[2]" of an editorial insertion or a legal reference with no note of its own stays.
import type { Block } from "./blocks";

const NOTE_LINE = /^\s*\[([A-Z]|\d{1,4})\]\s+(?=\S)/;
// Glued to a word or its punctuation ("ideals.[B]", "word[12]"); a number may also stand after a
// space or open a wrapped line ("knowledge. [764] His", "\n[765] Be this"), but only before a space,
// a line end or punctuation: "[2]a" or "[3](" is something else.
const MARKER = /(?<=[\p{L}\d.,;:!?)"”’_])\[([A-Z]|\d{1,4})\](?!\()|(?<=[\p{L}\d.,;:!?)"”’_] |^[ \t]*)\[(\d{1,4})\](?=[\s.,;:]|$)/gmu;

type Marker = { block: number; line: number; at: number; length: number };

function isNote(b: Block): string | undefined {
  return b.kind === "body" ? b.lines[0].match(NOTE_LINE)?.[1] : undefined;
}

export function convertBracketNotes(input: Block[]): { blocks: Block[]; count: number } {
  const blocks = [...input];
  // One pass: markers wait on a stack per label, and a note takes the nearest one above it (labels
  // restart, "[A]" again, in each chapter of an e-text). Linear in the size of the document.
  const waiting = new Map<string, Marker[]>();
  const taken: { marker: Marker; label: string }[] = [];
  let count = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const label = isNote(b);
    const host = label ? waiting.get(label)?.pop() : undefined;
    if (label && host) {
      taken.push({ marker: host, label });
      const note = [b.lines[0].replace(NOTE_LINE, `[^${label}]: `).trimStart(), ...b.lines.slice(1).map((l) => l.trim())];
      blocks[i] = { ...b, kind: "footnote", lines: note, text: note.join("\n") };
      count++;
      continue;
    }
    if (b.kind !== "body" && b.kind !== "quote") continue;
    b.lines.forEach((l, line) => {
      if (!l.includes("[")) return;
      for (const m of l.matchAll(MARKER)) {
        if (label && line === 0 && m.index! <= l.length - l.trimStart().length) continue; // the unmatched note's own label
        const key = m[1] ?? m[2];
        const list = waiting.get(key) ?? [];
        list.push({ block: i, line, at: m.index!, length: m[0].length });
        waiting.set(key, list);
      }
    });
  }
  // Right to left within a line, so that earlier offsets stay valid.
  taken.sort((x, y) => x.marker.block - y.marker.block || x.marker.line - y.marker.line || y.marker.at - x.marker.at);
  for (const { marker: m, label } of taken) {
    const b = blocks[m.block];
    const lines = [...b.lines];
    lines[m.line] = `${lines[m.line].slice(0, m.at)}[^${label}]${lines[m.line].slice(m.at + m.length)}`;
    blocks[m.block] = { ...b, lines, text: lines.join("\n") };
  }
  return { blocks, count };
}
