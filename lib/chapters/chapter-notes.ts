// Notes gathered at a chapter's end under a heading that names the chapter, as some e-texts print
// them: "Footnotes to Chapter 1", then each note set in and opened by its bracketed label
// ("     [1] The harbour-master's report, read to the board:--"), a note running on over paragraphs
// of its own (a letter it quotes) up to the next label. Read as text, the notes' paragraphs become
// the chapter's closing sentences, and the notes, taken for a page's foot, invent page numbers for
// an e-text that has none. Each note is written as Project Gutenberg's "[Footnote 1: …]", which
// the clean-up files as the chapter's note (no page of its own) and cites from its "[1]" marker.
// (joinLoneLabels in bracket-note-lines.ts reads notes whose labels stand alone on their lines, and
// ends them at a title by the same test; endnotes.ts reads a bare "Notes" heading's entries.)
import { isTitleLines } from "./bracket-note-lines";

const HEAD = /^[ \t]*(?:foot)?notes\s+(?:to|on)\s+(?:chapter|chap\.|lecture|book|part|letter|section|essay)\s+(?:\d{1,3}|[ivxlc]{1,7})\.?[ \t]*:?[ \t]*$/i;
const LABEL = /^[ \t]*\[(\d{1,3}|[A-Z])\][ \t]+(?=\S)/;
// A note that has closed a sentence ends at the next paragraph unless a label follows it.
const CLOSED = /[.!?]["”’')\]]*\s*$/;
// How far past a closed note a paragraph of it may run before the next label, and how long a note
// may grow: a note is a paragraph or a short letter, never a chapter.
const LOOKAHEAD_LINES = 40;
const MAX_NOTE = 4000;

/** A paragraph that is a title (the next chapter's heading), which ends the notes. */
function isTitle(par: string[]): boolean {
  // (A one-line paragraph of a quoted letter, "Dear Sir," or "'We left at dawn.'", is no title.)
  return isTitleLines(par) && !(par.length === 1 && (/^\s*['"‘“]/.test(par[0]) || /[,;:]\s*$/.test(par[0])));
}

/** The next paragraph (a run of non-blank lines) from line `at`, as its [first, end) lines, or null. */
function nextParagraph(lines: string[], at: number): [number, number] | null {
  while (at < lines.length && !lines[at].trim()) at++;
  if (at >= lines.length) return null;
  let end = at;
  while (end < lines.length && lines[end].trim()) end++;
  return [at, end];
}

/**
 * Rewrites each such notes section; a section whose first text is not a labelled note is left. A
 * section is the heading, then paragraphs: each labelled one opens a note, and the lines under a
 * label with no blank line between belong to it whatever their indent. A paragraph without a label
 * is the note's too when it is set in and no title, and either a label follows within a short
 * distance or the note has not yet closed a sentence ("…read to the board:--"). Anything else ends
 * the section: a paragraph at the margin, the next chapter's heading, a closed note's next paragraph.
 * Linear: a heading whose first text is not a label is rejected at that text, and a section's
 * lines are read once (the look for a following label is bounded).
 */
export function gatherChapterNotes(text: string): { text: string; sections: number; notes: number } {
  if (!/notes\s+(?:to|on)\s/i.test(text)) return { text, sections: 0, notes: 0 };
  const lines = text.split("\n");
  const out: string[] = [];
  let sections = 0, count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!HEAD.test(lines[i])) { out.push(lines[i]); continue; }
    let first = i + 1;
    while (first < lines.length && !lines[first].trim()) first++;
    if (first >= lines.length || !LABEL.test(lines[first])) { out.push(lines[i]); continue; }
    const notes: { label: string; text: string }[] = [];
    let end = first; // the line after the section's last note line
    let at = first;
    for (;;) {
      const par = nextParagraph(lines, at);
      if (!par) break;
      const body = lines.slice(par[0], par[1]);
      const label = LABEL.exec(body[0]);
      const note = notes[notes.length - 1];
      if (!label) {
        if (!/^[ \t]/.test(body[0]) || isTitle(body) || note.text.length > MAX_NOTE) break;
        // A closed note goes on only when a label follows this paragraph, before any title or margin line.
        if (CLOSED.test(note.text) && !labelAhead(lines, par[1])) break;
      }
      for (const line of body) {
        const m = LABEL.exec(line);
        if (m) notes.push({ label: m[1], text: line.slice(m[0].length).trim() });
        else notes[notes.length - 1].text = joinLine(notes[notes.length - 1].text, line.trim());
      }
      end = par[1];
      at = par[1];
    }
    out.push(notes.map((n) => `[Footnote ${n.label}: ${n.text}]`).join("\n\n"));
    sections++;
    count += notes.length;
    i = end - 1; // the blank lines after the last note stay
  }
  return sections ? { text: out.join("\n"), sections, notes: count } : { text, sections: 0, notes: 0 };
}

/** A word cut at its own hyphen across the lines ("harbour-" / "master") is joined whole; other lines with a space. */
function joinLine(note: string, line: string): string {
  return /\p{L}-$/u.test(note) && /^\p{Ll}/u.test(line) ? note + line : `${note} ${line}`;
}

/** Whether a labelled paragraph follows within LOOKAHEAD_LINES, with only set-in paragraphs that are no titles between. */
function labelAhead(lines: string[], from: number): boolean {
  for (let par = nextParagraph(lines, from); par && par[0] < from + LOOKAHEAD_LINES; par = nextParagraph(lines, par[1])) {
    const body = lines.slice(par[0], par[1]);
    if (LABEL.test(body[0])) return true;
    if (!/^[ \t]/.test(body[0]) || isTitle(body)) return false;
  }
  return false;
}
