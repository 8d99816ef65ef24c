// Words that OCR misread by one of the classic glyph confusions ("rn" for "m", "b" for "h", "c" for
// "e", "1" for "l", "cl" for "d"...). A word is repaired only when it is known neither to general
// English (SUBTLEX-US, see english-lexicon.ts) nor to the document itself (used twice or more),
// and undoing one confusion gives a word that is: "rnodern" -> "modern", "c1ear" -> "clear",
// "tbat" -> "that". Names and rare words with no such neighbour are left alone, and so is a word a
// dictionary lists (english-words.ts) when the repair would only give another rare word: SUBTLEX,
// counted in film subtitles, lacks literary words ("clumber", which undoing "cl" for "d" would make
// "dumber", itself rare), while a dictionary's long tail holds misreadings of common words too
// ("clying", "hurden": "dying", "burden"), repaired as before. A word used twice is the document's
// own unless it is one confusion away from one of the commonest words of English: OCR makes the
// same misreading of "that" on every page ("tbat", "tbat").
//
// Session 13: two more kinds of misreading, both only in words that neither list knows. A dropped
// ligature: OCR of some faces reads "fi", "fl", "ff", "ffi", "ffl" as nothing ("oce", "ourish",
// "dierent"); the word is repaired when exactly one ligature put back at one place gives a word in
// use ("office", "flourish", "different"). And a capitalised word is judged only where
// every use of it opens a sentence ("Wbile the…"): a capitalised word inside a sentence is a name,
// and only a digit in it ("Ha1ifax") is taken for a misreading.
import { englishLexicon } from "./english-lexicon";
import { isEnglishWord } from "./english-words";
import { applyWordFixes } from "./word-fixes";

const english = () => englishLexicon().counts;

// Misreading -> what was printed. Each is undone at one place in a word at a time. The confusions of
// one letter for another (c/e, b/h, i/l, n/u) also turn real rare words into common ones ("bole"
// into "hole"), so they are undone only towards a word of some frequency in general English.
const STRONG: [string, string][] = [["rn", "m"], ["m", "rn"], ["cl", "d"], ["li", "h"], ["ii", "u"], ["vv", "w"], ["tl", "d"], ["1", "l"], ["1", "i"], ["0", "o"], ["5", "s"]];
const WEAK: [string, string][] = [["b", "h"], ["h", "b"], ["c", "e"], ["e", "c"], ["l", "i"], ["i", "l"], ["n", "u"], ["u", "n"]];
const WEAK_MIN_COUNT = 100;
const CAPITAL_MIN_COUNT = 1000; // SUBTLEX count of a word of everyday English ("while", "after", "never")

function variants(word: string, confusions: [string, string][]): string[] {
  const out: string[] = [];
  for (const [from, to] of confusions) {
    for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) out.push(word.slice(0, at) + to + word.slice(at + from.length));
  }
  return out;
}

// The ligatures a typeface draws as one glyph, which some OCR reads as nothing at all.
const LIGATURES = ["fi", "fl", "ff", "ffi", "ffl"];

/**
 * The word in use (SUBTLEX) that one ligature put back at one place in `word` makes; none when more
 * than one does. A dictionary's long tail would take a word's half for a rare word ("ectual" for
 * a rare word, where "intell-" / "ectual" was split at a line end).
 */
