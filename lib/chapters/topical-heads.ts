// Running heads that carry the TOPIC of the page ("THE NAVIGATION ACT.", "HIS MARRIAGE.") rather
// than the book's or chapter's title: they change within a chapter, so no head repeats often
// enough for the furniture pass to know it, and read as text the head glues onto the last
// sentence of the page before or opens a paragraph in the middle of a sentence.
//
// The evidence is where they stand: the first line of a page (after a form feed), set in capitals,
// above text that runs on from the page before. A head repeated on FURNITURE_REPEATS pages or more, or one that carries
// a page number, is left to the furniture pass. A document counts as one with such heads when at
// least MIN_HEADS of its pages open with a line in capitals. A page's head is lifted when the text
// runs across it (the page before ends without a sentence's end, or the text under the head goes
// on in lower case): a chapter's or section's heading on a new page stands above a sentence that
// begins, after one that ended. A chapter's label ("CHAPTER III.", "BOOK II", "IV.") is never lifted.

const MIN_HEADS = 3;
const FURNITURE_REPEATS = 3;
const LABEL = /^\s*(?:chapter|chap\.|book|part|lecture|letter|article|section|sect\.|canto|act|scene|appendix|preface|introduction|contents|index)\b|^\s*[IVXLC]+\.?\s*$/i;

/** A line in capitals: letters, none of them lower case (a head may carry "[CHAP. II." or a number). */
const inCapitals = (line: string) => /\p{Lu}{2,}/u.test(line) && !/\p{Ll}/u.test(line);

const firstLine = (lines: string[]) => lines.findIndex((l) => l.trim().length > 0);

export type LiftedHeads = { text: string; heads: string[] };

/** The text without the topical running heads at its pages' tops. */
export function liftTopicalHeads(text: string): LiftedHeads {
  const pages = text.split("\f");
  if (pages.length < MIN_HEADS + 1) return { text, heads: [] };
  const split = pages.map((p) => p.split("\n"));
  const tops = split.map((lines, i) => (i === 0 ? -1 : firstLine(lines)));
  // A line in capitals that is no chapter label and carries no page number.
  const headLike = (line: string) => inCapitals(line) && !LABEL.test(line) && !/\d/.test(line);
  const capitalTops = tops.filter((t, i) => t >= 0 && headLike(split[i][t])).length;
  if (capitalTops < MIN_HEADS) return { text, heads: [] };
  // A head on many pages (the book's title) is the furniture pass's: it knows it by its repeats.
  const repeats = new Map<string, number>();
  tops.forEach((t, i) => t >= 0 && repeats.set(split[i][t].trim(), (repeats.get(split[i][t].trim()) ?? 0) + 1));
  const heads: string[] = [];
  split.forEach((lines, i) => {
    const t = tops[i];
    // A head that carries its page number is the furniture pass's too: the number turns the page.
    if (t < 0 || !headLike(lines[t]) || repeats.get(lines[t].trim())! >= FURNITURE_REPEATS) return;
    const next = lines.slice(t + 1).find((l) => l.trim().length > 0);
    if (!next || inCapitals(next)) return; // a heading of two lines, or a page of capitals: a title, not a head
    const before = lastTextLine(split[i - 1]);
    const runsOn = /^\s*["“‘(]?\p{Ll}/u.test(next) || (before !== null && !/[.!?:]["”’)\]]*$/.test(before.trim()));
    if (!runsOn) return;
    heads.push(lines[t].trim());
    lines[t] = "";
  });
  if (!heads.length) return { text, heads };
  return { text: split.map((l) => l.join("\n")).join("\f"), heads };
}

/** The page's last line of text, above its foot (a page number, a signature mark). */
function lastTextLine(lines: string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].trim();
    if (!t || /^(?:\d+|[ivxlcIVXLC]+)(?:\s+\p{Lu}(?:\s*\d)?)?$/u.test(t)) continue; // "29", "xii", "33   C 2"
    return lines[i];
  }
  return null;
}
