// A line holding only a number is read as a page number (blocks.ts), but the printed pages of a
// book count up: a number no other page number agrees with is something else: a year set under a
// chapter's title ("1532"), a stray figure. Taken for a page, it numbers every page after it
// wrongly (1532, 1533...). Such a line is handed back as a line of text (under a title it reads as
// part of the heading).
import type { Block } from "./blocks";

// Pages a numbered page may lie past the one before: numbers lost, pages left out of an excerpt
// (chapters 3 and 4 of a book, pages 41-44 and 62-63). A year is hundreds past any page.
export const MAX_STEP = 50;
const YEAR_LIKE = 1000; // a lone number this high is a date: few books reach a thousand pages

function arabic(b: Block): number | null {
  return b.kind === "pagenum" && /^\d+$/.test(b.pageNumber ?? "") ? Number(b.pageNumber) : null;
}

// A running head with its page number ("42      RIVERS AND THEIR WORK."): evidence of the
// sequence too, though the furniture pass recognises it only later.
const PAGED_HEAD = /^\s*(\d{1,4})\s{2,}\S.{0,80}$|^\s*\S.{0,80}\S\s{2,}(\d{1,4})\s*$/;

function headNumber(b: Block): number | null {
  const m = b.kind === "body" && b.lines.length === 1 ? b.lines[0].match(PAGED_HEAD) : null;
  return m ? Number(m[1] ?? m[2]) : null;
}

export function dropOutOfSequencePages(input: Block[]): { blocks: Block[]; dropped: string[] } {
  const numbered = input.flatMap((b, i) => {
    const n = arabic(b);
    const head = n === null ? headNumber(b) : null;
    return n !== null ? [{ i, n, line: true }] : head !== null ? [{ i, n: head, line: false }] : [];
  });
  // Another page number (a line's or a head's) agrees with this one when they count up in reading order, by no more than
  // a few pages for each page-number line between them.
  const agrees = (a: { n: number }, ai: number, b: { n: number }, bi: number) => {
    const [lo, hi, steps] = ai < bi ? [a.n, b.n, bi - ai] : [b.n, a.n, ai - bi];
    return hi - lo >= 1 && hi - lo <= MAX_STEP * steps;
  };
  const stray = new Set<number>();
  numbered.forEach((p, k) => {
    if (!p.line) return;
    const fits = numbered.length === 1 ? p.n < YEAR_LIKE : numbered.some((q, j) => j !== k && agrees(p, k, q, j));
    if (!fits) stray.add(p.i);
  });
  if (!stray.size) return { blocks: input, dropped: [] };
  const blocks = input.map((b, i): Block => (stray.has(i) ? { kind: "body", lines: b.lines, text: b.text } : b));
  return { blocks, dropped: [...stray].map((i) => input[i].text.trim()) };
}
