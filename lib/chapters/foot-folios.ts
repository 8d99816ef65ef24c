// A scan whose pages end on a foot line that carries the running title and the folio ("BOOK II.
// CHAP. I.        xcvii", "HISTORY OF THE TOWN       214", or the folio first on a verso, "215
// HISTORY OF THE TOWN"), the page's last line before the form feed. Read as text it is a short line
// cutting the sentence that runs over the page, lifted as a marginal note with its folio lost, and
// every sentence of the book is left without a page. Here, while the form feeds still part the
// pages, the line is replaced by the folio alone on a line of its own, which the page walk reads as
// the number printed at the foot of the page above it.
// Taken only where the book sets its feet so: the longest run of feet whose folios count up with
// the pages (pages without such a foot, a chapter's opening page or a plate, may stand between
// them), three feet at least. Roman folios (front matter, some old editions' whole text) and arabic
// ones are counted apart, each its own run. A foot outside its run (a contents line "CHAPTER
// III. THE MILL     17" ending a page of the front matter, a folio misread by the OCR) is left as it is.
import { longestRisingRun } from "./rising-run";
import { romanValue } from "./roman";

// The title in capitals (no small letter: a sentence's line has them), a wide gap, then the folio in
// figures or in lower-case roman numerals; or the folio first and the title after it.
const TITLE = String.raw`[^\p{Ll}\n]{0,60}?\p{Lu}[^\p{Ll}\n]{0,60}?`;
const FOLIO = String.raw`\d{1,4}|[ivxlcdm]{1,9}`;
const FOOT = new RegExp(String.raw`^[ \t]*(?:(?<title>${TITLE})[ \t]{3,}(?<folio>${FOLIO})|(?<folioFirst>${FOLIO})[ \t]{3,}(?<titleAfter>${TITLE}))[ \t]*$`, "u");
const MIN_FEET = 3;
const LOOKBACK = 12; // feet looked back over for the run (a few stray ones skipped; the pass stays linear)

export type FootFolios = { text: string; count: number };

type Foot = { page: number; line: number; folio: string; value: number };

/** Replaces each page's title-and-folio foot line by the folio alone, when the book sets its feet so. */
export function readFootFolios(text: string): FootFolios {
  if (!text.includes("\f")) return { text, count: 0 };
  const pages = text.split("\f");
  const feet: { roman: Foot[]; arabic: Foot[] } = { roman: [], arabic: [] };
  pages.forEach((page, k) => {
    if (k === pages.length - 1 && !page.trim()) return;
    const lines = page.split("\n");
    let last = lines.length - 1;
    while (last >= 0 && !lines[last].trim()) last--;
    if (last < 1) return;
    const g = FOOT.exec(lines[last])?.groups;
    if (!g || (g.title ?? g.titleAfter).trim().length < 3) return;
    const folio = g.folio ?? g.folioFirst;
    // (A roman folio must be a well-formed numeral: "mix" or "dim" at a line's end is a word.)
    const arabic = /^\d/.test(folio);
    const value = arabic ? Number(folio) : romanValue(folio);
    if (value !== null) feet[arabic ? "arabic" : "roman"].push({ page: k, line: last, folio, value });
  });
  const kept = [...consistentRun(feet.roman), ...consistentRun(feet.arabic)];
  for (const f of kept) {
    const lines = pages[f.page].split("\n");
    lines[f.line] = `\n${f.folio}\n`;
    pages[f.page] = lines.join("\n");
  }
  return kept.length ? { text: pages.join("\f"), count: kept.length } : { text, count: 0 };
}

// The longest run of feet whose folios rise with the pages: never more folios than pages between two
// feet, and never many more pages than folios (a plate or two between; not a contents page's line far
// ahead of the text it lists).
function consistentRun(feet: Foot[]): Foot[] {
  const run = longestRisingRun(feet.map((f) => f.value), Infinity, LOOKBACK, (j, k) => {
    const folios = feet[k].value - feet[j].value, pages = feet[k].page - feet[j].page;
    return folios <= pages && pages - folios <= 2 + folios / 4;
  });
  return run.length >= MIN_FEET ? run.map((i) => feet[i]) : [];
}
