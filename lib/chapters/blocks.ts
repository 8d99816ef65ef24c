// A document as blocks (runs of non-empty lines) with a first classification. Later passes decide
// about page furniture (running heads, page numbers) with document-wide evidence.
import { parseFootnoteLine } from "./markers";
import { normalizeConverterMarkup } from "./converters";
import { setInCapitals } from "./title-case";
import { dropRunningQuotes, readTexQuotes, restoreSpaceAfterStop } from "./quotation-marks";

export type BlockKind = "heading" | "body" | "footnote" | "pagenum" | "separator" | "image" | "table" | "caption" | "formula" | "quote" | "list" | "verse";

export type Block = {
  kind: BlockKind;
  lines: string[];
  text: string; // lines joined with "\n"
  level?: number; // heading level (1 = "#"), 7 for a bold/caps pseudo-heading
  heading?: string; // heading text without markup
  pageNumber?: string; // for pagenum blocks
  withHead?: boolean; // a page number printed against a running head (no blank line between): a page top
  spaced?: boolean; // set apart by more blank lines above it than the document puts between its paragraphs
  synthetic?: boolean; // made by a later pass, not read from the document
  inline?: string; // a formula's text where it stands inside an unfinished sentence (display-lines.ts)
};

const PAGE_NUMBER = /^\s*(?:<!--\s*)?(?:page\s+|p\.\s*)?[-–—[{(]?\s*(\d{1,4}|[ivxlcdm]{1,9})\s*[-–—\]})]?(?:\s*-->)?\s*$/i;

// Project Gutenberg wraps the book in a licence header and footer: keep what lies between.
const GUTENBERG_START = /^\*{3} ?START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$/im;
const GUTENBERG_END = /^\*{3} ?END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$/im;

export function stripGutenberg(text: string): string {
  // Only a marker near the top opens the book: text before a late one is content, not a header.
  const start = GUTENBERG_START.exec(text.slice(0, 100_000));
  const from = start ? start.index + start[0].length : 0;
  const end = GUTENBERG_END.exec(text.slice(from));
  return text.slice(from, end ? from + end.index : text.length);
}

const LIGATURES = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

export function normalizeDocument(raw: string): string {
  const text = stripGutenberg(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"))
    .replace(/^---\n(?:[\w-]+:.*\n)+---\n/, "") // YAML front matter (Pandoc, Jekyll)
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n\n")
    .replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, "") // soft hyphens and zero-width characters
    .replace(/ſ/g, "s") // the long s of old type
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c.charCodeAt(0) - 0xfb00]) // "ﬁ", "ﬀ" from PDF text layers and OCR
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, "") // stray controls (and our placeholder characters)
    .replace(/\u00a0/g, " ");
  // FineReader marks a typesetting hyphen at a line end with "¬": the word is joined; at a page end
  // (before a blank line) it becomes a hyphen for the page-break rules to decide.
  // (Running quotation marks first: a word cut at "harbo¬" goes on after the next line's mark.)
  const quoted = dropRunningQuotes(readTexQuotes(text).text).text;
  const joined = quoted.includes("¬") ? quoted.replace(/(\p{L})¬[ \t]*\n[ \t]*(?=\p{L})/gu, "$1").replace(/(\p{L})¬(?=[ \t]*\n)/gu, "$1-") : quoted;
  return normalizeConverterMarkup(restoreSpaceAfterStop(joined).text);
}

