// Dashes typed as a hyphen and a space. Some e-texts write the dash of a parenthesis as "- " after a
// word: "…by no means as an effect- what does not subserve my inclination…", "wisdom- which
// otherwise consists more in conduct than in knowledge- yet has need of science". The clean-up reads
// "word- word" inside a line as a line-end hyphen that OCR left in place ("pro- gramme") and joins
// it ("effect-what"); at a line end the trailing space is lost and the two words are glued into one
// ("effects-" / "agreeableness" -> "effectsagreeableness").
//
// The convention is the document's: it is adopted when the text shows "word- " before a word that no
// split word could end with, a function word ("- what", "- in", "- but", "- then", "- a") three times
// or more. Then "X- Y" inside a line, and "X-" at a line end before "Y", is a dash ("X—Y") unless
// "XY" is a word (English, or one the document writes), the document writes "X-Y" elsewhere, or X
// is the first part of a compound ("self-", "well-", "non-"). "- and", "- or", "- to" count for no
// evidence ("pre- and post-war"), and "X- and Y-Z" stays (the hyphen is held over to "Z").
import { englishLexicon } from "./english-lexicon";
import { BOUND_SUFFIX, HALF_MIN_COUNT, wordStats, type WordStats } from "./hyphen";
import { pullUpNextWord } from "./soft-hyphens";

const FUNCTION_WORDS = new Set([
  "a", "an", "the", "what", "which", "who", "whom", "whose", "that", "this", "these", "those", "in", "on", "at", "by", "for", "from", "with", "of",
  "but", "not", "nay", "yet", "then", "so", "if", "as", "than", "when", "where", "while", "though", "i", "we", "you", "he", "she", "it", "they",
  "is", "are", "was", "were", "be", "has", "have", "had", "could", "would", "should", "shall", "will", "may", "might", "must", "can",
]);
const MIN_EVIDENCE = 3;
const INLINE = /(?<![\p{L}-])(\p{L}{2,})- (\p{L}+)/gu;
const COMPOUND_FIRST = /^(?:self|well|ill|non|quasi|half|semi|anti|pre|post|ex|vice|co|re|un|over|under)$/i;

/** The document writes its dashes "word- word": the evidence counted on lines' insides. */
export function writesSpacedDashes(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(INLINE)) if (FUNCTION_WORDS.has(m[2].toLowerCase()) && ++n >= MIN_EVIDENCE) return true;
  return false;
}

export function readSpacedDashes(text: string): { text: string; count: number } {
  if (!text.includes("- ") || !writesSpacedDashes(text)) return { text, count: 0 };
  const stats = wordStats(text);
  let count = 0;
  const lines = text.split("\n").map((line) =>
    line.replace(INLINE, (m, a: string, b: string, at: number) => {
      // "pre- and post-war": the hyphen held over to the compound after "and".
      if (/^(?:and|or|to|nor)$/i.test(b) && /^ ?\s\p{L}+-/u.test(line.slice(at + m.length, at + m.length + 40))) return m;
      if (!isDash(a, b, stats)) return m;
      count++;
      return `${a}—${b}`;
    }),
  );
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i].trimEnd();
    const a = line.slice(-40).match(/(?<![\p{L}-])(\p{L}{2,})-$/u)?.[1];
    const b = lines[i + 1].match(/^\s*(\p{Ll}+)/u)?.[1];
    if (!a || !b || !isDash(a, b, stats) || !englishWord(a) || BOUND_SUFFIX.test(b) || !(englishLexicon().counts.has(b.toLowerCase()) || stats.words.has(b.toLowerCase()))) continue;
    if (pullUpNextWord(lines, i, `${line.slice(0, -1)}—`)) count++;
  }
  return { text: lines.join("\n"), count };
}

const englishWord = (w: string) => (englishLexicon().counts.get(w.toLowerCase()) ?? 0) >= HALF_MIN_COUNT;

/** "X- Y" is a dash: "XY" is no word, "X-Y" is not written elsewhere, X opens no compound. */
function isDash(a: string, b: string, stats: WordStats): boolean {
  const joined = (a + b).toLowerCase();
  if (englishLexicon().counts.has(joined) || stats.words.has(joined)) return false;
  if (stats.hyphenated.has(`${a}-${b}`.toLowerCase()) || COMPOUND_FIRST.test(a)) return false;
  return true;
}
