// E-text notes labelled in brackets: the body has "[B]" (or "[A]", "[1]", "[12]") glued to the
// word it annotates ("...personal ideals.[B]") and a block further on starts with the same label
// ("[B] See the Address on..."). Both are rewritten as a Markdown footnote (marker "[^B]",
// definition "[^B]: See...") so the usual footnote handling lifts the marker out of the sentence
// and files the note. A label is taken only when both halves are found, marker before note.
import type { Block } from "./blocks";

const NOTE_LINE = /^\s*\[([A-Z]|\d{1,3})\]\s+(?=\S)/;

function markerRe(label: string): RegExp {
  return new RegExp(`(?<=[\\p{L}\\d.,;:!?)"”’_])\\[${label}\\](?!\\()`, "u");
}

export function convertBracketNotes(input: Block[]): { blocks: Block[]; count: number } {
  const blocks = [...input];
  let count = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const label = b.kind === "body" ? b.lines[0].match(NOTE_LINE)?.[1] : undefined;
    if (!label) continue;
    const re = markerRe(label);
    // The nearest marker above: labels restart ("[A]" again) in each chapter of an e-text.
    let host = -1;
    for (let j = i - 1; j >= 0 && host < 0; j--) if ((blocks[j].kind === "body" || blocks[j].kind === "quote") && re.test(blocks[j].text)) host = j;
    if (host < 0) continue;
    const hostLines = blocks[host].lines;
    const at = hostLines.findLastIndex((l) => re.test(l));
    const marked = hostLines.map((l, k) => (k === at ? l.replace(re, `[^${label}]`) : l));
    blocks[host] = { ...blocks[host], lines: marked, text: marked.join("\n") };
    const note = [b.lines[0].replace(NOTE_LINE, `[^${label}]: `).trimStart(), ...b.lines.slice(1).map((l) => l.trim())];
    blocks[i] = { ...b, kind: "footnote", lines: note, text: note.join("\n") };
    count++;
  }
  return { blocks, count };
}