function headingOf(line: string): { level: number; text: string } | null {
  const md = line.match(/^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/);
  if (md) return { level: md[1].length, text: md[2].replace(/\s*\{[#.][^}]*\}$/, "") }; // Pandoc {#id .class}
  const html = line.match(/^\s*<h([1-6])(?:\s[^<>]*)?>(.+?)<\/h\1>\s*$/i);
  if (html) return { level: Number(html[1]), text: html[2] };
  const bold = line.match(/^\s*(?:\*\*|__)([^*_]{1,120})(?:\*\*|__)\s*$/);
  if (bold && !/[.,;]$/.test(bold[1].trim())) return { level: 7, text: bold[1] };
  return null;
}

// A figure or table caption: "Figure 3.1 The rock cycle.", "Fig. 2: Map of...", "Table 6.1 Types of memory".
// Labelled and numbered, then a capital: "Figure 3 shows that..." is a sentence of the text.
export const CAPTION = /^\s*(?:Figure|Fig\.|Table|Plate|Map|Chart|Diagram|Exhibit|Illustration|Photo|Graph)\s+(?:\d{1,3}|[IVXL]{1,5}|[A-Z])(?:[.\-–]\d{1,3}){0,2}[.:—–-]?\s+["“‘(]?\p{Lu}/u;
const IMAGE_LINE = /^\s*(?:!\[[^[\]]*\]\([^()\s]*\)|<img\b[^<>]*>|<!--\s*image\s*-->)\s*$/i;

// Project Gutenberg notes: "[Footnote 1: text ...]" over several lines; "[Illustration: ...]".
const GUTENBERG_NOTE = /^\s*\[Footnote\s+([\w*†‡§]{1,4})\s*:\s*/i;

/** "[The editor's note.]" -> "The editor's note.": a note set wholly in brackets of its own (an editor's, inside the "[Footnote a: ...]"). */
function unbracket(note: string): string {
  const t = note.trim();
  if (!t.startsWith("[") || !t.endsWith("]")) return note;
  let depth = 0;
  for (let i = 0; i < t.length - 1; i++) {
    depth += t[i] === "[" ? 1 : t[i] === "]" ? -1 : 0;
    if (depth === 0) return note; // the first bracket closes before the end: "[a] and [b]"
  }
  return t.slice(1, -1).trim();
}

function classify(raw: string[]): Block {
  const g = raw[0].match(GUTENBERG_NOTE);
  // Rewritten as a Markdown footnote definition: both are notes without a page of their own.
  const lines = g ? [`[^${g[1]}]: ${unbracket(raw.join(" ").slice(g[0].length).replace(/\]\s*$/, ""))}`] : raw;
  const text = lines.join("\n");
  const first = lines[0].trim();
  if (/^\[Illustration\b/i.test(first)) return { kind: "image", lines, text };
  if (/^<(?:table|figure)\b/i.test(first)) return { kind: /^<t/i.test(first) ? "table" : "image", lines, text }; // HTML (MinerU, Docling)
  // An image (Markdown, HTML or Docling's "<!-- image -->"), alone or over its caption (MinerU).
  // Display mathematics (Nougat, MinerU, Pandoc): "$$ ... $$", "\[ ... \]", "\begin{equation} ... \end{equation}".
  if (/^\\begin\{/.test(first) || (/^(?:\$\$|\\\[)/.test(first) && /(?:\$\$|\\\])\s*$/.test(lines[lines.length - 1]))) return { kind: "formula", lines, text };
  if (IMAGE_LINE.test(first) && (lines.length === 1 || CAPTION.test(lines[1]))) return { kind: "image", lines, text };
  if (CAPTION.test(first) && lines.length <= 4) return { kind: "caption", lines, text };
  if (/^:\s+\S/.test(first) && lines.length === 1) return { kind: "table", lines, text }; // Pandoc table caption
  if (lines.length === 1) {
    const h = headingOf(first);
    if (h && CAPTION.test(h.text.replace(/[*_]/g, ""))) return { kind: "caption", lines, text }; // MinerU makes captions headings too
    if (h) return { kind: "heading", lines, text, level: h.level, heading: h.text.replace(/<[^<>]+>/g, "").replace(/[*_]/g, "").trim() };
    const page = first.match(PAGE_NUMBER);
    // (A roman numeral in capitals alone on its line numbers a chapter or a section: "XLI", "II".)
    if (page && !ROMAN_LINE.test(first)) return { kind: "pagenum", lines, text, pageNumber: page[1] };
    if (/^(?:[-*_]\s*){3,}$/.test(first) || /^(?:\*\s*){3,}$/.test(first)) return { kind: "separator", lines, text };
    if (/^!\[[^[\]]*\]\([^()\s]*\)$/.test(first)) return { kind: "image", lines, text };
  }
  if (parseFootnoteLine(first)) return { kind: "footnote", lines, text };
  if (lines.every((l) => /^\s*>/.test(l))) return { kind: "quote", lines: lines.map((l) => l.replace(/^\s*>\s?/, "")), text };
  if (lines.every((l) => /^\s*\|.*\|\s*$/.test(l) || /\t.*\t/.test(l))) return { kind: "table", lines, text };
  if (lines.every((l) => /^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S/.test(l)) && lines.length > 1) return { kind: "list", lines, text };
  return { kind: "body", lines, text };
}

/**
 * Plain text without blank lines between paragraphs marks each new one by indenting its first line.
 * The paragraph before may end on a note's mark after its stop ("…half a million.*", "….†", "….2").
 * A numbered section may open it after its section sign ("  § 2. Now, of these…"), an item of a list
 * after its mark: a number or a letter ("  3. The soil…", "  b. The melting…"), or a Greek letter as OCR
 * reads it, a stroke before a digit ("  /3. The clearing…" for β).
 */
function startsIndentedParagraph(prev: string, line: string): boolean {
  return /^(?: {2,}|\t)(?:§{1,2}\s?\d{1,3}\.\s+|(?:\d{1,3}|\p{L}|[/|]\d)\.\s+)?["“‘(]?\p{Lu}/u.test(line) && !/^\s/.test(prev) && /[.!?:"”’)](?:[*†‡§¹²³⁴-⁹]{1,2}|\d{1,2})?\s*$/u.test(prev);
}

/**
 * After a short paragraph set in on one line, or a quotation set in, an indented line that closes no
 * sentence before it opens the next paragraph when the lines under it run flush left, as a paragraph
 * of prose does ("   To the duke, then." / "   The speaker meant to say…" / "flush line…"). Lines of
 * verse, all set in alike, stay together. The new paragraph's first line runs on into the flush line
 * under it: a set-in line that closes its own sentence is a quoted verse's last line, with the prose
 * going on under it ("   Row home…hill." / "   The geese…still." / "and the boys sang…").
 */
function opensAfterSetIn(prev: string, line: string, after: string | undefined): boolean {
  return /^(?: {2,}|\t)\S/.test(prev) && !/[.!?;:]["”’)]?\s*$/u.test(line) && !SPEAKER_LINE.test(prev) && /^(?: {2,}|\t)["“‘(]?\p{Lu}/u.test(line) && /[.!?"”’)]\s*$/u.test(prev) && !!after && /^\S/.test(after) && /\p{Ll}/u.test(after);
}

// A speaker's name in capitals set in on a line of its own over the words of a dialogue or a play
// ("   HORATIO.", "   Q.", "   PORTIA:") opens a paragraph with the speech under it, never run into
// the speech before it.
const SPEAKER_LINE = /^(?: {2,}|\t)\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*){0,2}[.:]\s*$/u;

// A line that only names a section ("CHAPTER IV.", "BOOK I", "No. II.", "LECTURE 3"): a heading of its
// own even when a scan's title block has no blank lines between it and the title lines around it.
const CHAPTER_LINE = /^\s*(?:CHAPTER|CHAP\.|BOOK|PART|LECTURE|LETTER|SECTION|SECT\.)\s/;
export const SECTION_LABEL = /^\s*(?:chapter|chap\.|book|part|lecture|letter|no\.)\s+(?:\d{1,3}|[ivxlc]{1,7})\.?\s*$/i;

/**
 * A section marker on a line of its own ("XII.", "Sect. 27.", "§ 4.", "SECTION IV."): a label of
 * the section that follows, never a sentence. Roman numerals in capitals only ("iv" is a page).
 */
export const SECTION_MARKER = /^\s*(?:(?:[Ss]ect(?:ion)?|SECT(?:ION)?|[Ss]ec|SEC|[Aa]rt(?:icle)?|ART(?:ICLE)?|§{1,2})\.?\s*(?:\d{1,3}|[ivxlc]{1,7}|[IVXLC]{1,7})|[IVXLC]{1,7}|\d{1,3})\.\s*$/;

/**
 * A roman numeral in capitals alone on its line, without a stop ("II", "XLI"): the number of the
 * chapter or section that follows. Books number their pages in lower case ("xi") when in roman.
 */
export const ROMAN_LINE = /^\s*[IVXLC]{1,7}\s*$/;

/** Splits a normalised document into blocks at blank lines; a footnote line always starts a block. */
export function toBlocks(doc: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const gaps: number[] = []; // blank lines above each block
  let blank = 0;
  const flush = () => {
    if (current.length) { blocks.push(classify(current)); gaps.push(blank); blank = 0; }
    current = [];
  };
  // The last block is a chapter's label ("CHAPTER II."): the block being read may be its title.
  const oneLine = (b: Block | undefined, re: RegExp) => !!b && b.lines.length === 1 && re.test(b.lines[0]);
  const afterLabel = () => oneLine(blocks.at(-1), SECTION_LABEL) || (oneLine(blocks.at(-1), SECTION_MARKER) && oneLine(blocks.at(-2), SECTION_WORD_LINE));
  let run = 0; // blank lines just read
  const docLines = doc.split("\n");
  for (let n = 0; n < docLines.length; n++) {
    const line = docLines[n];
    if (!line.trim()) { flush(); run++; continue; }
    if (!current.length) { blank = run; }
    run = 0;
    const prevLine = current[current.length - 1];
    if (current.length && (startsIndentedParagraph(prevLine, line) || opensAfterSetIn(prevLine, line, docLines[n + 1]) || SPEAKER_LINE.test(line))) flush();
    // A chapter heading in capitals (its label, or the title under one), closed by a full stop, with
    // the text's first sentence set right under it. Not a running head ("CHAP. I.]  OF MONEY.  7").
    if (current.length && /^\s*["“‘]?\p{Lu}\p{Ll}/u.test(line) && (CHAPTER_LINE.test(current[0]) || afterLabel()) && /\.["”’]?\s*$/.test(current[current.length - 1]) &&
      current.every((l) => !/\p{Ll}/u.test(l) && /\p{Lu}{2}/u.test(l) && !/[\]\d]/.test(l.replace(/^\s*\S+\s+\S+/, "")))) flush();
    // A marker after a line that closes a sentence: "Louis" / "XIV." is a name wrapped, not a marker.
    // (Not inside a page-foot note opened by a symbol: "† See the Appendix, Part III." / "Book II." goes on with it.)
    const inSymbolNote = /^\s*[*†‡§]\s+\p{Lu}/u.test(current[0] ?? "");
    const label = !inSymbolNote && (SECTION_LABEL.test(line) || (SECTION_MARKER.test(line) && (!current.length || /[.!?:"”’)]\s*$/.test(current[current.length - 1]))));
    if (current.length && (parseFootnoteLine(line) || GUTENBERG_NOTE.test(line) || headingOf(line.trim()) || PAGE_NUMBER.test(line) || label)) flush();
    current.push(line);
    if (headingOf(line.trim()) || label) flush();
  }
  flush();
  markSpaced(blocks, gaps);
  return rejoinLineBlocks(mergeNoteContinuations(splitNumberedHeads(joinSplitLabels(blocks))));
}

/**
 * Plain text sets a heading apart with more blank lines than it puts between paragraphs
 * ("…a good one." / three blank lines / "OF MONARCHY."): such blocks are marked `spaced`.
 */
function markSpaced(blocks: Block[], gaps: number[]): void {
  const counts = new Map<number, number>();
  blocks.forEach((b, i) => { if (b.kind === "body" && i > 0) counts.set(gaps[i], (counts.get(gaps[i]) ?? 0) + 1); });
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (usual === undefined) return;
  blocks.forEach((b, i) => { if (i > 0 && gaps[i] > usual) b.spaced = true; });
}

/** "CHAPTER." and "V." as two blocks of one line: one heading, "CHAPTER. V.". */
function joinSplitLabels(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    if (prev?.kind === "body" && prev.lines.length === 1 && SECTION_WORD.test(prev.text.trim()) && b.kind === "body" && b.lines.length === 1 && /^\s*(?:\d{1,3}|[IVXLC]{1,7})\.?\s*$/.test(b.text)) {
      out[out.length - 1] = classify([`${prev.text.trim()} ${b.text.trim()}`]);
      continue;
    }
    out.push(b);
  }
  return out;
}

const SECTION_WORD_LINE = /^\s*(?:chapter|chap|part|book|section|sect|lecture|letter)\.?\s*$/i; // "CHAPTER." over its number
const SECTION_WORD = /^(?:chapter|chap|part|book|section|sect|lecture|letter|act|scene|canto|appendix|volume|vol|no)\.?$/i;
const HEAD_KEY = (line: string) => line.toLowerCase().replace(/[^\p{L}]+/gu, " ").trim();

/** The line of a two-line block that is not its page number, when it could be a running head. */
function headBesideNumber(b: Block): string | null {
  if (b.kind !== "body" || b.lines.length !== 2) return null;
  // Arabic numbers only: "CHAPTER" over "IV" (or "4") is a chapter heading, not furniture.
  const number = b.lines.findIndex((l) => /^\s*\d{1,4}\s*$/.test(l));
  if (number < 0 || PAGE_NUMBER.test(b.lines[1 - number])) return null;
  const head = b.lines[1 - number].trim();
  if (SECTION_WORD.test(head)) return null;
  const caps = setInCapitals(head);
  if (head.length > 80 || head.split(/\s+/).length > 10 || /^[\p{Ll}\d]/u.test(head) || (/[,;:!?]$/.test(head) || (!caps && /\.$/.test(head)))) return null;
  return head;
}

/**
 * A page number printed on its own line right above or below the running head, with no blank line
 * between them ("84" / "THE WHITE MONKS"), makes one block of two lines: split it into a page
 * number and a one-line head, when the head is in capitals or recurs in other such blocks.
 */
function splitNumberedHeads(blocks: Block[]): Block[] {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const h = headBesideNumber(b);
    if (h) counts.set(HEAD_KEY(h), (counts.get(HEAD_KEY(h)) ?? 0) + 1);
  }
  if (!counts.size) return blocks;
  return blocks.flatMap((b) => {
    const h = headBesideNumber(b);
    if (!h || !HEAD_KEY(h) || ((counts.get(HEAD_KEY(h)) ?? 0) < 2 && /\p{Ll}/u.test(h))) return [b];
    return b.lines.map((l) => {
      const part = classify([l]);
      return part.kind === "pagenum" ? { ...part, withHead: true } : part;
    });
  });
}

/**
 * Some OCR exports (hOCR converted to text, PDF text layers) put a blank line after every printed
 * line, so each line is a block. Detected when most body blocks are single lines of about the same
 * width; then a run of such lines is one paragraph until a line falls short of the measure (the
 * last line of a paragraph) or the next one is indented.
 */
function rejoinLineBlocks(blocks: Block[]): Block[] {
  const lengths = blocks.filter((b) => b.kind === "body" && b.lines.length === 1).map((b) => b.text.trim().length);
  const body = blocks.filter((b) => b.kind === "body").length;
  if (lengths.length < 20 || lengths.length < body * 0.8) return blocks;
  const sorted = [...lengths].sort((a, b) => a - b);
  const measure = sorted[Math.floor(sorted.length * 0.75)]; // a full line (most lines are full)
  if (measure < 35 || measure > 110 || sorted.filter((n) => n >= measure * 0.85).length < lengths.length * 0.5) return blocks;
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    const full = (line: string) => line.trim().length >= measure * 0.85;
    if (prev?.kind === "body" && b.kind === "body" && b.lines.length === 1 && full(prev.lines[prev.lines.length - 1]) && !/^(?: {2,}|\t)/.test(b.lines[0]) && !SECTION_MARKER.test(b.lines[0])) {
      prev.lines.push(b.lines[0]);
      prev.text = prev.lines.join("\n");
      continue;
    }
    out.push(b.kind === "body" ? { ...b, lines: [...b.lines] } : b);
  }
  return out;
}

/** Pandoc footnote definitions continue in indented paragraphs after a blank line. */
function mergeNoteContinuations(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    if (prev?.kind === "footnote" && /^\s*\[\^/.test(prev.lines[0]) && /^(?: {4}|\t)\S/.test(b.lines[0])) {
      const last = prev.lines.length - 1;
      prev.lines[last] = `${prev.lines[last]} ${b.lines.map((l) => l.trim()).join(" ")}`;
      prev.text = prev.lines.join("\n");
      continue;
    }
    out.push(b);
  }
  return out;
}
