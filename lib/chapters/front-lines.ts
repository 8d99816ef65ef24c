// What stands between a chapter's heading and its first paragraph without being its prose:
// - an epigraph: verse set in from the margin, each line capitalised, perhaps with its author's
//   name under it ("  JOHN CLARE." or "—Ovid"), a motto or a source set in among several such, and
//   the heading in capitals repeated under them;
// - the lines a letter or a newspaper essay opens with: a subtitle in brackets, where and when it
//   was printed, the author's name, a salutation ("To the Editor:");
// - an essay's byline ("by Jane Q. Writer") and an editor's bracketed line under it ("[1901, first
//   printed as: …]").
// Read as prose they become sentences ("Friday, June 3, 1791.") that no card should be made from.
// And at a chapter's end, the signature of a letter or an essay in capitals ("CATO.").
import type { Block } from "./blocks";
import { setInCapitals } from "./title-case";
import { MONTH_NAME } from "@/lib/language/months";
import { ADDRESS_WORDS } from "@/lib/language/salutations";

const MONTH = new RegExp(String.raw`\b${MONTH_NAME}\b`);
const YEAR = /\b1[5-9]\d\d\b|\b20\d\d\b/;

function isVerse(b: Block): boolean {
  const lines = b.lines.filter((l) => l.trim());
  return b.kind === "body" && lines.length >= 2 && lines.every((l) => l.trim().length <= 75 && /^\s*["“‘(]?\p{Lu}/u.test(l)) && lines.filter((l) => /^\s{2,}/.test(l)).length * 2 >= lines.length;
}

const isAttribution = (b: Block) => b.kind === "body" && b.lines.length === 1 && b.text.trim().length < 60 && (/^\s*(?:—|–|--)\s*\p{Lu}/u.test(b.text) || (setInCapitals(b.text)));

// A short line of a letter's or an essay's head: a line or two, no question or exclamation.
// (Not a heading of the document's own markup: "## Overview" is structure, kept.)
const isHeadLine = (b: Block) => b.kind === "body" && b.lines.length <= 2 && b.text.length < 120 && !/[?!]["”’]?\s*$/.test(b.text);
// The lines that mark such a head: a date, a salutation ("To the Electors of …:", "Dear Sir,"), a subtitle in brackets.
const SALUTATION = new RegExp(String.raw`^\s*(?:To|Dear|My dear|${ADDRESS_WORDS.join("|")})\b.{0,100}[:,]\s*$`, "s");
const marksHead = (b: Block) => (MONTH.test(b.text) && YEAR.test(b.text)) || SALUTATION.test(b.text) || /^\s*\(.*\)\s*$/s.test(b.text) || /^\s*\[[^[\]]*\]\s*$/s.test(b.text) || isByline(b);
// "by Jane Q. Writer": one to five capitalised names after "by", nothing else on the line.
const BYLINE = /^\s*(?:by|By|BY)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}$/u;
const isByline = (b: Block) => b.kind === "body" && b.lines.length === 1 && BYLINE.test(b.text);

/**
 * A heading's lines over the date it was given or printed on, in one block ("THE SHEPHERD AS KING." /
 * "[March 3, 1851.]", a lecture's or a sermon's head): the lines above the date, or null when the
 * block's last line is no such date. The date, a line of its own, bracketed or not, is no prose.
 */
export function linesAboveDate(b: Block): string[] | null {
  if (b.kind !== "body" || b.lines.length < 2 || b.lines.length > 4) return null;
  const last = b.lines[b.lines.length - 1].trim();
  if (last.length > 40 || !MONTH.test(last) || !YEAR.test(last) || !/^[[(]?[\p{L}\d\s.,]+[\])]?\.?$/u.test(last)) return null;
  return b.lines.slice(0, -1);
}

const isProse = (b: Block | undefined) => !!b && b.kind === "body" && (b.lines.length >= 3 || b.text.length > 200);

// A line or two set in from the margin, as an epigraph's motto ("Festina lente.") or its
// source ("From an old song of the boatmen.") is printed among its verses.
const isSetIn = (b: Block) => b.kind === "body" && b.lines.length <= 2 && b.text.length < 120 && b.lines.every((l) => /^\s{2,}\S/.test(l));
// The heading repeated over the text after the epigraphs, in capitals ("II. SELF-TRUST."): no prose.
const isCapitalsLine = (b: Block | undefined) => !!b && b.kind === "body" && b.lines.length === 1 && b.text.trim().length < 80 && setInCapitals(b.text);

/**
 * A paragraph set wholly in square brackets before the text: an editor's or translator's note on
 * the work ("[This work is supposed by the commentators to have been written…]"), not its prose.
 */
function isEditorsNote(b: Block): boolean {
  const t = b.text.trim();
  if (b.kind !== "body" || !t.startsWith("[") || !/\]\.?$/.test(t)) return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    depth += t[i] === "[" ? 1 : t[i] === "]" ? -1 : 0;
    if (depth === 0) return i >= t.length - 2; // the first bracket closes only at the end
  }
  return false;
}

/** How many blocks from `from` are an editor's note, an epigraph or a letter's head (0 when none), before the first paragraph. */
export function leadingMatter(blocks: Block[], from: number, end: number): number {
  let notes = 0;
  while (from + notes + 1 < end && isEditorsNote(blocks[from + notes])) notes++;
  const rest = epigraphOrHead(blocks, from + notes, end);
  return notes && (rest || isProse(blocks[from + notes])) ? notes + rest : rest;
}

function epigraphOrHead(blocks: Block[], from: number, end: number): number {
  let i = from;
  let verse = false;
  // Epigraphs: verses, with mottoes and sources set in among them, one or several.
  while (i < end && (isVerse(blocks[i]) || isAttribution(blocks[i]) || isSetIn(blocks[i]))) { verse ||= isVerse(blocks[i]); i++; }
  if (verse && i + 1 < end && isCapitalsLine(blocks[i]) && isProse(blocks[i + 1])) i++;
  if (verse) return isProse(blocks[i]) ? i - from : 0;
  i = from;
  while (i < end && isHeadLine(blocks[i]) && !isProse(blocks[i])) i++;
  const head = blocks.slice(from, i);
  // A byline alone is enough; other head lines come at least two together.
  const marked = head.length >= 2 ? head.some(marksHead) : head.length === 1 && isByline(head[0]);
  return marked && isProse(blocks[i]) ? i - from : 0;
}

/** Whether the chapter's last block is a signature in capitals under its last paragraph ("CATO."). */
export function endsWithSignature(blocks: Block[], from: number, end: number): boolean {
  const last = blocks[end - 1];
  const above = blocks[end - 2];
  return end - 1 > from && above?.kind === "body" && /[.!?]["”’)]*\s*$/.test(above.text) && last?.kind === "body" && last.lines.length === 1 && /^\s*\p{Lu}[\p{Lu}\s.'-]{2,40}\.?\s*$/u.test(last.text);
}
