// A scan whose pages end on a foot line that carries the running title and the folio ("BOOK V.
// CHAP. IV.        cccxli", "HISTORY OF ROME       214"), the page's last line before the form
// feed. Read as text it is a short line cutting the sentence that runs over the page, lifted as a
// marginal note with its folio lost, and every sentence of the book is left without a page. Here,
// while the form feeds still part the pages, the line is replaced by the folio alone on a line of
// its own, which the page walk reads as the number printed at the foot of the page above it.
// Taken only where the book sets its feet so: three pages at least, every folio found one more than
// the last (pages without such a foot, a chapter's opening page, may stand between them).
import { parseNumber } from "./roman";

// The title in capitals (no small letter: a sentence's line has them), a wide gap, then the folio in
// figures or in lower-case roman numerals (the usual folios of a book's front matter and of some old
// editions' whole text).
const FOOT = /^[ \t]*([^\p{Ll}\n]{3,60}?\p{Lu}[^\p{Ll}\n]*?)[ \t]{3,}(\d{1,4}|[ivxlcdm]{1,9})[ \t]*$/u;
const MIN_FEET = 3;

export type FootFolios = { text: string; count: number };

/** Replaces each page's title-and-folio foot line by the folio alone, when the book sets its feet so. */
export function readFootFolios(text: string): FootFolios {
  if (!text.includes("\f")) return { text, count: 0 };
  const pages = text.split("\f");
  const feet: { page: number; line: number; folio: string; value: number }[] = [];
  pages.forEach((page, k) => {
    if (k === pages.length - 1 && !page.trim()) return;
    const lines = page.split("\n");
    let last = lines.length - 1;
    while (last >= 0 && !lines[last].trim()) last--;
    if (last < 1) return;
    const m = FOOT.exec(lines[last]);
    const value = m ? parseNumber(m[2]) : null;
    // (A roman folio must be a well-formed numeral: "mix" or "dim" at a line's end is a word.)
    if (!m || value === null || !/\p{Lu}/u.test(m[1]) || (/^[ivxlcdm]/.test(m[2]) && !wellFormed(m[2]))) return;
    feet.push({ page: k, line: last, folio: m[2], value });
  });
  if (feet.length < MIN_FEET || feet.some((f, i) => i > 0 && !(f.value > feet[i - 1].value && f.value - feet[i - 1].value <= f.page - feet[i - 1].page))) return { text, count: 0 };
  for (const f of feet) {
    const lines = pages[f.page].split("\n");
    lines[f.line] = `\n${f.folio}\n`;
    pages[f.page] = lines.join("\n");
  }
  return { text: pages.join("\f"), count: feet.length };
}

const NUMERAL = /^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
const wellFormed = (folio: string) => NUMERAL.test(folio);
