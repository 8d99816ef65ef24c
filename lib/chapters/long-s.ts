// Books printed before about 1800 set the long s ("ſ") everywhere but at a word's end, and OCR
// reads it as "f": "faid", "queftion", "happinefs". A word is repaired only where the f-form is no
// English word and the s-form is ("fame", "fat", "feal" stay), and only in a text that shows the
// pattern: several different such words, so that a modern text with a stray misprint is never
// touched. The f at a word's end is never a long s.
import { englishLexicon } from "./english-lexicon";
import { isEnglishWord } from "./english-words";
import { applyWordFixes } from "./word-fixes";

// The pattern: at least this many different words, and one for every so many characters of text
// (an old book of a megabyte has hundreds; a modern one a misprint or two).
const MIN_WORDS = 3;
const CHARS_PER_WORD = 20_000;
const MAX_LONG_S = 3; // f's in one word tried as s's in every combination (2^3 readings)

const TOKEN = /\p{L}+/gu;
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
  const seen = new Set<string>();
  for (const w of wordsWithF(doc)) {
    if (seen.has(w)) continue;
    seen.add(w);
    if (w.length < 3 || !w.includes("f") || !CASED.test(w)) continue;
    const lower = w.toLowerCase();
    if (counts.has(lower)) continue; // an English word as it stands
    const best = readings(lower, counts)[0];
    if (best) fixes.set(w, /^\p{Lu}/u.test(w) ? best.charAt(0).toUpperCase() + best.slice(1) : best);
  }
  const enough = () => new Set([...fixes.keys()].map((w) => w.toLowerCase())).size >= Math.max(MIN_WORDS, doc.length / CHARS_PER_WORD);
  if (!enough()) return { text: doc, repairs: 0 };
  // The dictionary, last and only for the few words in question: a rare word it lists ("fash") is no misreading.
  for (const w of [...fixes.keys()]) if (isEnglishWord(w.toLowerCase())) fixes.delete(w);
  if (!enough()) return { text: doc, repairs: 0 };
  return applyWordFixes(doc, TOKEN, fixes);
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
