// Joining lines and page-separated fragments: a hyphen at a line end is a soft (typesetting) hyphen
// unless the document shows the hyphenated form elsewhere ("Brest-Litovsk", "thirty-five"), the
// next part starts with a capital, or the halves are two English words whose join is not one
// ("ever-/present": "everpresent" is no word, "ever" and "present" are).
// `joins` counts line-end hyphens resolved while joining (for LayoutReport.hyphenationRepairs).
import { englishLexicon } from "./english-lexicon";
import { isEnglishWord } from "./english-words";

export type WordStats = {
  words: Set<string>; repeated: Set<string>; hyphenated: Set<string>; joins: number;
  /** The document's line-end hyphens are all hard ones: a plain e-text never breaks a word at a line end (see lineHyphensHard). */
  hardLineHyphens?: boolean;
};

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
  return { words, repeated, hyphenated, joins: 0, hardLineHyphens: lineHyphensHard(doc, words, hyphenated) };
}

// Line-end hyphens needed before their kind is judged: one or two in a document tell nothing.
const HARD_MIN_LINE_HYPHENS = 3;
// SUBTLEX count of a closed word in everyday use ("children", "harmless"; "outhouses" has 5).
const COMMON_WHOLE = 100;

/**
 * Whether every line-end hyphen of the document is a hard one (session 21). An e-text transcribed
 * from a book joins the words the printer broke, so a hyphen that still ends a line belongs to a
 * compound ("house-" / "martin", "frond-" / "crowned") even when its halves would make a word
 * ("out-" / "houses"); a scan keeps the printer's breaks, and one break that cuts a word into
 * pieces ("obser-" / "vation": the join a word, a half no word) shows it. So: three line-end hyphens
 * or more, and none of them cuts a word. Stops at the first that does, which in a scan comes early.
 */
function lineHyphensHard(doc: string, words: Set<string>, hyphenated: Set<string>): boolean {
  const counts = englishLexicon().counts;
  // A half is a word when general English uses it or a dictionary lists it ("tit", "larks"); the
  // dictionary is asked only about a half SUBTLEX lacks, and only until the first cut word.
  const half = (w: string) => (counts.get(w) ?? 0) >= HALF_MIN_COUNT || (w.length >= 3 && isEnglishWord(w));
  let seen = 0;
  for (const m of doc.matchAll(/(?<![\p{L}-])(\p{L}+)-[ \t]*\r?\n[ \t]*(\p{Ll}+)/gu)) {
    seen++;
    const [a, b] = [m[1].toLowerCase(), m[2]];
    const whole = a + b;
    // A hyphen the document writes inside a line too, a compound's usual first element ("self-",
    // "three-"), or the old "to-day", "to-morrow": hyphens that old e-texts print and that say nothing
    // of a cut word (fixclean21: one "to-" / "day" turned the rule off for a whole book).
    if (hyphenated.has(`${a}-${b}`) || COMPOUND_FIRST.has(a) || (a === "to" && half(b))) continue;
    // Two words whose join is a common word ("child-" / "ren", "harm-" / "less"): a word cut by the
    // printer, since no e-text hyphenates a common closed word. Two words whose join is rare or none
    // ("out-" / "houses", "ring-" / "ousels") may be either.
    if (half(a) && half(b)) {
      if ((counts.get(whole) ?? 0) >= COMMON_WHOLE) return false;
      continue;
    }
    if (words.has(whole) || counts.has(whole) || isEnglishWord(whole)) return false;
  }
  return seen >= HARD_MIN_LINE_HYPHENS;
}

// First elements of compounds that keep their hyphen at a line end: "three-/quarters", "self-/evident".
const COMPOUND_FIRST = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
  "seventy", "eighty", "ninety", "hundred", "half", "self", "well", "ill", "non", "quasi",
]);

/**
 * Joins `left` (ending in "word-") and `right` (starting "rest...") across a line or page break.
 * `lineEnd`: the break is a line end inside a block, where a plain e-text's hard hyphens stand
 * (stats.hardLineHyphens); a join across a page or block break is judged as before, for the
 * document-wide evidence only sees hyphens at line ends (a scan's "politi-" / head / "cal").
 */
export function joinHyphenated(left: string, right: string, stats: WordStats, lineEnd = false): string {
  const l = left.trimEnd();
  const a = l.slice(-60).match(/(?<!\p{L})(\p{L}+)-$/u)?.[1] ?? "";
  const b = right.match(/^\s*(\p{L}+)/u)?.[1] ?? "";
  const keep = !b || (lineEnd && stats.hardLineHyphens) || /^\p{Lu}/u.test(b) || COMPOUND_FIRST.has(a.toLowerCase()) || (stats.hyphenated.has(`${a}-${b}`.toLowerCase()) && !stats.words.has(`${a}${b}`.toLowerCase())) || twoWordCompound(a, b, stats);
  stats.joins++;
  return keep ? l + right.trimStart() : l.slice(0, -1) + right.trimStart();
}

// A half counts as a word of its own only when general English uses it this often (SUBTLEX-US counts
// in 51 million words): the list also holds fragments ("rly", "ment") with a handful of uses.
export const HALF_MIN_COUNT = 20;
// Bound prefixes and endings that the word list also holds as words of their own ("con", "pro",
// "ness", "ing"): a word split after or before one of them is one word ("dis-/organised").
const BOUND_PREFIX = /^(?:pre|dis|con|com|pro|sub|per|mis|sur|syn|trans)$/;
export const BOUND_SUFFIX = /^(?:ness|less|ship|hood|fold|some|like|wise|ward|wards|ly|ish|ism|ist|dom|th|teen|ty|ing|ings|ment|ments|able|ible|ance|ence|ous|ive|ate|ated|ation|age|ages|ant|ent|ery|ers|est)$/;

