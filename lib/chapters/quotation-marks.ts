// Two ways a plain text prints its quotation marks that the clean-up must read before anything
// else looks at the characters:
// - TeX's marks, as e-texts made from TeX keep them: `` opens a quotation and '' closes it
//   ("``temporary'' or ``new'' stars"). Read as Markdown, the backticks are code spans and vanish,
//   leaving the closing '' stranded after the words. Both become typographic double quotes.
// - Running quotation marks, as older books set a long quotation: a mark opens every line that
//   begins inside the quotation ('"All the men are tall' / '"and fair, and ...'). They quote
//   nothing; read as text they open a quotation in mid-sentence on every line.

/** ``words'' -> “words”: only pairs, and only in a text that uses the TeX form at least twice. */
export function readTexQuotes(text: string): { text: string; count: number } {
  if (!text.includes("``")) return { text, count: 0 };
  const PAIR = /``(?=\S)([^`]{0,600}?\S)''(?!')/g; // a quotation does not run past 600 characters or another backtick
  const pairs = text.match(PAIR)?.length ?? 0;
  if (pairs < 2) return { text, count: 0 };
  return { text: text.replace(PAIR, "“$1”"), count: pairs };
}

// Straight double quotes toggle; curly ones say which way they face.
const MARKS = /["“”]/g;

/**
 * Drops the quotation mark at the head of each line that begins inside a quotation opened on a
 * line above, where the text shows the convention: at least three lines so marked in runs of two or
 * more (a mark at the head of a line that is open only by a slip, in a text without it, is left).
 * The count of marks restarts at a blank line or a line set in further than the one above (a new
 * paragraph).
 * One pass over the lines.
 */
export function dropRunningQuotes(text: string): { text: string; count: number } {
  if (!/\n[ \t]*["“]/.test(text)) return { text, count: 0 };
  const lines = text.split("\n");
  let open = false;
  let indent = 0; // the indent of the line above
  const running: boolean[] = new Array(lines.length).fill(false);
  lines.forEach((line, i) => {
    const body = line.trimStart();
    const own = line.length - body.length;
    // A blank line, or a line set in further than the one above: a new paragraph.
    if (!body || own > indent) open = false;
    if (!body) return;
    indent = own;
    let from = 0;
    if (open && /^["“]/.test(body)) {
      running[i] = true;
      from = 1; // the running mark does not toggle the count
    }
    for (const m of body.slice(from).matchAll(MARKS)) open = m[0] === '"' ? !open : m[0] === "“";
  });
  // The convention shown by three or more lines in runs of two or more; then a quotation's one
  // running line ('within' / '"our lines."') is read so too.
  if (running.filter((r, i) => r && (running[i - 1] || running[i + 1])).length < 3) return { text, count: 0 };
  const keep = running;
  const count = keep.filter(Boolean).length;
  return { text: lines.map((l, i) => (keep[i] ? l.replace(/^(\s*)["“]/, "$1") : l)).join("\n"), count };
}

/**
 * "the war had ceased.A simple tunic": a full stop after a word in small letters glued to the
 * capitalised word after it is a space the typesetting or the OCR lost. Not initials ("H.G.Wells"),
 * dotted abbreviations ("e.g.The", "U.S.Army") or names in a web address ("site.Com/page").
 */
export function restoreSpaceAfterStop(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/(?<![\p{L}\d.@/_-])(\p{Ll}{2,})\.(\p{Lu}\p{Ll}*)(?![\p{L}\d.@/_-])/gu, (_m, a: string, b: string) => {
    count++;
    return `${a}. ${b}`;
  });
  return { text: out, count };
}
