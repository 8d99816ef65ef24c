// Project Gutenberg writes some books' notes where they are cited, unnumbered, in brackets inside
// the paragraph: "…the world was flat. [Footnote: Hexaemeron, i. 6.] Another…", sometimes over
// several lines. Read as text, the note becomes part of the sentence (and of its cards). Each one
// is filed as a numbered "[Footnote N: …]" block after its paragraph, with the marker "[N]" left
// where it stood, so the usual Gutenberg note handling lifts the marker and cites the note.
// When the file already numbers notes of its own, the note is filed without a marker (a number
// chosen here could collide with the book's). A bracket that does not close within MAX_CHARS is
// left alone: it is not such a note.

import { closingBracket } from "./bracket-marginalia";

const OPEN = /\[Footnote\s*:\s*/gi;
const MAX_CHARS = 3000;
const NUMBERED = /\[Footnote\s+[\w*†‡§]{1,4}\s*:/i;

export type FiledInlineNotes = { text: string; count: number };

export function fileInlineFootnotes(text: string): FiledInlineNotes {
  if (!/\[Footnote\s*:/i.test(text)) return { text, count: 0 };
  const marked = !NUMBERED.test(text);
  // The output in parts (joined once at the end: a book of thousands of notes stays linear).
  const parts: string[] = [];
  let from = 0, count = 0, written = 0;
  let pending: string[] = []; // notes waiting for the end of their paragraph
  const write = (part: string) => { parts.push(part); written += part.length; };
  const flushUntil = (limit: number) => {
    // Write the text up to `limit`, putting pending notes after the first paragraph end on the way.
    const br = pending.length ? text.slice(from, limit).search(/\n[ \t]*\n/) : -1;
    if (br >= 0) {
      write(text.slice(from, from + br) + "\n\n" + pending.join("\n\n"));
      from += br; // the blank line itself is written next
      pending = [];
    }
    write(text.slice(from, limit));
    from = limit;
  };
  for (const m of text.matchAll(OPEN)) {
    const start = m.index!;
    if (start < from) continue;
    const end = closingBracket(text, start + m[0].length, MAX_CHARS);
    if (end < 0) continue;
    flushUntil(start);
    count++;
    const note = text.slice(start + m[0].length, end).replace(/\s+/g, " ").trim();
    pending.push(marked ? `[Footnote ${count}: ${note}]` : `[Footnote n${count}: ${note}]`);
    // The marker takes the note's place, glued to the word or stop before it ("flat.[1]"), unless
    // the note opens a paragraph. The space or line end after the note separates the next word.
    // (The space before the note is the end of the part just written: no blank line can be in it,
    // for a blank line would have ended the paragraph and been written with the notes before it.)
    let ws = start;
    while (ws > 0 && /\s/.test(text[ws - 1])) ws--;
    const trailing = text.slice(ws, start);
    const last = parts.length - 1;
    if (!/\n[ \t]*\n/.test(trailing) && written > trailing.length && parts[last].endsWith(trailing)) {
      parts[last] = parts[last].slice(0, parts[last].length - trailing.length);
      written -= trailing.length;
    }
    if (marked) write(`[${count}]`);
    from = end + 1;
  }
  flushUntil(text.length);
  if (pending.length) write("\n\n" + pending.join("\n\n"));
  return { text: parts.join(""), count };
}
