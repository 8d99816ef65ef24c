// The double hyphen of old type at line ends. Older founts set the hyphen of a word broken at the line
// end as a double hyphen ("⹀", two short strokes), and OCR reads it as "=": "won=" / "drous".
// Left as it is, the halves are two words ("won= drous"). "=" glued to a word at a line end is not
// how an equation is set (a formula spaces it, "y = x"), so where a document has a few of them, the
// word is one word broken by the printer. Old type uses the same double hyphen for a compound's own
// hyphen ("toll=" / "house" is "toll-house"): where both halves are English words the "=" is written
// "-" and the line-end hyphen rules decide, as for any hyphen at a line end. Otherwise the next
// line's piece of word, opening in lower case, is taken up ("seven=" / "teenth"; the next line keeps
// its indent, as for a soft hyphen), and where it does not go on in lower case (a page break, a
// capital) the "=" becomes "-" for the line- and page-break rules to decide. Linear: one pass.
import { isEnglishWord } from "./english-words";
import { pullUpNextWord } from "./soft-hyphens";

// "won=": a word's letters, then "=" at the line end, and no other "=" on the line: an e-text's
// "=Bold Head=" markup closes with "=" too.
const BROKEN = /^[^=]*\p{L}{2}=$/u;
const MIN_BREAKS = 3; // fewer may be a stray misreading or a formula

export function joinDoubleHyphens(text: string): { text: string; count: number } {
  if (!text.includes("=")) return { text, count: 0 };
  const lines = text.split("\n");
  const breaks: number[] = [];
  lines.forEach((l, i) => { if (BROKEN.test(l.trimEnd())) breaks.push(i); });
  if (breaks.length < MIN_BREAKS) return { text, count: 0 };
  // Back to front, so that a line taken away by pullUpNextWord does not move the breaks still to do.
  for (let k = breaks.length - 1; k >= 0; k--) {
    const i = breaks[k];
    const head = lines[i].trimEnd().slice(0, -1);
    const left = head.match(/\p{L}+$/u)![0];
    const right = lines[i + 1]?.match(/^\s*(\p{Ll}+)/u)?.[1];
    const compound = !!right && isEnglishWord(left.toLowerCase()) && isEnglishWord(right);
    if (compound || !pullUpNextWord(lines, i, head)) lines[i] = `${head}-`;
  }
  return { text: lines.join("\n"), count: breaks.length };
}
