// A digital library's plain-text download of a scanned book opens every page with a machine line:
// "## p. 49 (#73) ####…", the printed page number after "p." (none on an unnumbered page: "## p.
// (#5)") and the scan's image number in brackets, then a rule of "#". Read as a Markdown heading it
// names the document, stands as a heading inside the chapter and cuts the sentence that runs over the
// page turn. Here, first of all, each such line becomes what it stands for: a page break (a form
// feed, as other scans have) and the printed page number on the page's first line ("p. 49"), which
// markPageTops then marks as a page's top: a number standing alone after text would otherwise be
// read as the foot of the page above, where nothing dates the first page.
import type { Block } from "./blocks";

const MARKER = /^[ \t]*#{1,6}[ \t]*p\.[ \t]*(\d{1,4}|[ivxlcdm]{1,9})?[ \t]*\(#\d{1,5}\)[ \t]*#*[ \t]*$/gim;

export function readPageMarkers(text: string): { text: string; count: number } {
  if (!text.includes("(#")) return { text, count: 0 };
  let count = 0;
  const out = text.replace(MARKER, (_line, page: string | undefined, at: number) => {
    count++;
    // (The document's first line opens its first page: no break before it.)
    const turn = at === 0 ? "" : "\f";
    return page ? `${turn}p. ${page}\n` : turn;
  });
  return { text: out, count };
}

const PAGE_TOP = /^\s*p\. (?:\d{1,4}|[ivxlcdm]{1,9})\s*$/i;

/** The page numbers readPageMarkers wrote, as page tops (only in a document it found markers in). */
export function markPageTops(blocks: Block[], count: number): Block[] {
  if (!count) return blocks;
  return blocks.map((b) => (b.kind === "pagenum" && PAGE_TOP.test(b.text) ? { ...b, withHead: true } : b));
}
