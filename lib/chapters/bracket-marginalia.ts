// Marginalia written into plain-text e-books as bracketed labels: Project Gutenberg's
// "[Sidenote: The guilds rise.]" (the printed book's side-note, set where it stood beside the
// text, often inside a paragraph or between its lines) and an editor's "[Transcriber's Note: …]".
// Neither is the author's sentence, so both leave the text before it is read; a side-note is a
// margin label (as liftSideNotes treats an OCR'd one) and a transcriber's note is about the file.
// A bracket that does not close within MAX_CHARS is left alone: it is not such a label.

const OPEN = /\[(?:Side-?note|Marginal note|Transcriber['’]s note)\s*:/gi;
const MAX_CHARS = 600;

export type LiftedMarginalia = { text: string; sidenotes: number; transcriberNotes: number; corrections: number };

// A transcriber's note that is one word only ("[Transcriber's Note: rather]") corrects the word just
// before it, a misprint of it: the same first letter, one or two letters otherwise changed, added or dropped.
const CORRECTION = /^\[Transcriber['’]s note\s*:\s*(\p{L}+)\s*\]$/iu;
const WORD_BEFORE = /(?<!\p{L})(\p{L}+)([^\p{L}\s[]{0,2}\s*)$/u;

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The text before a one-word correction with the misprint it corrects replaced, or null when no word before is one. */
function corrected(before: string, word: string): string | null {
  const m = before.match(WORD_BEFORE);
  if (!m) return null;
  const misprint = m[1];
  if (misprint === word || misprint[0].toLowerCase() !== word[0].toLowerCase() || misprint.length < 3 || Math.abs(misprint.length - word.length) > 1) return null;
  if (distance(misprint.toLowerCase(), word.toLowerCase()) > 2) return null;
  const cased = misprint[0] === misprint[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
  return before.slice(0, m.index!) + cased + m[2];
}

/** The text without its bracketed side-notes and transcriber's notes, and how many of each it had. */
export function liftBracketMarginalia(text: string): LiftedMarginalia {
  let out = "", from = 0, sidenotes = 0, transcriberNotes = 0, corrections = 0;
  for (const m of text.matchAll(OPEN)) {
    const start = m.index!;
    if (start < from) continue; // inside a label already lifted
    const end = closingBracket(text, start + m[0].length);
    if (end < 0) continue;
    if (/^\[Transcriber/i.test(m[0])) transcriberNotes++; else sidenotes++;
    // A label alone on its line(s) takes its line with it; inside a line it takes one space beside it.
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const nl = text.indexOf("\n", end + 1);
    const lineEnd = nl < 0 ? text.length : nl;
    if (!text.slice(lineStart, start).trim() && !text.slice(end + 1, lineEnd).trim()) {
      out += text.slice(from, lineStart);
      from = nl < 0 ? text.length : nl + 1;
    } else {
      let before = text.slice(from, start);
      const correction = text.slice(start, end + 1).match(CORRECTION);
      const fixed = correction ? corrected(before, correction[1]) : null;
      if (fixed !== null) {
        before = fixed;
        corrections++;
      }
      const after = text[end + 1];
      out += after === " " || after === "\n" ? before : before.replace(/ $/, "");
      // Glued to the word before ("shows,[Transcriber's note: …] are"), the space after it is the
      // one between the words: kept.
      const glued = start > 0 && !/\s/.test(text[start - 1]);
      from = after === " " && !glued ? end + 2 : end + 1;
    }
  }
  return { text: out + text.slice(from), sidenotes, transcriberNotes, corrections };
}

/** Index of the "]" closing a bracket opened before `from` (nested brackets counted), or -1 past `max` characters. */
export function closingBracket(text: string, from: number, max = MAX_CHARS): number {
  let depth = 0;
  for (let i = from; i < text.length && i < from + max; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]") { if (depth === 0) return i; depth--; }
  }
  return -1;
}