/**
 * "ever-/present", "bridge-/building": both halves are English words of some frequency and the
 * joined form is neither an English word nor one this document writes. A soft hyphen splits a word
 * into pieces that are usually not words ("obser-/vation"), or whose join is ("some-/thing").
 */
export function twoWordCompound(a: string, b: string, stats: Pick<WordStats, "words">): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x.length < 3 || y.length < 3 || BOUND_PREFIX.test(x) || BOUND_SUFFIX.test(y)) return false; // "re-", "un-", "-ing"
  const counts = englishLexicon().counts;
  if (counts.has(x + y) || stats.words.has(x + y)) return false;
  return (counts.get(x) ?? 0) >= HALF_MIN_COUNT && (counts.get(y) ?? 0) >= HALF_MIN_COUNT;
}

/** "word-" at the very end (checked without an end-anchored regex, which V8 tries at every position). */
export function endsWithWordHyphen(s: string): boolean {
  return s.endsWith("-") && /\p{L}/u.test(s.charAt(s.length - 2));
}

// First halves of compounds in capitals that keep their hyphen before a second half that is no word
// ("NEO-/GOTHIC"-like prefixes, and combining forms in "-o": "ITALO-/BYZANTINE").
const CAPS_PREFIX = /^(?:anti|counter|post|neo|pro|pre|pan|mid|sub|non|semi|ex|inter|trans|ultra|pseudo)$/;
// A first half this short, and none of those, is a syllable of a word; a longer one is a word or a
// name of its own ("ALSACE-/LORRAINE"-like pairs of names), whose hyphen stays.
const MAX_SYLLABLE = 3;

/**
 * A word in capitals split at a line end, whose halves make a word the document uses, or split after
 * a short syllable before a second half that is no word at all ("HAL-/DREN": an invented name cut in
 * two). A compound's hyphen stays: both halves words ("NORTH-/WEST"), a prefix or combining form
 * first, or a first half of four letters or more (a name or word joined to another by the hyphen).
 */
function capsSplit(out: string, line: string, stats: WordStats): boolean {
  const a = out.slice(-40).match(/(?<!\p{L})(\p{Lu}{2,})-$/u)?.[1];
  const b = line.match(/^(\p{Lu}{2,})(?!\p{L})/u)?.[1];
  if (!a || !b || stats.hyphenated.has(`${a}-${b}`.toLowerCase())) return false;
  const whole = (a + b).toLowerCase();
  if (stats.words.has(whole)) return true;
  const first = a.toLowerCase();
  if (first.length > MAX_SYLLABLE || COMPOUND_FIRST.has(first) || CAPS_PREFIX.test(first) || first.endsWith("o")) return false;
  const half = b.toLowerCase();
  return (englishLexicon().counts.get(half) ?? 0) < HALF_MIN_COUNT && !stats.repeated.has(half);
}

// A dash set closed up to the word before it ("town--", "town—") at a line end: the line's break is
// no word space, for the text sets its dashes closed ("town--the") and a dash with a space before it
// ("town --") is left as printed. The next line goes on with a word, a figure or a quotation.
export const DASH_GOES_ON = /^["“‘'(]?[\p{L}\d]/u;
export function endsWithClosedDash(s: string): boolean {
  const dash = s.endsWith("—") ? 1 : s.endsWith("--") && !s.endsWith("---") ? 2 : 0;
  return dash > 0 && /[^\s—-]/u.test(s.charAt(s.length - dash - 1));
}

/** Joins the lines of one block into running text, repairing end-of-line hyphenation. */
export function joinLines(lines: string[], stats: WordStats): string {
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!out) out = line;
    else if (endsWithWordHyphen(out) && /^\p{Ll}/u.test(line)) out = joinHyphenated(out, line, stats, true);
    else if (capsSplit(out, line, stats)) out = out.slice(0, -1) + line; // "INDE-/PENDENT" where the text has "independent"
    else if (out.endsWith("-") && /[\p{L}\d]/u.test(out.charAt(out.length - 2)) && /^[\p{Lu}\d]/u.test(line)) out += line; // "Brest-/Litovsk", "1924-/1926"
    else if (endsWithClosedDash(out) && DASH_GOES_ON.test(line)) out += line; // "the harbour--/the pilot": the dash set closed up, as within lines
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
    // A second half the document repeats ("most", "her") used to keep the hyphen; the join being an
    // English word outweighs that (session 21: "utter- most", "conside- rable", "Altoget- her"), unless
    // the document writes the hyphened form itself or the first half is a prefix that takes a hyphen
    // as often as not ("anti- clerical", "semi- circle").
    const whole = (a + b).toLowerCase();
    const english = !CAPS_PREFIX.test(a.toLowerCase()) && (englishLexicon().counts.has(whole) || isEnglishWord(whole)) && !stats.hyphenated.has(`${a}-${b}`.toLowerCase());
    const joined = stats.words.has(whole) || english || (!stats.repeated.has(b.toLowerCase()) && !COMPOUND_FIRST.has(a.toLowerCase()) && !twoWordCompound(a, b, stats));
    return joined ? a + b : `${a}-${b}`;
  });
  return { text: out, repairs };
}
