// Words OCR broke in two at a wide letter gap ("stor my", "gene ral"): in a scan's text, two
// lower-case pieces one space apart are one word when the joined form is a word (of some frequency
// in general English, or a dictionary word the document uses elsewhere) and one piece is no word at
// all: neither general English of some frequency, nor a dictionary word, nor used again in the
// document. Two words whose join is also a word ("in consumable", "a part") stay apart. One pass.
//
// Session 23: a scan whose OCR lost some of the printer's line-end hyphens leaves the word's first
// half bare at the line's end and the rest opening the next line ("reli" / "gion"). In a document that
// shows the printer cut words at line ends (three hyphened cuts at least: "obser-" / "vation"), a
// lower-case piece ending a line and one opening the next are one word when the join is a word and
// the pieces are not both words: "words" here are those general English uses (SUBTLEX) or the
// document uses elsewhere, not a dictionary's long tail ("oppo", "sed"). When one piece is such a
// word ("appea" / "red"), the join must be a word of general English; when neither is, a dictionary
// word will do ("dif" / "ferentiated"). An e-text, which never cuts a word, is left alone ("in" /
// "capaciousness" stays two words).
import { englishLexicon } from "./english-lexicon";
import { isEnglishWord } from "./english-words";
import { HALF_MIN_COUNT } from "./hyphen";

// SUBTLEX count under which a "word" is a fragment or a name: the same bar hyphen.ts sets for halves.
const MIN_COUNT = HALF_MIN_COUNT;
const PAIR = /(?<![\p{L}'’\-\d])(\p{Ll}{2,}) (\p{Ll}{2,})(?![\p{L}'’\-\d])/gu;

export function joinSplitWords(text: string): { text: string; count: number; lineEnds: number } {
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
  const joined = count ? out + text.slice(last) : text;
  const lines = joinLineEndPieces(joined, counts);
  return { text: lines.text, count, lineEnds: lines.count };
}

// A lower-case piece ending a line (spaces after it allowed) and one opening the next.
const LINE_PAIR = /([ \t]*)(?<![\p{L}'’\-\d])(\p{Ll}{2,})[ \t]*\n([ \t]*)(\p{Ll}{2,})(?![\p{L}'’\-\d])/gu;
// A word cut at a line end with its hyphen ("obser-" / "vation").
const HYPHEN_CUT = /(?<![\p{L}-])(\p{L}+)-[ \t]*\n[ \t]*(\p{Ll}+)/gu;
const MIN_CUTS = 3;

function joinLineEndPieces(text: string, counts: Map<string, number>): { text: string; count: number } {
  if (!text.includes("-\n") && !/-[ \t]+\n/.test(text)) return { text, count: 0 };
  // The document's words with its hyphened line-end cuts joined: a cut word's halves are no uses.
  const uses = new Map<string, number>();
  for (const m of text.replace(/(\p{L})-[ \t]*\n[ \t]*(?=\p{Ll})/gu, "$1").matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    uses.set(w, (uses.get(w) ?? 0) + 1);
  }
  const general = (w: string) => (counts.get(w) ?? 0) >= MIN_COUNT;
  const part = (w: string) => general(w) || (uses.get(w) ?? 0) >= 2;
  let cuts = 0;
  for (const m of text.matchAll(HYPHEN_CUT)) {
    const [a, b] = [m[1].toLowerCase(), m[2]];
    if (!part(a) && (general(a + b) || isEnglishWord(a + b)) && ++cuts >= MIN_CUTS) break;
  }
  if (cuts < MIN_CUTS) return { text, count: 0 };
  let count = 0;
  // The joined word opens the second line, so the first keeps its words whole.
  const out = text.replace(LINE_PAIR, (m, space: string, a: string, indent: string, b: string, at: number) => {
    const whole = a + b;
    const [wa, wb] = [part(a), part(b)];
    // (Not a piece alone on its line: moving it would leave the line empty, a paragraph break.)
    if ((wa && wb) || !(general(whole) || (!wa && !wb && isEnglishWord(whole))) || at === 0 || text[at - 1] === "\n") return m;
    count++;
    return `\n${indent}${whole}`;
  });
  return { text: out, count };
}
