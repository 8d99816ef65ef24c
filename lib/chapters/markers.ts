// Footnote markers in body text: <sup>3</sup>, [^3], ^3, Unicode superscripts (³, ¹²) and, in
// books with endnotes, bracketed [3]. Each is replaced by a placeholder \u0001n\u0002 carrying its
// number; the placeholders are removed (and their offsets recorded) when the chapter is assembled.
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

const SUPERSCRIPT_ANY = new RegExp(`[${SUPERSCRIPT}]`);
const SUPERSCRIPT_MARKER = new RegExp(`(?<=[\\p{L}.,;:!?)"”’])([${SUPERSCRIPT}]{1,3})`, "gu");

// "word^12": a caret and a number after a word or its punctuation, a note cue unless isPower says so.
const CARET_CUE = /(?<=[\p{L}.,;:!?)"”’])\^(\d{1,3})\b/gu;
// The base of a power: a letter standing alone, a number allowed before it ("y^3", "2x^2"); two or
// three lower-case letters with no vowel, so no word ("xy^2", read by isPower); a bracket holding a sum or
// product ("(a+b)^2", "(2 - x)^3").
const POWER_LETTER = /(?<!\p{L})\p{L}$/u;
const POWER_LETTERS = /(?<!\p{L})(\p{Ll}{2,3})$/u;
const POWER_GROUP = /\([\p{L}\d\s.]*[+\-−*/×][\p{L}\d\s.+\-−*/×]*\)$/u;

/**
 * Whether the "^" at `at` raises to a power rather than cites a note: one rule for the markers here
 * and for the endnote finder's count of cited numbers (endnotes.ts).
 */
export function isPower(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (POWER_LETTER.test(before) || POWER_GROUP.test(before)) return true;
  const run = before.match(POWER_LETTERS);
  return !!run && !/[aeiou]/.test(run[1]); // no vowel: no word
}

export const PLACEHOLDER = /\u0001([^\u0002]*)\u0002/g;

/**
 * `letters`: the file's notes are lettered ("[Footnote b: …]"), so a small letter in brackets glued to
 * a word or its stop ("the council[b]," "realm[c].") is a note's cue too.
 */
export function markPlaceholders(s: string, bracketed: boolean, letters = false): { text: string; count: number } {
  let count = 0;
  const mark = (n: string) => { count++; return `\u0001${n}\u0002`; };
  // Each pattern runs only when its tell-tale character occurs: several open with a lookbehind,
  // which V8 tries at every position of the paragraph.
  let text = s;
  if (text.includes("<sup")) {
    text = text
      .replace(/(?<=\d)<sup>\s*(st|nd|rd|th|e|er|re)\s*<\/sup>/gi, "$1") // ordinals: 19<sup>th</sup>
      .replace(/\s*<sup>\s*([0-9*†‡§a-z]{1,4})\s*<\/sup>/gi, (_m, n: string) => mark(n));
  }
  // "[^7]:" opens a note's definition at a line's start; glued to a word ("he says[^7]: 'For…") it is
  // a cue that a colon follows, as a quotation's lead-in does; so is one after an italic title's
  // closing mark ("in _The Chronicle_[^7]:").
  if (text.includes("[^")) text = text.replace(/\s*\[\^([^\]\s]{1,40})\](?!:)|(?<=[\p{L}\d.,;!?)"”’_*])\[\^([^\]\s]{1,40})\](?=:)/gu, (_m, n: string | undefined, glued: string | undefined) => mark(n ?? glued!));
  // "word^12" is a note cue; "y^2", "2x^2", "xy^2", "(a+b)^2" are an algebra's powers, kept.
  if (text.includes("^")) text = text.replace(CARET_CUE, (m, n: string, at: number, all: string) => (isPower(all, at) ? m : mark(n)));
  if (SUPERSCRIPT_ANY.test(text)) text = text.replace(SUPERSCRIPT_MARKER, (_m, n: string) => mark([...n].map((c) => SUPERSCRIPT.indexOf(c)).join("")));
  // "[3]", and in scientific text "[2, 3]" or "[4-6]": one marker per note cited.
  if (bracketed && text.includes("[")) text = text.replace(/(?<=[\p{L}\d.,;:!?)"”’_*])\s?\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,8})\](?!\()/gu, (_m, list: string) => expand(list).map(mark).join(""));
  if (letters && text.includes("[")) text = text.replace(/(?<=[\p{L}\d.,;:!?)"”’_*])\[([a-z])\](?![(\[])/gu, (_m, n: string) => mark(n));
  return { text, count };
}

/** "2, 3" -> ["2", "3"]; "4-6" -> ["4", "5", "6"] (short ranges only). */
export function expand(list: string): string[] {
  return list.split(/\s*,\s*/).flatMap((part) => {
    const r = part.match(/^(\d+)\s*[–-]\s*(\d+)$/);
    if (!r) return [part.trim()];
    const [a, b] = [Number(r[1]), Number(r[2])];
    return b > a && b - a <= 20 ? Array.from({ length: b - a + 1 }, (_, i) => String(a + i)) : [r[1], r[2]];
  });
}

/** A footnote line: "<sup>2</sup> text", "[^2]: text", "² text", "^2 text". Returns its number and text. */
export function parseFootnoteLine(line: string): { number: string; text: string } | null {
  const m =
    line.match(/^\s*<sup>\s*([0-9*†‡§a-z]{1,4})\s*<\/sup>\s*(.*)$/is) ??
    line.match(/^\s*\[\^([^\]\s]{1,40})\]:\s*(.*)$/s) ??
    line.match(/^\s*\^(\d{1,3})\s+(.*)$/s) ??
    line.match(new RegExp(`^\\s*([${SUPERSCRIPT}]{1,3})\\s*(.*)$`, "s"));
  if (!m) return null;
  const number = /^[⁰-⁹¹²³]+$/.test(m[1]) ? [...m[1]].map((c) => SUPERSCRIPT.indexOf(c)).join("") : m[1];
  return { number, text: m[2] };
}
