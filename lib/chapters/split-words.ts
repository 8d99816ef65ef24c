// Words OCR broke in two at a wide letter gap ("stor my", "gene ral"): in a scan's text, two
// lower-case pieces one space apart are one word when the joined form is a word (of some frequency
// in general English, or a dictionary word the document uses elsewhere) and one piece is no word at
// all: neither general English of some frequency, nor a dictionary word, nor used again in the
// document. Two words whose join is also a word ("in consumable", "a part") stay apart. One pass.
import { englishLexicon } from "./english-lexicon";
import { isEnglishWord } from "./english-words";
import { HALF_MIN_COUNT } from "./hyphen";

// SUBTLEX count under which a "word" is a fragment or a name: the same bar hyphen.ts sets for halves.
const MIN_COUNT = HALF_MIN_COUNT;
const PAIR = /(?<![\p{L}'’\-\d])(\p{Ll}{2,}) (\p{Ll}{2,})(?![\p{L}'’\-\d])/gu;

export function joinSplitWords(text: string): { text: string; count: number } {
  const counts = englishLexicon().counts;
  const uses = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    uses.set(w, (uses.get(w) ?? 0) + 1);
  }
  const isWord = (w: string) => (counts.get(w) ?? 0) >= MIN_COUNT || isEnglishWord(w) || (uses.get(w) ?? 0) >= 2;
  const joins = (a: string, b: string) => {
    if (isWord(a) && isWord(b)) return false;
    const whole = a + b;
    return (counts.get(whole) ?? 0) >= MIN_COUNT || ((uses.get(whole) ?? 0) >= 1 && isEnglishWord(whole));
  };
  let count = 0;
  // A word may be the second half of one pair and the first of the next ("the gene ral"): each
  // match is tried, and on a miss the scan goes on from its second word.
  let out = "";
  let last = 0;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    if (joins(m[1], m[2])) {
      out += text.slice(last, m.index) + m[1] + m[2];
      last = m.index + m[0].length;
      count++;
    } else PAIR.lastIndex = m.index + m[1].length + 1;
  }
  return count ? { text: out + text.slice(last), count } : { text, count: 0 };
}
