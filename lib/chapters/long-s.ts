// Books printed before about 1800 set the long s ("ſ") everywhere but at a word's end, and OCR
// reads it as "f": "faid", "queftion", "happinefs". A word is repaired only where the f-form is no
// English word and the s-form is ("fame", "fat", "feal" stay), and only in a text that shows the
// pattern: several different such words, so that a modern text with a stray misprint is never
// touched. The f at a word's end is never a long s.
//
// Once a text shows the pattern, three more kinds are read (session 19):
// - a word broken at a line's end, or at a column's or page's foot ("busi-" / "nefs", "folici-" /
//   column number / "tude"): judged whole, and each half repaired in place, the break kept;
// - a word the film-subtitle counts lack but the dictionary lists ("pofsefsed", "diftinctly"):
//   its s-reading is taken when the dictionary lists that and not the word as it stands;
// - a real word whose s-reading is far commoner in English and is printed in the same text
//   ("fo" -> "so", "fee" -> "see", "fet" -> "set", "confider" -> "consider"): in an old book
//   that reads its long s as f, the f-form of so common a word is far likelier a misreading than
//   the rare word it spells. Pairs of comparable frequency ("wife"/"wise", "fold"/"sold") stay.
//   Never a word the text sets after an article or a preposition anywhere ("held in fee fimple",
//   "a grove of fir"), unless the text sets its s-reading so too ("the reft" beside "the rest"): a
//   noun there, where a verb or a function word ("see", "so") never stands;
//   and a capitalised word only when the text prints it in lower case too and reads that so (a name,
//   "Fay", is never a sentence's "Say").
import { englishLexicon } from "./english-lexicon";
import { isEnglishWord } from "./english-words";
import { applyWordFixes } from "./word-fixes";

// The pattern: at least this many different words, and one for every so many characters of text
// (an old book of a megabyte has hundreds; a modern one a misprint or two).
const MIN_WORDS = 3;
const CHARS_PER_WORD = 20_000;
const MAX_LONG_S = 3; // f's in one word tried as s's in every combination (2^3 readings)
// A real word is read as its s-form only when that is this many times commoner in English.
const REAL_WORD_RATIO = 100;
// Dictionary look-ups (about a millisecond each) allowed for one document's words unknown to the
// counts with no s-reading there: the few dozen of an excerpt, and a bounded cost for a whole book.
const MAX_DICTIONARY_LOOKUPS = 90;
// A word broken at a line's end, its second half after up to four lines without a lower-case letter
// between (a blank line, a column's or page's number, a running head in capitals).
const BROKEN = /(?<!\p{L})(\p{L}+)-\n((?:[^\p{Ll}\n]*\n){0,4}?)([ \t]*)(\p{Ll}+)/gu;

const TOKEN = /\p{L}+/gu;
// An article, a possessive or a preposition and the word after it: that word is a noun (or an
// adjective) there. ("to" is left out: "to see", "to set" are verbs.)
const AFTER_DETERMINER = /(?<!\p{L})(?:the|a|an|his|her|its|my|our|your|their|this|these|those|in|of|on|at|by|for|from|with|into|upon|under|over|through|about|among|between|without|within)\s+(\p{L}+)/giu;
// Lower case, or capitalised (a sentence's first word): a word in capitals is a heading or an acronym.
const CASED = /^\p{Lu}?\p{Ll}+$/u;

/** The word's readings with some of its f's (never the last letter) read as s's, commonest first. */
function readings(lower: string, counts: Map<string, number>): string[] {
  const at: number[] = [];
  for (let i = lower.indexOf("f"); i >= 0 && i < lower.length - 1; i = lower.indexOf("f", i + 1)) at.push(i);
  if (!at.length || at.length > MAX_LONG_S) return [];
  const out: string[] = [];
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = [...lower];
    at.forEach((i, k) => { if (mask & (1 << k)) chars[i] = "s"; });
    const w = chars.join("");
    if (counts.has(w)) out.push(w);
  }
  return out.sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** Repairs long s read as f when the text shows that misreading; returns the text and how many words were repaired. */
