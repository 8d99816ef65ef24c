// Marginalia written into plain-text e-books as bracketed labels: Project Gutenberg's
// "[Sidenote: The guilds rise.]" (the printed book's side-note, set where it stood beside the
// text, often inside a paragraph or between its lines) and an editor's "[Transcriber's Note: …]".
// Neither is the author's sentence, so both leave the text before it is read; a side-note is a
// margin label (as liftSideNotes treats an OCR'd one) and a transcriber's note is about the file.
// A bracket that does not close within MAX_CHARS is left alone: it is not such a label.

const OPEN = /\[(?:Side-?note|Marginal note|Transcriber['’]s note)\s*:/gi;
const MAX_CHARS = 600;

export type LiftedMarginalia = { text: string; sidenotes: number; transcriberNotes: number; corrections: number; subheads: number };

// A side-note set between two paragraphs (a blank line on each side, the text above it closing a
// sentence, the text under it opening one) names the stretch of text it stands beside: the book's own
// section title ("[Sidenote: The guilds rise.]" over the paragraph that tells of it). It is kept as a
// line of its own without its bracket and its closing stop, which the assembler reads as a sub-heading
// of the paragraph under it, as it reads any short unpunctuated line there. A note inside a paragraph
// (the text above it open, or running on below) is a margin label only, and is lifted as before.
const CLOSES_ABOVE = /(?:[.!?:]|[.!?]["”’')\]]+)\s*$/;
const OPENS_BELOW = /^\s*["“‘(]?\p{Lu}/u;
const MAX_SUBHEAD_WORDS = 10;
const SIDENOTE_LINE = /^\s*\[Side-?note:[^\]]*\]\s*$/i;

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
  let out = "", from = 0, sidenotes = 0, transcriberNotes = 0, corrections = 0, subheads = 0;
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
      const title = /^\[Side-?note/i.test(m[0]) ? subheadOf(text, lineStart, lineEnd, text.slice(start + m[0].length, end)) : null;
      if (title) {
        out += `${title}\n`;
        subheads++;
      }
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
  return { text: out + text.slice(from), sidenotes, transcriberNotes, corrections, subheads };
}

/** The side-note's words as a sub-heading when it stands between two paragraphs, else null. */
function subheadOf(text: string, lineStart: number, lineEnd: number, words: string): string | null {
  // (Not a question or an exclamation, "Why must it be so?", nor one closed by an abbreviation, "…, &c.":
  // no heading keeps its mark, and without it the words would be changed.)
  if (/[?!]["”’)]?\s*$/.test(words)) return null;
  const title = words.replace(/\s+/g, " ").trim().replace(/[.;,]$/, "");
  if (!title || /[.?!]["”’)]?$/.test(title) || title.split(" ").length > MAX_SUBHEAD_WORDS || !/\p{L}/u.test(title)) return null;
  // A blank line on each side of it (or the text's start above).
  if (!/^\n[ \t]*\n/.test(text.slice(lineEnd)) || (text.slice(0, lineStart).trim() && !/\n[ \t]*\n$/.test(text.slice(0, lineStart)))) return null;
  // The text's lines above and below it, past any other side-notes stacked with it (they all head the paragraph under them).
  // (Above it, a finished sentence, or a heading: a line standing alone, "CHAPTER III" / "THE MILLS".)
  const lines = text.slice(0, lineStart).split("\n").reverse();
  const k = lines.findIndex((l) => l.trim() && !SIDENOTE_LINE.test(l));
  const above = k < 0 ? undefined : lines[k];
  const heading = above !== undefined && !lines[k + 1]?.trim() && above.trim().split(/\s+/).length <= MAX_SUBHEAD_WORDS;
  const below = text.slice(lineEnd).split("\n").find((l) => l.trim() && !SIDENOTE_LINE.test(l));
  if ((above !== undefined && !heading && !CLOSES_ABOVE.test(above)) || below === undefined || !OPENS_BELOW.test(below)) return null;
  return title;
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
