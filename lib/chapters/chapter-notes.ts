// Notes gathered at a chapter's end under a heading that names the chapter, as some e-texts print
// them: "Footnotes to Chapter 1", then each note set in and opened by its bracketed label
// ("     [1] Here is the letter, read at the meeting of ...:--"), a note running on over paragraphs
// of its own (a letter it quotes) up to the next label. Read as text, the notes' paragraphs become
// the chapter's closing sentences, and the notes, taken for a page's foot, invent page numbers for
// an e-text that has none. Each note is written as Project Gutenberg's "[Footnote 1: …]", which
// the clean-up files as the chapter's note (no page of its own) and cites from its "[1]" marker.

const HEAD = /^[ \t]*(?:foot)?notes\s+(?:to|on)\s+(?:chapter|chap\.|lecture|book|part|letter|section|essay)\s+(?:\d{1,3}|[ivxlc]{1,7})\.?[ \t]*:?[ \t]*$/i;
const LABEL = /^[ \t]*\[(\d{1,3}|[A-Z])\][ \t]+(?=\S)/;

/** Rewrites each such notes section; a section whose first text is not a labelled note is left. One pass over the lines. */
export function gatherChapterNotes(text: string): { text: string; sections: number; notes: number } {
  if (!/notes\s+(?:to|on)\s/i.test(text)) return { text, sections: 0, notes: 0 };
  const lines = text.split("\n");
  const out: string[] = [];
  let sections = 0, count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!HEAD.test(lines[i])) { out.push(lines[i]); continue; }
    // The section: blank lines, lines set in, and labelled lines, up to the first line at the margin.
    let end = i + 1;
    while (end < lines.length && (!lines[end].trim() || /^[ \t]/.test(lines[end]) || LABEL.test(lines[end]))) end++;
    while (end > i + 1 && !lines[end - 1].trim()) end--; // the blank lines after the last note stay
    const body = lines.slice(i + 1, end);
    const first = body.find((l) => l.trim());
    if (!first || !LABEL.test(first)) { out.push(lines[i]); continue; }
    const notes: { label: string; text: string }[] = [];
    for (const line of body) {
      const m = LABEL.exec(line);
      if (m) notes.push({ label: m[1], text: line.slice(m[0].length).trim() });
      else if (line.trim()) {
        const note = notes[notes.length - 1];
        // A compound cut at its own hyphen ("object-" / "glass") is joined whole; other lines with a space.
        note.text = /\p{L}-$/u.test(note.text) && /^\p{Ll}/u.test(line.trim()) ? note.text + line.trim() : `${note.text} ${line.trim()}`;
      }
    }
    out.push(notes.map((n) => `[Footnote ${n.label}: ${n.text}]`).join("\n\n"));
    sections++;
    count += notes.length;
    i = end - 1;
  }
  return sections ? { text: out.join("\n"), sections, notes: count } : { text, sections: 0, notes: 0 };
}
