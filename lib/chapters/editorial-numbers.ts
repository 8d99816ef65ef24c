// Numbers an e-text's transcriber set into the running text, with spaces on both sides:
// - "/1/", "/2/" between words: the marks of notes printed elsewhere (this e-text convention puts
//   the notes at the end of the book, so a chapter cut out of it has none). Rewritten as <sup>
//   markers, like the other note numbers without their notes (glued-numbers.ts).
// - "[1]", "[2]", "[3]" … counting up by one through the text, standing between words ("pretty
//   nearly [2] corresponds"): the pages of the printed edition. Removed: a page mark read as a word
//   garbles the sentence it falls in. Glued markers ("attraction[4]") are note markers and are left
//   to markers.ts; a reference list ("[1] Smith, J. …" opening each entry) does not run through
//   the text and is left alone. A number whose note is in the file ("[Footnote 4: …]" after the
//   paragraph) is that note's marker, however it stands: it keeps the link to its note.
// - "[4]Plate 2": a number in brackets glued before a word, as a text browser's dump numbers the
//   links of a web page ("see ([4]Plate 2)"). Removed when no note of that number is in the file.
import type { Block } from "./blocks";
import { parseFootnoteLine } from "./markers";

const SLASH = /(?<=^|\s)\/(\d{1,3})\/(?=\s|$)/g;
// (Before a dash too: "Silanus, [13]--on his refusal".)
const BRACKET = /(?<=^|\s)\[(\d{1,3})\](?=\s|$|--|—)/g;
const LINK = /(?<=^|[\s(“"])\[(\d{1,3})\](?=\p{L})/gu;
const MIN_RUN = 5; // marks in sequence before any is taken for one

function rewrite(blocks: Block[], edit: (text: string, block: number, line: number) => string): Block[] {
  return blocks.map((b, i) => {
    if (b.kind !== "body" && b.kind !== "quote") return b;
    const lines = b.lines.map((l, k) => edit(l, i, k));
    return lines.every((l, k) => l === b.lines[k]) ? b : { ...b, lines, text: lines.join("\n") };
  });
}

/**
 * Removes the marks `mark` finds (a pattern of three groups: an optional space, the number, an
 * optional space) whose "block:line:index" key is in `keys`, each with one space beside it:
 * "nearly [2] corresponds" -> "nearly corresponds".
 */
export function dropMarks(blocks: Block[], mark: RegExp, keys: Set<string>): { blocks: Block[]; count: number } {
  let count = 0;
  const out = rewrite(blocks, (l, i, k) => l.replace(mark, (m, before: string, _n: string, after: string, at: number) => {
    if (!keys.has(`${i}:${k}:${at + before.length}`)) return m;
    count++;
    return before && after ? " " : "";
  }));
  return { blocks: out, count };
}

/** The numbers of the notes the file holds ("[^4]: …", as "[Footnote 4: …]" is read). */
function notedNumbers(blocks: Block[]): Set<string> {
  const noted = new Set<string>();
  for (const b of blocks) if (b.kind === "footnote") for (const l of b.lines) { const n = parseFootnoteLine(l)?.number; if (n) noted.add(n); }
  return noted;
}

/** The bracketed numbers counting up from 1 by one (a gap of one allowed), as "block:line:index" keys. */
function pageMarks(blocks: Block[]): Set<string> {
  const noted = notedNumbers(blocks);
  const run: { key: string; inside: boolean }[] = [];
  let last = 0;
  blocks.forEach((b, i) => {
    if (b.kind !== "body" && b.kind !== "quote") return;
    b.lines.forEach((l, k) => {
      for (const m of l.matchAll(BRACKET)) {
        const n = Number(m[1]);
        if (n - last < 1 || n - last > 2) continue;
        last = n; // a note's marker keeps the count going, but is not a page mark
        if (noted.has(m[1])) continue;
        run.push({ key: `${i}:${k}:${m.index}`, inside: k > 0 || m.index! > 0 });
      }
    });
  });
  // Most of them inside a paragraph, not opening it as a list's labels do.
  const inside = run.filter((r) => r.inside).length;
  return run.length >= MIN_RUN && inside * 2 >= run.length ? new Set(run.map((r) => r.key)) : new Set();
}

export function convertEditorialNumbers(input: Block[]): { blocks: Block[]; notes: number; pages: number; links: number } {
  const slashes = input.reduce((n, b) => n + (b.kind === "body" ? (b.text.match(SLASH)?.length ?? 0) : 0), 0);
  let notes = 0;
  let blocks = slashes >= MIN_RUN ? rewrite(input, (l) => l.replace(SLASH, (_m, n: string) => { notes++; return `<sup>${n}</sup>`; })) : input;
  const marks = pageMarks(blocks);
  let pages = 0;
  if (marks.size) ({ blocks, count: pages } = dropMarks(blocks, /(\s?)\[(\d{1,3})\](\s?)/g, marks));
  const noted = notedNumbers(blocks);
  let links = 0;
  blocks = rewrite(blocks, (l) => (l.includes("[") ? l.replace(LINK, (m, n: string) => (noted.has(n) ? m : (links++, ""))) : l));
  return { blocks, notes, pages, links };
}