export function repairLongS(doc: string): { text: string; repairs: number } {
  if (!doc.includes("f")) return { text: doc, repairs: 0 };
  const counts = englishLexicon().counts;
  const fixes = new Map<string, string>(); // token as written -> repaired
  const held: string[] = []; // words that are English as they stand, or unknown to the counts: judged once the pattern shows
  const seen = new Set<string>();
  const consider = (w: string) => {
    if (seen.has(w)) return;
    seen.add(w);
    if (w.length < 2 || !w.includes("f") || !CASED.test(w)) return;
    const lower = w.toLowerCase();
    if (counts.has(lower)) return void held.push(w); // an English word as it stands
    const best = readings(lower, counts)[0];
    if (best) fixes.set(w, recase(w, best));
    else held.push(w);
  };
  for (const w of wordsWithF(doc)) consider(w);
  const broken = brokenWords(doc);
  for (const w of broken) consider(w);
  const enough = () => new Set([...fixes.keys()].map((w) => w.toLowerCase())).size >= Math.max(MIN_WORDS, doc.length / CHARS_PER_WORD);
  if (!enough()) return { text: doc, repairs: 0 };
  // The dictionary, last and only for the few words in question: a rare word it lists ("fash") is no
  // misreading, unless its s-reading is a far commoner word printed in this text too.
  const printed = printedWords(doc);
  let lookups = 0;
  for (const w of [...fixes.keys()]) {
    const lower = w.toLowerCase();
    if (isEnglishWord(lower) && !farCommoner(lower, fixes.get(w)!.toLowerCase(), counts, printed)) fixes.delete(w);
  }
  if (!enough()) return { text: doc, repairs: 0 };
  let nouns: Set<string> | null = null; // computed only if a real word comes up for its s-reading
  const heldSet = new Set(held);
  const commoner = (lower: string): string | null => {
    const best = readings(lower, counts)[0];
    if (!best || !farCommoner(lower, best, counts, printed)) return null;
    nouns ??= wordsAfterDeterminers(doc);
    const after = nouns.has(lower) || nouns.has(recase("A", lower));
    return after && !nouns.has(best) ? null : best; // (the s-reading in lower case: "of Sir John" is a title)
  };
  for (const w of held) {
    const lower = w.toLowerCase();
    if (counts.has(lower)) {
      // A capitalised word only as its lower-case form is read: "Fo" as "fo", a name never.
      const best = w === lower || heldSet.has(lower) ? commoner(lower) : null;
      if (best) fixes.set(w, recase(w, best));
      continue;
    }
    if (lookups >= MAX_DICTIONARY_LOOKUPS || w.length < 4) continue;
    lookups++;
    if (isEnglishWord(lower)) continue;
    const best = dictionaryReading(lower);
    lookups += 1 << Math.min(fCount(lower), MAX_LONG_S);
    if (best) fixes.set(w, recase(w, best));
  }
  const whole = applyWordFixes(doc, TOKEN, fixes);
  // A word broken at a line's end: each half repaired in place, the break between kept.
  let halves = 0;
  const text = whole.text.replace(BROKEN, (m: string, a: string, between: string, indent: string, b: string) => {
    const fixed = fixes.get(a + b);
    if (!fixed || fixed.length !== a.length + b.length) return m;
    halves++;
    return `${fixed.slice(0, a.length)}-\n${between}${indent}${fixed.slice(a.length)}`;
  });
  return { text, repairs: whole.repairs + halves };
}

const recase = (w: string, repaired: string) => (/^\p{Lu}/u.test(w) ? repaired.charAt(0).toUpperCase() + repaired.slice(1) : repaired);
const fCount = (w: string) => w.split("f").length - 1;

/** The s-reading is at least REAL_WORD_RATIO times as common as the word read, and the text prints it (correctly read) too. */
function farCommoner(word: string, reading: string, counts: Map<string, number>, printed: Set<string>): boolean {
  return (counts.get(reading) ?? 0) >= REAL_WORD_RATIO * Math.max(1, counts.get(word) ?? 0) && printed.has(reading);
}

/** The first s-reading of a word that the dictionary lists (the counts had none). */
function dictionaryReading(lower: string): string | null {
  const at: number[] = [];
  for (let i = lower.indexOf("f"); i >= 0 && i < lower.length - 1; i = lower.indexOf("f", i + 1)) at.push(i);
  if (!at.length || at.length > MAX_LONG_S) return null;
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = [...lower];
    at.forEach((i, k) => { if (mask & (1 << k)) chars[i] = "s"; });
    const w = chars.join("");
    if (isEnglishWord(w)) return w;
  }
  return null;
}

/** The lower-case words the text prints (one pass): a reading "printed in this text too". */
function printedWords(doc: string): Set<string> {
  const out = new Set<string>();
  for (const m of doc.matchAll(TOKEN)) out.add(m[0].toLowerCase());
  return out;
}

/** The words (as printed) the text sets after an article, a possessive or a preposition somewhere (one pass). */
function wordsAfterDeterminers(doc: string): Set<string> {
  const out = new Set<string>();
  for (const m of doc.matchAll(AFTER_DETERMINER)) out.add(m[1]);
  return out;
}

/** Words broken at a line's end that hold an f, joined ("great-" / "nefs" -> "greatnefs"). */
function brokenWords(doc: string): string[] {
  if (!doc.includes("-\n")) return [];
  const out: string[] = [];
  for (const m of doc.matchAll(BROKEN)) if ((m[1] + m[4]).includes("f")) out.push(m[1] + m[4]);
  return out;
}

const LETTER = /\p{L}/u;
const isLetter = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c > "\u007f" && LETTER.test(c));

/** The words (runs of letters) that hold an "f", found from each "f" outwards: only they can hold a long s. */
function* wordsWithF(doc: string): Generator<string> {
  let end = -1;
  for (let i = doc.indexOf("f"); i >= 0; i = doc.indexOf("f", Math.max(i + 1, end))) {
    let a = i, b = i + 1;
    while (a > 0 && isLetter(doc[a - 1])) a--;
    while (b < doc.length && isLetter(doc[b])) b++;
    end = b; // the rest of this word's f's are in it already
    yield doc.slice(a, b);
  }
}
