// Soft hyphens at line ends. A PDF reader (pdftotext) gives a discretionary break, where the
// typesetter split a word to fill the line, as a SOFT hyphen (U+00AD) rather than "-": "advan\u00AD" /
// "ces or recedes". Its meaning is unambiguous: the word is one word, never a compound. Stripped as an
// invisible character (normalizeDocument does that to soft hyphens inside lines), the halves would
// be read as two words ("advan ces"); read as "-", the dictionary rules that decide an ordinary
// line-end hyphen could keep it ("fore-/most" when the document also writes "fore-most").
//
// So, before all else: a soft hyphen at a line end takes the next line's first piece of word up to
// itself ("advances" / "or recedes"), the next line keeping its indent so that the page's geometry
// (indents, margins, columns) is read as before. Where the next line does not go on with the word in
// lower case (a blank line: the page ends and its furniture follows; a capital), the soft hyphen
// becomes "-" for the line- and page-break rules to decide. Linear: one pass over the lines.

const SOFT = "\u00AD";
/** The piece of word that goes on at the next line's start, with the punctuation glued to it. */
const TAIL = /^(\s*)(\p{Ll}[\p{L}'’]*[.,;:!?)"”’]*)(?:\s+|$)/u;

/**
 * Line `i + 1`'s first word (opening in lower case) taken up to the end of `head`, which becomes
 * line `i`; the next line keeps its indent, and goes when that word was all it held. False (and
 * nothing changed) when the next line does not open with such a word.
 */
export function pullUpNextWord(lines: string[], i: number, head: string): boolean {
  const next = lines[i + 1];
  const tail = next?.match(TAIL);
  if (!tail) return false;
  const rest = next.slice(tail[0].length);
  lines[i] = head + tail[2];
  if (rest.trim()) lines[i + 1] = tail[1] + rest;
  else lines.splice(i + 1, 1);
  return true;
}

export function joinSoftHyphens(text: string): { text: string; count: number } {
  if (!text.includes(SOFT)) return { text, count: 0 };
  const lines = text.split("\n");
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (!line.endsWith(SOFT) || !/\p{L}/u.test(line.charAt(line.length - 2))) continue;
    count++;
    // The word goes on past a page break (or before a capital): "-" for the break rules.
    if (!pullUpNextWord(lines, i, line.slice(0, -1))) lines[i] = `${line.slice(0, -1)}-`;
  }
  return { text: lines.join("\n"), count };
}
