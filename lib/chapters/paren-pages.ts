// The page numbers of a printed edition that an e-text keeps in parentheses inside its sentences
// ("he also rendered (92) it secure", "(94) He divided the city"), so that a passage can be found in
// the book it was set from. Read as words they garble the sentence they fall in ("could (95) not
// decently deprive") and any card made from it.
//
// A parenthesised number is taken for a page only as one of a run through the text: at least five,
// each standing alone between spaces, counting up by one (a page without a mark between them
// allowed), starting anywhere (a chapter cut from the middle of a book), and as far apart as the
// pages of a book are: an enumeration "(1) … (2) … (3)" restarts in each paragraph and its items
// are a line or two apart, a page holds a few hundred words. Then every member of the run is removed
// with one space beside it.
import type { Block } from "./blocks";
import { countingRuns } from "./counting-runs";
import { dropMarks } from "./editorial-numbers";

const MARK = /(?<=^|\s)\((\d{1,4})\)(?=\s|$)/g;
const MIN_RUN = 5;
// The median distance between two marks of a run, in characters: a printed page (~250 words) and
// more; two items of a list are nearer.
const MIN_PAGE_CHARS = 600;

type Mark = { block: number; line: number; at: number; n: number; offset: number };

function marksOf(blocks: Block[]): Mark[] {
  const marks: Mark[] = [];
  let offset = 0;
  blocks.forEach((b, i) => {
    if (b.kind === "body" || b.kind === "quote") {
      b.lines.forEach((l, k) => {
        if (l.includes("(")) for (const m of l.matchAll(MARK)) marks.push({ block: i, line: k, at: m.index!, n: Number(m[1]), offset: offset + m.index! });
        offset += l.length + 1;
      });
    } else offset += b.text.length + 1;
  });
  return marks;
}

/** The runs of marks counting up by one or two, each at least MIN_RUN long and a page apart. */
function pageRuns(marks: Mark[]): Mark[] {
  return countingRuns(marks, (m) => m.n, (run) => {
    if (run.length < MIN_RUN) return false;
    const gaps = run.slice(1).map((m, k) => m.offset - run[k].offset).sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)] >= MIN_PAGE_CHARS;
  });
}

/** The blocks without the page numbers in parentheses, and how many were removed. */
export function dropParenPageNumbers(blocks: Block[]): { blocks: Block[]; count: number } {
  const run = pageRuns(marksOf(blocks));
  if (!run.length) return { blocks, count: 0 };
  // The mark goes with one space beside it: "rendered (92) it" -> "rendered it".
  return dropMarks(blocks, /(\s?)\((\d{1,4})\)(\s?)/g, new Set(run.map((m) => `${m.block}:${m.line}:${m.at}`)));
}
