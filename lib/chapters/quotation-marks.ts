// Two ways a plain text prints its quotation marks that the clean-up must read before anything
// else looks at the characters:
// - TeX's marks, as e-texts made from TeX keep them: `` opens a quotation and '' closes it
//   ("``low'' or ``high'' water"), ` and ' a quotation inside one. Read as Markdown, the backticks
//   are code spans and vanish, leaving the closing '' stranded after the words. They become
//   typographic quotes.
// - Running quotation marks, as older books set a long quotation: a mark opens every line that
//   begins inside the quotation ('"All the men are tall' / '"and fair, and ...'). They quote
//   nothing; read as text they open a quotation in mid-sentence on every line.

// A quotation inside a TeX quotation: `words' (not `` nor '', and not an apostrophe: "`don't go'").
const TEX_SINGLE = /(?<!`)`(?=[^\s`])([^`'\n]{0,200}?(?:'\p{L}[^`'\n]{0,200}?)*[^\s`])'(?![\p{L}'])/gu;
// ``words'': the closing '' after a letter or a stop where there is one before the next ``, else
// after a digit ("``in 1848''"), so that an inch mark inside ("``a 6'' board,''") does not close it.
// A quotation does not run past 600 characters or into another ``.
const TEX_PAIR = /``(?=\S)((?:(?!``)[^]){0,600}?[^\s\d])''(?!')|``(?=\S)((?:(?!``)[^]){0,600}?\d)''(?!')/g;

/**
 * ``words'' -> “words”, `words' -> ‘words’: only in a text that uses the TeX form at least twice in
 * pairs; there, an opening `` left without its '' (a quotation over paragraphs closes only on its last)
 * is an opening mark too.
 */
export function readTexQuotes(text: string): { text: string; count: number } {
  if (!text.includes("``")) return { text, count: 0 };
  const singles = text.includes("`'") || /(?<!`)`(?!`)/.test(text) ? text.replace(TEX_SINGLE, "‘$1’") : text;
  const pairs = singles.match(TEX_PAIR)?.length ?? 0;
  if (pairs < 2) return { text, count: 0 };
  const out = singles.replace(TEX_PAIR, (_m, a: string | undefined, b: string | undefined) => `“${a ?? b}”`).replace(/``(?=\S)/g, "“");
  return { text: out, count: pairs };
}

/**
 * Which way each quotation mark on a line faces, given whether a quotation is open before it: a
 * curly mark says; a straight one opens when none is open and closes when one is. A straight mark
 * after a digit when none is open is an inch or a ditto mark ('6" wide'), and one with white space
 * on both sides quotes nothing: neither toggles. Returns whether a quotation is open after the line.
 */
function readMarks(body: string, open: boolean): boolean {
  for (const m of body.matchAll(/["“”]/g)) {
    if (m[0] !== '"') { open = m[0] === "“"; continue; }
    const before = body[m.index - 1] ?? " ";
    const after = body[m.index + 1] ?? " ";
    if (/\s/.test(before) && /\s/.test(after)) continue;
    if (!open && /\d/.test(before)) continue;
    open = !open;
  }
  return open;
}

/**
 * Drops the quotation mark at the head of each line that begins inside a quotation opened on a
 * line above, in a quotation that shows the convention: two lines or more of it so marked in a row,
 * or (a quotation of two lines) its second line marked right under the line that opened it; and
 * only in a text with at least three such lines in runs of two or more (a mark at the head of a line
 * open only by a slip, in a text without the convention, is left). A mark is kept where a new
 * paragraph may open inside the quotation: after a line that ends a paragraph (short) or a
 * sentence (shorter than the text's lines), or before white space (a ditto mark under a figure).
 * The count of marks restarts at a blank line or a line set in further than the one above (a new
 * paragraph). One pass over the lines (and a sort of their lengths).
 */
export function dropRunningQuotes(text: string): { text: string; count: number } {
  if (!/\n[ \t]*["“]/.test(text)) return { text, count: 0 };
  const lines = text.split("\n");
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length / 2)] ?? 0;
  let open = false;
  let indent = 0; // the indent of the line above
  let quotes = 0; // the quotations opened so far; the open one is quotes - 1
  const running: number[] = new Array(lines.length).fill(-1); // the quotation each running line is in
  const opened: number[] = new Array(lines.length).fill(-1); // the quotation a line opens
  lines.forEach((line, i) => {
    const body = line.trimStart();
    const own = line.length - body.length;
    // A blank line, or a line set in further than the one above: a new paragraph.
    if (!body || own > indent) open = false;
    if (!body) return;
    indent = own;
    let from = 0;
    if (open && /^["“](?!\s)/.test(body)) {
      const above = lines[i - 1].trim();
      const paragraphEnd = above.length < 0.6 * typical || (/[.!?]["”’')]*$/.test(above) && above.length < 0.85 * typical);
      if (!paragraphEnd) running[i] = quotes - 1;
      from = 1; // the mark at the head of a line inside a quotation does not toggle the count
    }
    const was = open;
    open = readMarks(body.slice(from), open);
    if (open && !was) opened[i] = quotes++;
  });
  // The convention in the text: three lines or more in runs of two or more in one quotation.
  const inRun = (i: number) => running[i] >= 0 && (running[i - 1] === running[i] || running[i + 1] === running[i]);
  if (lines.filter((_, i) => inRun(i)).length < 3) return { text, count: 0 };
  // A quotation shows it by such a run, or by its second line marked under the line that opened it.
  const shown = new Set(running.filter((q, i) => inRun(i)));
  let count = 0;
  const out = lines.map((l, i) => {
    const q = running[i];
    if (q < 0 || !(shown.has(q) || opened[i - 1] === q)) return l;
    count++;
    return l.replace(/^(\s*)["“]/, "$1");
  });
  return { text: out.join("\n"), count };
}

/**
 * "the tide had turned.A boat put out": a full stop after a word in small letters (or a year)
 * glued to the capitalised word after it ("turned.McLeod", "ended.THE END") is a space the
 * typesetting or the OCR lost. Not initials ("H.G.Wells"), dotted abbreviations ("e.g.The",
 * "U.S.Army"), names in a web address ("site.Com/page", "example.Com") or a numbered section
 * ("12.A"). (A method called in program text, "obj.Method", looks like prose here and is parted: a
 * call's bracket cannot tell it, "cc.Pb(NO3)2" being a measure and a formula.)
 */
export function restoreSpaceAfterStop(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(
    /(?<![\p{L}\d.@/_])(\p{Ll}{2,}|\d{3,})\.(Ma?c\p{Lu}\p{Ll}+|\p{Lu}{2,}|\p{Lu}\p{Ll}*)(?![\p{L}\d.@/_-])/gu,
    (m, a: string, b: string) => {
      if (/^\d/.test(a) && b.length < 2) return m; // "12.A": a numbered section
      if (/^(?:Com|Org|Net|Edu|Gov|Int|Mil|Info|Biz|COM|ORG|NET|EDU|GOV)$/.test(b)) return m; // a web address's last name
      count++;
      return `${a}. ${b}`;
    },
  );
  return { text: out, count };
}
