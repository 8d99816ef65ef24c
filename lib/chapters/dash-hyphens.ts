// Line-end hyphens a scan's OCR set as em dashes ("ulti—" / "mate"): in a document whose printer cut
// words at line ends with hyphens (three cuts at least, "obser-" / "vation"), a word's piece glued to
// an em dash ending a line, with a lower-case piece opening the next, is a cut word when the join is a
// word of general English (or a dictionary word) and the pieces are not both words: "words" are those
// general English uses (SUBTLEX) or the document uses elsewhere. A first piece that is a word is still a
// cut when it is a bound prefix ("pro", "sub") or the document never writes it alone. A real dash
// between two words ("the King—" / "the only person") joins to no word and stays. The dash becomes a
// hyphen, and the line-end hyphen rules join the word (before the OCR repair reads its halves).
import { englishLexicon } from "./english-lexicon";
import { isEnglishWord } from "./english-words";
import { HALF_MIN_COUNT } from "./hyphen";

const DASH_CUT = /(?<![\p{L}'’\-—])(\p{L}+)—([ \t]*\n[ \t]*)(\p{Ll}+)(?![\p{L}'’\-—])/gu;
const HYPHEN_CUT = /(?<![\p{L}-])(\p{L}+)-[ \t]*\n[ \t]*(\p{Ll}+)/gu;
const BOUND_PREFIX = /^(?:pre|dis|con|com|pro|sub|per|mis|sur|syn|trans|inter|under|over)$/;
const MIN_CUTS = 3;

export function readDashHyphens(text: string): { text: string; count: number } {
  if (!/\p{L}—[ \t]*\n/u.test(text)) return { text, count: 0 };
  const counts = englishLexicon().counts;
  const general = (w: string) => (counts.get(w) ?? 0) >= HALF_MIN_COUNT;
  let cuts = 0;
  for (const m of text.matchAll(HYPHEN_CUT)) {
    const whole = (m[1] + m[2]).toLowerCase();
    if ((general(whole) || isEnglishWord(whole)) && ++cuts >= MIN_CUTS) break;
  }
  if (cuts < MIN_CUTS) return { text, count: 0 };
  // The document's words, its dash and hyphen cuts left as they are: a cut word's halves are uses once.
  const uses = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+/gu)) uses.set(m[0].toLowerCase(), (uses.get(m[0].toLowerCase()) ?? 0) + 1);
  const word = (w: string) => general(w) || (uses.get(w) ?? 0) >= 2;
  let count = 0;
  const out = text.replace(DASH_CUT, (m, a: string, gap: string, b: string) => {
    const [la, whole] = [a.toLowerCase(), (a + b).toLowerCase()];
    if (!(general(whole) || isEnglishWord(whole))) return m;
    if (word(la) && word(b) && !BOUND_PREFIX.test(la) && (uses.get(la) ?? 0) >= 2) return m;
    count++;
    return `${a}-${gap}${b}`;
  });
  return { text: out, count };
}
