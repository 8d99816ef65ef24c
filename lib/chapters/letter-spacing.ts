// Words printed letter-spaced (small capitals spread out, as many books set running heads, chapter
// titles and display lines) that OCR or a layout-keeping reader gives as single letters apart:
// "T H E   F R O N T I E R   I N   H I S T O R Y", one space between letters and a wider gap
// between words. Closed up here, before any other pass: read as they stand, each letter is a "word",
// so the line is too long to be taken for a running head, its first letter reads as a drop capital
// ("S I G N I F…" -> "SI G N I F…") and, left inside a paragraph, it garbles the sentence.
// Only whole lines of single capitals: a line of prose never consists of one-letter tokens.
import { isEnglishWord } from "./english-words";

// A line that is nothing but single characters apart: letters in capitals (and the odd apostrophe,
// stop or ampersand of a title), one space inside a word, two or more between words. A title's
// second line is often printed in parentheses ("( T H E   E A R L Y   Y E A R S )"): the brackets
// are spaced out with the letters, one space from the first and last (so each stays in its word's
// chunk and closes up with it), and they come in pairs: "( T H E   E N D" is no such line.
const LETTERS = String.raw`\p{Lu}(?: {1,}[\p{Lu}'’.,&:;-])+`;
const SPACED_LINE = new RegExp(String.raw`^[ \t]*(?:${LETTERS}|\( ?${LETTERS} ?\)|\[ ?${LETTERS} ?\])[ \t]*$`, "u");

const SPACED_OPENING = /^([ \t]*)(\p{Lu}(?: \p{Lu}){3,})(?=[,;:.]? +\p{Ll})/u;

export type ClosedUp = { text: string; count: number };

/** "T H E   M I L L S" -> "THE MILLS"; the line's indent is kept (a centred head stays set in). */
export function closeUpLetterSpacing(text: string): ClosedUp {
  let count = 0;
  const lines = text.split("\n");
  // The first word of a paragraph printed letter-spaced, the rest of the line in ordinary type
  // ("M A R Y, by the favour of…", "H E R E the road turns"): closed up too. Four letters at least,
  // at a paragraph's start, with prose in small letters after it, and either a word or followed by
  // a comma: a list's "A B C" or "A B C D are…" stays.
  const openingWord = (line: string, starts: boolean) => {
    const m = starts ? line.match(SPACED_OPENING) : null;
    if (!m) return line;
    // A word, or a name set off by a comma as a greeting's is: "A B C D are the corners" lists letters.
    const word = m[2].replace(/ /g, "");
    if (line.charAt(m[0].length) !== "," && !isEnglishWord(word.toLowerCase())) return line;
    count++;
    return m[1] + word + line.slice(m[0].length);
  };
  const out = lines.map((line, i) => {
    if (!SPACED_LINE.test(line)) return openingWord(line, i === 0 || !lines[i - 1].trim());
    const indent = line.match(/^[ \t]*/)![0];
    const words = line.trim().split(/ {2,}/).map((w) => w.split(" ").join(""));
    const letters = words.join("").replace(/[^\p{L}]/gu, "").length;
    // Enough letters to be words (not "A B C" of a list or a diagram's labels), and letters apart
    // inside the words: a word gap of two spaces after every letter would be a row of initials.
    if (letters < 6 || words.every((w) => w.length <= 2)) return line;
    // And a word among them ("A B C D E F G", a row of labels, closes up to none).
    if (!words.some((w) => w.length >= 3 && isEnglishWord(w.replace(/[^\p{L}]/gu, "").toLowerCase()))) return line;
    count++;
    return indent + words.join(" ");
  });
  return count ? { text: out.join("\n"), count } : { text, count: 0 };
}