function ligatureRepair(word: string, dict: Map<string, number>): string | null {
  const found = new Set<string>();
  for (let at = 0; at <= word.length; at++) {
    for (const lig of LIGATURES) {
      const v = word.slice(0, at) + lig + word.slice(at);
      if (dict.has(v)) found.add(v);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

const HALF_REACH = 600; // characters above a word searched for a hanging first half: a side-note's few lines

/**
 * Whether some use of `word` follows, within a few lines, a first half hyphenated at a line end
 * ("unhur-") that it completes: the last such half above it, the one a side-note would have cut off.
 */
function secondHalf(doc: string, word: string, completes: (half: string) => boolean): boolean {
  for (let at = doc.indexOf(word); at >= 0; at = doc.indexOf(word, at + word.length)) {
    const above = doc.slice(Math.max(0, at - HALF_REACH), at);
    let half: string | null = null;
    for (const m of above.matchAll(/(?<![\p{L}-])(\p{L}+)-[ \t]*\n/gu)) half = m[1];
    if (half && completes(half.toLowerCase())) return true;
  }
  return false;
}

// What may stand before a word that opens a sentence: a stop and quotes or brackets, or nothing.
const SENTENCE_OPENING = /(?:^|[.!?]["”’)\]]*)\s*["“‘(\[]*$/;

const COMMON = 50_000; // SUBTLEX count of the commonest few hundred words ("the", "was", "his")

// Runs of letters and digits; a word is one that begins and ends with a letter ("c1ear", not "1790").
const TOKEN = /[\p{L}\d]+/gu;
const IS_WORD = /^\p{L}(?:[\p{L}\d]*\p{L})?$/u;
// Lower case, or capitalised: a word in capitals or with capitals inside is a name or an acronym.
const CASED = /^\p{Lu}?\p{Ll}+$/u;

const NEIGHBOURS = 4; // words each side of a use looked at

/**
 * The words of `words` every use of which stands among words English does not know (a quotation in
 * Latin or Italian: "regni novitas me talia cogunt"): an unknown word there is a word of that
 * language, not a misreading, and "repairing" it towards an English neighbour ("talia" to "taha")
 * garbles it. One pass over the document collects where each is used.
 */
function amongForeignWords(doc: string, words: ReadonlyMap<string, unknown>, dict: Map<string, number>): string[] {
  if (!words.size) return [];
  const uses = new Map<string, number[]>();
  for (const m of doc.matchAll(TOKEN)) {
    if (!words.has(m[0])) continue;
    const at = uses.get(m[0]);
    if (at) at.push(m.index); else uses.set(m[0], [m.index]);
  }
  const foreignAt = (index: number, length: number) => {
    const before = doc.slice(Math.max(0, index - 80), index).match(/\p{L}+/gu)?.slice(-NEIGHBOURS) ?? [];
    const after = doc.slice(index + length, index + length + 80).match(/\p{L}+/gu)?.slice(0, NEIGHBOURS) ?? [];
    const around = [...before, ...after].filter((x) => x.length >= 2);
    const english = around.filter((x) => dict.has(x.toLowerCase())).length;
    return around.length >= 4 && english * 2 <= around.length;
  };
  return [...uses].filter(([w, at]) => at.every((index) => foreignAt(index, w.length))).map(([w]) => w);
}

/**
 * The words of `words` that end a line with a piece in small letters opening the next, the two
 * joined making a word in use: the first half of a word whose line-end hyphen the OCR lost ("bril" /
 * "liant"), which no repair should turn into another word (session 23).
 */
function firstHalves(doc: string, words: ReadonlyMap<string, unknown>, dict: Map<string, number>): string[] {
  if (!words.size) return [];
  const halves = new Set<string>();
  // One pass over the line ends: the word before each, the piece in small letters after it.
  for (const m of doc.matchAll(/(?<![\p{L}\d])([\p{L}\d]+)[ \t]*\n(?=[ \t]*(\p{Ll}+))/gu)) {
    if (words.has(m[1]) && dict.has((m[1] + m[2]).toLowerCase())) halves.add(m[1]);
  }
  return [...halves];
}

// A span the transcriber set in italics, "_…_" or "*…*", within a few lines.
const ITALIC_SPAN = /(?<![\p{L}\d_*])([_*])(?=[^\s_*])[^_*]{1,300}?(?<=[^\s_*])\1(?![\p{L}\d_*])/gu;

/**
 * The words of `words` every use of which the transcriber set in italics: a word cited as a word or
 * one of a quotation in another language ("the termination _bilis_", "_talis_, _tunc_"), which an
 * e-text prints as the book spells it; "repairing" it towards an English word garbles it (session 23).
 */
function italicOnly(doc: string, words: ReadonlyMap<string, unknown>): string[] {
  if (!words.size || (!doc.includes("_") && !doc.includes("*"))) return [];
  const spans: [number, number][] = [...doc.matchAll(ITALIC_SPAN)].map((m) => [m.index, m.index + m[0].length]);
  if (!spans.length) return [];
  const inside = (at: number) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][1] <= at) lo = mid + 1;
      else if (spans[mid][0] > at) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const outside = new Set<string>();
  for (const m of doc.matchAll(TOKEN)) if (words.has(m[0]) && !inside(m.index)) outside.add(m[0]);
  return [...words.keys()].filter((w) => !outside.has(w));
}

const NAME_MIN_COUNT = 100; // SUBTLEX count of a name in everyday use (a country's, a city's)

/**
 * The word "rn" read for "m" misreads, when SUBTLEX (counted in film subtitles) lacks it: a word a
 * dictionary lists ("sornewhat": "somewhat"), the word as written being used only once. A
 * capitalised word inside a sentence is a name: it is repaired only into a name in everyday use,
 * one SUBTLEX counts but no dictionary lists as a word, never into a common word (a surname in
 * "-rne" is not made a word in "-me"), and only when the document itself spells that name so
 * elsewhere (the misread name with the right spelling a page away; a lone misreading may be a name
 * of its own).
 */
function rnRepair(lower: string, name: boolean, dict: Map<string, number>, repeated: boolean, namedElsewhere: (v: string) => boolean): string | null {
  const found = variants(lower, [["rn", "m"]]).filter((v) =>
    name ? (dict.get(v) ?? 0) >= NAME_MIN_COUNT && !isEnglishWord(v) && namedElsewhere(v) : !repeated && isEnglishWord(v));
  return found.length === 1 ? found[0] : null;
}

/** Repairs single-confusion misreadings in running text; returns the text and how many were repaired. */
export function repairOcrWords(doc: string): { text: string; repairs: number; fixes: Map<string, string>; applied: Map<string, number> } {
  const written = new Map<string, number>(); // tokens as written: each distinct one is judged once
  const insideSentence = new Set<string>(); // capitalised tokens used at least once inside a sentence
  for (const m of doc.matchAll(TOKEN)) {
    written.set(m[0], (written.get(m[0]) ?? 0) + 1);
    if (/^\p{Lu}/u.test(m[0]) && !SENTENCE_OPENING.test(doc.slice(Math.max(0, m.index - 8), m.index))) insideSentence.add(m[0]);
  }
  const counts = new Map<string, number>();
  for (const [w, n] of written) {
    const lower = w.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + n);
  }
  const seen = written.keys();
  const dict = english();
  const uses = (w: string) => counts.get(w) ?? 0;
  const known = (w: string) => dict.has(w) || uses(w) >= 2;
  // A word judged against a one-letter repair is the document's own when used twice, or once beside
  // its plural or singular ("a gnat", "the gnats"; session 21). Only the word judged: a repair's target
  // is not made a word by another word ending in "s" ("nucleu" by "nucleus"). Not for the "rn" and
  // ligature repairs, though: OCR misreads those the same way every time, so "the ofcer … the ofcers"
  // is one misreading seen twice, not the document's own word (fixclean21).
  const repeated = (w: string) => uses(w) + uses(`${w}s`) + uses(`${w}es`) + (w.endsWith("s") ? uses(w.slice(0, -1)) : 0) >= 2;
  const usedTwice = (w: string) => uses(w) >= 2;
  const fixes = new Map<string, string>(); // token as written -> repaired
  for (const w of seen) {
    if (w.length < 3 || !IS_WORD.test(w)) continue;
    const digits = /\d/.test(w);
    const lower = w.toLowerCase();
    if ((!digits && !CASED.test(w)) || dict.has(lower)) continue;
    const capital = /^\p{Lu}/u.test(w);
    // A capitalised word inside a sentence is a name: only a digit in it is a misreading ("Ha1ifax").
    // One that only ever opens a sentence is an ordinary word, capitalised ("Wbile the…").
    const name = capital && insideSentence.has(w);
    // "rn" read for "m" where the word as written is no word at all (neither list knows it).
    if (!digits && lower.includes("rn") && !isEnglishWord(lower)) {
      const repaired = rnRepair(lower, name, dict, usedTwice(lower), (v) => written.has(v.charAt(0).toUpperCase() + v.slice(1)));
      if (repaired) {
        fixes.set(w, capital ? repaired.charAt(0).toUpperCase() + repaired.slice(1) : repaired);
        continue;
      }
    }
    if (name && !digits) continue;
    // Short capitalised words are mostly names; short unknown words mostly foreign or abbreviations.
    if (!digits && capital && w.length < 5) continue;
    // (Or towards a rarer word that the document itself uses and a dictionary lists, from a word no
    // dictionary lists: "inbabited" where "inhabited" stands a page away.)
    // Not from a word a dictionary lists, though (session 21): one letter for another turns a real
    // rare word into a common one ("bole" into "hole", a fly's name into a fruit's), and nothing in
    // the word itself tells the misreading from the word; a wrong repair costs more than a missed one.
    // (The dictionary, about 1 ms a miss, is asked only when some variant is worth it.)
    const weakFound = name ? [] : variants(lower, WEAK).filter((v) => (dict.get(v) ?? 0) >= WEAK_MIN_COUNT || (dict.has(v) && counts.has(v)));
    const weak = !weakFound.length || (!digits && isEnglishWord(lower)) ? [] : weakFound.filter((v) => (dict.get(v) ?? 0) >= WEAK_MIN_COUNT || (!isEnglishWord(lower) && isEnglishWord(v)));
    let best: string | null = null;
    for (const v of [...variants(lower, STRONG), ...weak]) {
      // A capitalised word opening a sentence may still be a name: without a digit in it, it becomes
      // only a common word a dictionary lists ("Wbile": "While"), never a rarer one (an invented name "Holbrow" is no "bolbrow").
      if (!known(v) || /\d/.test(v) || (capital && !digits && ((dict.get(v) ?? 0) < CAPITAL_MIN_COUNT || !isEnglishWord(v)))) continue;
      if (!best || (dict.get(v) ?? 0) + (counts.get(v) ?? 0) > (dict.get(best) ?? 0) + (counts.get(best) ?? 0)) best = v;
    }
    // A dropped ligature, in a word no dictionary lists, that the document does not use twice as it is
    // (unless what it misreads is one of the commonest words: "rst" for "first" on every page).
    if (!best && !digits && !name && w.length >= 4) {
      // (The dictionary, a search of a 2.8 MB text, is asked only when a ligature would repair the word.)
      const found = ligatureRepair(lower, dict);
      const lig = found && !isEnglishWord(lower) ? found : null;
      // Not the second half of a word hyphenated at a line end with something read between ("unhur-" /
      // a side-note / "ried"): a first half left hanging a few lines above it makes it a word.
      if (lig && secondHalf(doc, w, (h) => dict.has(h + lower) || isEnglishWord(h + lower))) continue;
      if (lig && (!usedTwice(lower) || (dict.get(lig) ?? 0) >= COMMON)) {
        fixes.set(w, capital ? lig.charAt(0).toUpperCase() + lig.slice(1) : lig);
        continue;
      }
    }
    if (!best || (!digits && w.length <= 3 && (dict.get(best) ?? 0) < COMMON)) continue;
    if (repeated(lower) && (dict.get(best) ?? 0) < COMMON) continue; // the document's own word, used twice
    // A word a dictionary lists is taken for a misreading only of a word of some frequency ("clying"
    // for "dying"), never "repaired" into another rare one ("clumber" is no "dumber").
    if (!digits && (dict.get(best) ?? 0) < WEAK_MIN_COUNT && isEnglishWord(lower)) continue;
    fixes.set(w, capital ? best.charAt(0).toUpperCase() + best.slice(1) : best);
  }
  for (const w of amongForeignWords(doc, fixes, dict)) fixes.delete(w);
  for (const w of firstHalves(doc, fixes, dict)) fixes.delete(w);
  for (const w of italicOnly(doc, fixes)) fixes.delete(w);
  if (!fixes.size) return { text: doc, repairs: 0, fixes, applied: new Map() };
  return { ...applyWordFixes(doc, TOKEN, fixes), fixes };
}
