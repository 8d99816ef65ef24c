// Joining lines and page-separated fragments: a hyphen at a line end is a soft (typesetting) hyphen
// unless the document shows the hyphenated form elsewhere ("Brest-Litovsk", "thirty-five") or the
// next part starts with a capital.
// `joins` counts line-end hyphens resolved while joining (for LayoutReport.hyphenationRepairs).
export type WordStats = { words: Set<string>; repeated: Set<string>; hyphenated: Set<string>; joins: number };

export function wordStats(doc: string): WordStats {
  const words = new Set<string>();
  const hyphenated = new Set<string>();
  const repeated = new Set<string>(); // seen twice or more: a real word, not just the tail of one split
  for (const m of doc.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const w = m[0].toLowerCase();
    if (w.includes("-")) hyphenated.add(w);
    else if (words.has(w)) repeated.add(w);
    else words.add(w);
  }
  return { words, repeated, hyphenated, joins: 0 };
}

// First elements of compounds that keep their hyphen at a line end: "three-/quarters", "self-/evident".
const COMPOUND_FIRST = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
  "seventy", "eighty", "ninety", "hundred", "half", "self", "well", "ill", "non", "quasi",
]);

/** Joins `left` (ending in "word-") and `right` (starting "rest...") across a line or page break. */
export function joinHyphenated(left: string, right: string, stats: WordStats): string {
  const l = left.trimEnd();
  const a = l.slice(-60).match(/(?<!\p{L})(\p{L}+)-$/u)?.[1] ?? "";
  const b = right.match(/^\s*(\p{L}+)/u)?.[1] ?? "";
  const keep = !b || /^\p{Lu}/u.test(b) || COMPOUND_FIRST.has(a.toLowerCase()) || (stats.hyphenated.has(`${a}-${b}`.toLowerCase()) && !stats.words.has(`${a}${b}`.toLowerCase()));
  stats.joins++;
  return keep ? l + right.trimStart() : l.slice(0, -1) + right.trimStart();
}

/** "word-" at the very end (checked without an end-anchored regex, which V8 tries at every position). */
export function endsWithWordHyphen(s: string): boolean {
  return s.endsWith("-") && /\p{L}/u.test(s.charAt(s.length - 2));
}

/** A word in capitals split at a line end, whose halves make a word the document uses. */
function capsSplit(out: string, line: string, stats: WordStats): boolean {
  const a = out.slice(-40).match(/(?<!\p{L})(\p{Lu}{2,})-$/u)?.[1];
  const b = line.match(/^(\p{Lu}{2,})(?!\p{L})/u)?.[1];
  if (!a || !b) return false;
  const whole = (a + b).toLowerCase();
  return stats.words.has(whole) && !stats.hyphenated.has(`${a}-${b}`.toLowerCase());
}

/** Joins the lines of one block into running text, repairing end-of-line hyphenation. */
export function joinLines(lines: string[], stats: WordStats): string {
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!out) out = line;
    else if (endsWithWordHyphen(out) && /^\p{Ll}/u.test(line)) out = joinHyphenated(out, line, stats);
    else if (capsSplit(out, line, stats)) out = out.slice(0, -1) + line; // "INDE-/PENDENT" where the text has "independent"
    else if (out.endsWith("-") && /[\p{L}\d]/u.test(out.charAt(out.length - 2)) && /^[\p{Lu}\d]/u.test(line)) out += line; // "Brest-/Litovsk", "1924-/1926"
    else out += (out.endsWith(" ") ? "" : " ") + line;
  }
  return out;
}

/** "pro- gramme" (an OCR'd line-end hyphen left inside a line): joined when the whole word occurs elsewhere. */
export function repairInlineHyphens(text: string, stats: WordStats): { text: string; repairs: number } {
  let repairs = 0;
  const out = text.replace(/(?<!\p{L})(\p{L}{2,})- (\p{Ll}{2,})/gu, (m, a: string, b: string) => {
    if (["and", "or", "to", "nor"].includes(b)) return m; // "pre- and post-war"
    repairs++;
    // A known whole word, or two halves that are not words on their own ("obser- vation"), join;
    // otherwise the hyphen was a real one that fell at a line end ("eighteenth- century").
    const joined = stats.words.has((a + b).toLowerCase()) || (!stats.repeated.has(b.toLowerCase()) && !COMPOUND_FIRST.has(a.toLowerCase()));
    return joined ? a + b : `${a}-${b}`;
  });
  return { text: out, repairs };
}
