// Marginal glosses set in a LEFT-margin column, as a layout-preserving PDF reader (`pdftotext
// -layout`) gives them: the gloss's short words stand at the START of the text lines they are
// printed beside, then a wide gap, then the line's own text ("Goes to St.       economise on his
// half-pay…"). On a page that carries a gloss every line of the page stands right by the width of
// the gloss column; a page without one starts its text at the margin. Read as text, the gloss's
// words fall into the middle of sentences, between the halves of a hyphenated word ("Fra-" /
// "Omer's.  nce"), and the shifted page hides the paragraph indents (every line looks set in).
//
// The evidence is the page's geometry. A lead is the text before a line's first gap of two or more
// spaces, when the line starts at the margin and the lead is a few short words. The text column is
// the column where the text after the leads starts, the same on at least MIN_GLOSSES lines of the
// document. A page (between form feeds; the whole text when it has none) is a gloss page when it
// has a lead at that column and every other line either stands at or right of the column or is a
// short line at the margin (a gloss line beside a blank line). On such a page the leads are lifted
// and every line is moved left by the column's width, so the text starts at the margin and a
// paragraph's indent is an indent again. Linear: one pass to count columns, one to lift.

const MIN_GLOSSES = 3;
const MIN_COLUMN = 10; // a gloss column narrower than this is a list's label or a verse number
const MAX_COLUMN = 32;
const MAX_LEAD_WORDS = 4;
const INDENT_SLACK = 8; // a paragraph's first line stands this far right of the text column at most
const MIN_PAGE_LINES = 5;

type Lead = { gloss: string; col: number; text: string };

/** A line's lead (a few words at the margin before a gap of two or more spaces), or null. */
export function splitLead(line: string): Lead | null {
  const m = line.match(/^(\S+(?: \S+)*?) {2,}(\S.*)$/);
  if (!m) return null;
  const gloss = m[1];
  // (A gloss's line may be a date alone: "1784.")
  if (gloss.split(" ").length > MAX_LEAD_WORDS || gloss.length > MAX_COLUMN - 2) return null;
  // The text must be words too: a table's row ("Iron   7.8   2.1") is no gloss beside a line of prose.
  if (!/\p{L}{2,}/u.test(m[2]) || /\S {3,}\S/.test(m[2])) return null;
  return { gloss, col: line.length - m[2].length, text: m[2] };
}

export const leading = (line: string): number => line.length - line.trimStart().length;

export type LiftedLeads = { text: string; glosses: string[]; pages: number };

/** The text without its left-margin glosses, each gloss page moved back to the margin. */
export function liftLeadGlosses(text: string): LiftedLeads {
  const pages = text.split("\f");
  const column = textColumn(pages);
  if (column === null) return { text, glosses: [], pages: 0 };
  const glosses: string[] = [];
  let shifted = 0;
  const out = pages.map((page) => {
    const lines = page.split("\n");
    if (!isGlossPage(lines, column)) {
      if (!standsAtColumn(lines, column)) return page;
      // A page of the same design that has no gloss this time (a verso whose margin stays empty):
      // moved back too, so its paragraph indents read as they do on the other pages.
      shifted++;
      return lines.map((line) => (marginLine(line, column) ? line : line.slice(column))).join("\n");
    }
    shifted++;
    // A gloss is a run of consecutive lines carrying lead words.
    let current: string[] = [];
    const close = () => {
      if (current.length) glosses.push(current.join(" "));
      current = [];
    };
    const moved = lines.map((line) => {
      if (!line.trim()) {
        close();
        return line;
      }
      if (leading(line) >= column) {
        close();
        return line.slice(column);
      }
      const lead = splitLead(line);
      if (lead && lead.col >= column) {
        current.push(lead.gloss);
        return " ".repeat(lead.col - column) + lead.text;
      }
      current.push(line.trim()); // a gloss line beside a blank line: the blank stays
      return "";
    });
    close();
    return moved.join("\n");
  });
  if (!glosses.length) return { text, glosses: [], pages: 0 };
  return { text: out.join("\f"), glosses, pages: shifted };
}

/** The column where the text after the leads starts, when the document shows it often enough. */
function textColumn(pages: string[]): number | null {
  const counts = new Map<number, number>();
  for (const page of pages) {
    for (const line of page.split("\n")) {
      const lead = splitLead(line);
      if (lead && lead.col >= MIN_COLUMN && lead.col <= MAX_COLUMN) counts.set(lead.col, (counts.get(lead.col) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [col, n] of counts) if (n >= MIN_GLOSSES && (best === null || n > counts.get(best)! || (n === counts.get(best) && col < best))) best = col;
  if (best === null) return null;
  // A gloss beside a paragraph's first line stands before its indent: the text column is the leftmost
  // well-attested one (within the indent's reach of the commonest).
  for (const [col, n] of counts) if (col < best && best - col <= INDENT_SLACK && n >= MIN_GLOSSES) best = col;
  return best;
}

/**
 * A page whose lines all stand at or right of the text column, most of them at it exactly (the
 * text's left edge; a quotation set in as a whole page stands elsewhere): the gloss column's page
 * design with an empty margin. Short lines at the margin (a folio printed flush left) are let stand,
 * as on a glossed page (isGlossPage), and are kept where they are.
 */
function standsAtColumn(lines: string[], column: number): boolean {
  const set = lines.filter((l) => l.trim() && !marginLine(l, column));
  if (set.length < MIN_PAGE_LINES || set.some((l) => leading(l) < column)) return false;
  return set.filter((l) => leading(l) === column).length * 2 > set.length;
}

/** A short line flush left, narrower than the gloss margin and with no gap inside (a folio, a mark). */
function marginLine(line: string, column: number): boolean {
  return !!line.trim() && leading(line) === 0 && line.trimEnd().length <= column - 2 && !/ {2,}/.test(line.trim());
}

/**
 * A page whose lines all stand at or right of the text column, but for its leads (at least one) and
 * short lines at the margin no longer than the gloss column is wide.
 */
function isGlossPage(lines: string[], column: number): boolean {
  let leads = 0;
  let text = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (leading(line) >= column) {
      text++;
      continue;
    }
    const lead = splitLead(line);
    if (lead && lead.col >= column && lead.col <= column + INDENT_SLACK) {
      leads++;
      text++;
      continue;
    }
    if (marginLine(line, column)) continue;
    return false;
  }
  return leads > 0 && text >= MIN_PAGE_LINES;
}
