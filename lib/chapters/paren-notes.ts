// Notes labelled with a number in parentheses, as many plain-text editions of translations set
// them: the body cites "(1)" after the word it annotates ("...the Parrhasian (1).", "a city (4),
// prosperous") and a short block after the citing paragraph opens with the same label
// ("(1) Parrhasia, a district of Arcadia."). Left as they are, each note is read as a paragraph of
// the author's and the labels sit inside sentences. Rewritten as bracket labels ("[1]"), which the
// bracket-note pass (bracket-notes.ts) files as footnotes with their markers. Only with the
// document's evidence: at least three notes, each paired with a citing label above it since the
// note before; "(1)" and "(2)" of an enumeration in the prose, with no notes opening so, stay.
import type { Block } from "./blocks";

const NOTE_LINE = /^(\s*)\((\d{1,3})\)(?=\s+\S)/;
// After a word or its punctuation and a space (or opening a wrapped line), before a space, a line
// end or punctuation.
const MARKER = /(?<=[\p{L}\d.,;:!?"”’] |^)\((\d{1,3})\)(?=[\s.,;:!?]|$)/gu;
const MIN_NOTES = 3;

type At = { block: number; line: number; at: number; label: string };

export function bracketParenNotes(blocks: Block[]): { blocks: Block[]; count: number } {
  // One pass: markers wait per label until a note with that label takes the nearest one above it.
  const waiting = new Map<string, At[]>();
  const pairs: { marker: At; note: number }[] = [];
  let afterNotes = false;
  blocks.forEach((b, i) => {
    if (b.kind !== "body" && b.kind !== "quote") return;
    // A numbered item that asks ("(2) How many liters… How much results?") is a problem set for the
    // reader, not a note: notes explain, they do not end on a question.
    const label = /\?\s*$/.test(b.text) ? undefined : NOTE_LINE.exec(b.lines[0])?.[2];
    const marker = label ? waiting.get(label)?.pop() : undefined;
    if (label && marker) {
      pairs.push({ marker, note: i });
      afterNotes = true;
      return;
    }
    // The text after a passage's notes: their labels start again for the next passage.
    if (afterNotes) waiting.clear();
    afterNotes = false;
    b.lines.forEach((l, line) => {
      if (!l.includes("(")) return;
      for (const m of l.matchAll(MARKER)) {
        if (m.index === 0 && line === 0) continue; // a paragraph opening "(1) …" is an item, no citation
        const list = waiting.get(m[1]) ?? [];
        list.push({ block: i, line, at: m.index!, label: m[1] });
        waiting.set(m[1], list);
      }
    });
  });
  if (pairs.length < MIN_NOTES) return { blocks, count: 0 };
  const out = [...blocks];
  // Right to left within a line, so that earlier offsets hold (the label's length does not change).
  for (const { marker, note } of pairs) {
    const b = out[marker.block];
    const lines = [...b.lines];
    const l = lines[marker.line];
    lines[marker.line] = `${l.slice(0, marker.at)}[${marker.label}]${l.slice(marker.at + marker.label.length + 2)}`;
    out[marker.block] = { ...b, lines, text: lines.join("\n") };
    const n = out[note];
    const noteLines = [n.lines[0].replace(NOTE_LINE, "$1[$2]"), ...n.lines.slice(1)];
    out[note] = { ...n, lines: noteLines, text: noteLines.join("\n") };
  }
  return { blocks: out, count: pairs.length };
}
