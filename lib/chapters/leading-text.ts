// What stands before a document's first chapter heading. Usually front matter (a title page, a
// contents list, a preface), which is no chapter's text. But an excerpt cut out of a book may start
// inside a chapter and cross into the next one ("…and so they went home." / "CHAPTER IX"): the text before
// the heading is then the excerpt's own prose, and dropping it as front matter loses it silently.
// Here the paragraphs of body prose that run up to the heading are kept (an untitled first section),
// and whatever is dropped is counted, so the layout notes say what went and why.
import type { Block } from "./blocks";
import { setInCapitals } from "./title-case";

const MIN_CHARS = 120; // a paragraph of ordinary length, not a title-page line
const MIN_WORDS = 20;
const MIN_LOWER_SHARE = 0.6; // of its letters: prose is written in lower case, a title page in capitals
// A finished sentence (its closing quote or bracket after it), or a colon leading into a quotation.
const FINISHED = /[.!?:]["”’'»)\]_*]*\s*$/;
// Front matter's own words: a heading of the preface or contents kind, an imprint, an e-text's credits.
const FRONT_HEAD = /^\s*[#*_\s]*(?:contents|table of contents|preface|foreword|introduction|prefatory|advertisement|dedication|dedicated|acknowledg|editor'?s? note|translator'?s? note|transcriber'?s? note|note on the text|list of|errata|copyright)\b/i;
const IMPRINT = /\b(?:copyright|all rights reserved|isbn|first published|reprinted|printed (?:by|for|in)|project gutenberg|e-?book|e-?text|transcriber|proofread)|https?:\/\/|www\./i;
const LEADERS = /\.{4,}|(?:\s\d{1,4}\s*$)/m; // a contents line's dotted leaders or page number at a line's end

const furniture = (b: Block) => b.kind === "pagenum" || b.kind === "separator";

const flat = (b: Block) => b.text.replace(/\s+/g, " ").trim();
/** The characters of blocks' text, runs of white space counted once. */
export const proseChars = (blocks: Block[]) => blocks.reduce((n, b) => n + flat(b).length, 0);

// Written as prose is: not set in capitals, no imprint's words, and in lower case for the most part.
function proseCased(text: string): boolean {
  if (setInCapitals(text) || IMPRINT.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return (text.match(/\p{Ll}/gu)?.length ?? 0) >= letters * MIN_LOWER_SHARE;
}

/** A paragraph of body prose: full sentences of ordinary length, in lower case, no imprint's words. */
export function isBodyProse(b: Block): boolean {
  if (b.kind !== "body" && b.kind !== "quote") return false;
  const text = flat(b);
  if (text.length < MIN_CHARS || text.split(" ").length < MIN_WORDS || !FINISHED.test(text)) return false;
  if (b.lines.filter((l) => LEADERS.test(l)).length * 2 > b.lines.length) return false;
  return /\p{L}/u.test(text) && proseCased(text);
}

// A short paragraph of one finished sentence or two ("…and so they went home."): carried by the prose round it, never enough alone.
function isShortProse(b: Block): boolean {
  if (b.kind !== "body" && b.kind !== "quote") return false;
  const text = flat(b);
  return text.split(" ").length >= 6 && /[.!?]["”’'»)\]_*]*$/.test(text) && proseCased(text);
}

// A quotation or verse quoted among the paragraphs (a line set in, a stanza): part of the prose run.
const quoted = (b: Block, prev: Block | undefined) =>
  b.kind === "verse" || b.kind === "quote" || (b.kind === "body" && b.lines.length <= 4 && b.lines.every((l) => /^(?: {2,}|\t)\S/.test(l)) && !!prev && /:\s*[—–-]*\s*$/.test(prev.text));

export type LeadingText = {
  /** Index of the first kept block (== `end` when nothing is kept). */
  from: number;
  /** The heading of the document's own markup over the kept run, when one stands there. */
  title?: string;
  /** How many blocks (and characters) before `from` are dropped, and why. */
  dropped: { blocks: number; chars: number; reasons: string[] };
};

/**
 * The blocks before `end` (the first chapter heading, or the part heading over it): the run of body
 * prose that leads up to it is kept when it holds two paragraphs at least (or one long one) and no
 * front matter's heading stands right above it; everything before the run is front matter.
 */
export function leadingText(blocks: Block[], end: number): LeadingText {
  let from = end;
  let prose = 0;
  let chars = 0;
  for (let i = end - 1; i >= 0; i--) {
    const b = blocks[i];
    if (furniture(b)) { from = i; continue; }
    if (isBodyProse(b)) { prose++; chars += b.text.length; from = i; continue; }
    if (isShortProse(b)) { from = i; continue; }
    let p = i - 1; // the block a quotation is led into from
    while (p >= 0 && furniture(blocks[p])) p--;
    if (quoted(b, blocks[p]) && p >= 0 && isBodyProse(blocks[p])) { from = i; continue; }
    break;
  }
  while (from < end && furniture(blocks[from])) from++; // page numbers before the run stay with the front matter
  let above = from - 1;
  while (above >= 0 && furniture(blocks[above])) above--;
  const underFrontHead = above >= 0 && blocks[above].text.length < 100 && FRONT_HEAD.test(blocks[above].heading ?? blocks[above].text);
  const enough = prose >= 2 || chars >= 600;
  if (!enough || underFrontHead) from = end;
  // A heading of the document's own markup right over the run ("# The Mills", "## Before the Flood") titles it.
  const titled = from < end && above >= 0 && blocks[above].kind === "heading" && !!blocks[above].heading;
  const title = titled ? blocks[above].heading!.replace(/[*_#]/g, "").trim() : undefined;
  return { from, ...(title ? { title } : {}), dropped: describe(blocks.slice(0, titled ? above : from)) };
}

function describe(front: Block[]): LeadingText["dropped"] {
  const text = front.filter((b) => !furniture(b) && b.text.trim());
  const reasons: string[] = [];
  const count = (n: number, what: string) => n && reasons.push(`${n} ${what}`);
  const heads = text.filter((b) => FRONT_HEAD.test(b.heading ?? b.text) && b.text.length < 100);
  const tables = text.filter((b) => b.kind === "table" || b.kind === "list" || b.lines.filter((l) => LEADERS.test(l)).length * 2 > b.lines.length);
  const imprint = text.filter((b) => IMPRINT.test(b.text) && !tables.includes(b));
  const lines = text.filter((b) => ((b.lines.length <= 3 && b.text.length < 160) || setInCapitals(b.text)) && !heads.includes(b) && !tables.includes(b) && !imprint.includes(b));
  const paragraphs = text.filter((b) => !heads.includes(b) && !tables.includes(b) && !imprint.includes(b) && !lines.includes(b));
  count(lines.length, "title or heading line(s)");
  count(heads.length, `front matter heading(s) (${[...new Set(heads.map((b) => (b.heading ?? b.text).replace(/[#*_]/g, "").trim().split(/\s+/).slice(0, 3).join(" ")))].slice(0, 3).map((h) => `"${h}"`).join(", ")})`);
  count(tables.length, "contents or list block(s)");
  count(imprint.length, "imprint or e-text credit block(s)");
  count(paragraphs.length, "paragraph(s) not read as the text's prose (a preface's, or too few to be an excerpt's opening)");
  return { blocks: text.length, chars: proseChars(text), reasons };
}
