// Walks one chapter's blocks in reading order and rebuilds its body text: page furniture dropped,
// footnotes collected with their page, paragraphs broken by page breaks rejoined, hyphenation
// repaired across lines and pages, marginal notes lifted out of sentences, and footnote
// continuations that OCR merged into the next page's body handed back to their footnote.
import type { Block } from "./blocks";
import { parseFootnoteLine, markPlaceholders } from "./markers";
import { joinHyphenated, joinLines, type WordStats } from "./hyphen";
import { endsOpen, leakedContinuationStart } from "./citations";
import { parseNumber } from "./roman";

export type RawParagraph = { kind: "body" | "heading" | "quote" | "list"; text: string; page: string | null; breaks: { at: number; page: string }[] };
export type RawFootnote = { number: string; page: string | null; text: string };
export type Assembled = { paragraphs: RawParagraph[]; footnotes: RawFootnote[]; notes: string[]; stats: { leaks: number; joins: number; marginal: number; pageBreaks: number } };

export type AssembleContext = { stats: WordStats; isRunningHead: (b: Block) => string | null | false; bracketMarkers: boolean; startPage: string | null };

const LIST_MARK = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
const TERMINAL = /[.!?:;"”’)\]]\s*(?:\u0001[^\u0002]*\u0002\s*)*$/;

function isOpen(p: RawParagraph | undefined): p is RawParagraph {
  return !!p && p.kind === "body" && !TERMINAL.test(p.text);
}

// A paragraph cannot end on these words: what follows a page break or a marginal note continues it.
const DANGLING = /\b(?:a|an|the|of|to|as|and|or|but|by|in|on|at|for|from|with|into|that|which|who|whose|was|were|is|are|be|been|his|her|its|their|our|this|these|those|than|between|called|named|known)\s*$/i;

function continues(prev: RawParagraph, text: string): boolean {
  return startsLower(text) || DANGLING.test(prev.text);
}

function startsLower(text: string): boolean {
  return /^\s*(?:\u0001[^\u0002]*\u0002)?\s*[\p{Ll},;]/u.test(text);
}

export function assembleChapter(blocks: Block[], ctx: AssembleContext): Assembled {
  const paragraphs: RawParagraph[] = [];
  const footnotes: RawFootnote[] = [];
  const notes: string[] = [];
  const stats = { leaks: 0, joins: 0, marginal: 0, pageBreaks: 0 };
  let page: string | null = ctx.startPage;
  let inFootnotes = false;
  let pageBottomNotes = false;
  const advance = (to?: string | null) => {
    const n = page !== null ? parseNumber(page) : null;
    page = to ?? (n !== null && /^\d+$/.test(page!) ? String(n + 1) : page);
    stats.pageBreaks++;
  };
  const isBody = (b: Block | undefined) => !!b && (b.kind === "body" || b.kind === "quote" || b.kind === "list");

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const head = ctx.isRunningHead(b);
    if (b.kind === "footnote") {
      const last = footnotes.at(-1);
      if (!inFootnotes && last && endsOpen(last.text)) {
        // The previous page's last footnote stopped mid-sentence: look for its continuation at the
        // end of this page's body text, where OCR tends to merge it.
        const p = paragraphs.at(-1);
        const at = p && p.kind === "body" ? leakedContinuationStart(p.text) : -1;
        if (p && at >= 0) {
          last.text = `${last.text.trimEnd()} ${p.text.slice(at).trim()}`;
          p.text = p.text.slice(0, at).trimEnd();
          if (!p.text) paragraphs.pop();
          stats.leaks++;
          notes.push(`footnote ${last.number} (p. ${last.page ?? "?"}) continued in the body of the next page: moved back to the footnote`);
        }
      }
      for (const line of b.lines) {
        const f = parseFootnoteLine(line);
        if (f) {
          const isDefinition = /^\s*\[\^/.test(line);
          pageBottomNotes ||= !isDefinition;
          footnotes.push({ number: f.number, page: isDefinition ? null : page, text: markPlaceholders(f.text, false).text });
        } else if (footnotes.length) footnotes[footnotes.length - 1].text += " " + line.trim();
      }
      inFootnotes = !/^\s*\[\^/.test(b.lines[0]);
      continue;
    }
    if (inFootnotes && b.kind !== "pagenum" && head === false) {
      inFootnotes = false;
      advance(); // footnotes sit at the foot of a page: what follows is on the next page
    }
    if (b.kind === "pagenum") {
      const n = b.pageNumber!;
      const cur = page !== null ? parseNumber(page) : null;
      const val = parseNumber(n);
      if (cur !== null && val === cur) advance(); // a footer: the next page follows
      else if (cur !== null && val === cur + 1) { if (!pageBottomNotes || stats.pageBreaks === 0) advance(n); }
      else advance(paragraphs.length ? String((val ?? 0) + 1) : n);
      continue;
    }
    if (head !== false) {
      if (head) { const v = parseNumber(head), cur = page !== null ? parseNumber(page) : null; if (v !== null && v !== cur) advance(head); }
      continue;
    }
    if (b.kind === "separator" || b.kind === "image" || b.kind === "table") continue;
    if (b.kind === "heading") {
      paragraphs.push({ kind: "heading", text: b.heading ?? b.text, page, breaks: [] });
      continue;
    }
    if (b.kind === "list") {
      // One paragraph per item, its bullet or number dropped: items are not sentences of one paragraph.
      for (const line of b.lines) paragraphs.push({ kind: "list", text: markPlaceholders(line.replace(LIST_MARK, "").trim(), ctx.bracketMarkers).text, page, breaks: [] });
      continue;
    }
    const text = markPlaceholders(joinLines(b.lines, ctx.stats), ctx.bracketMarkers).text;
    const prev = paragraphs.at(-1);
    // A short, unpunctuated line between the two halves of a sentence is a marginal note or a stray head.
    const next = blocks.slice(i + 1).find((x) => isBody(x) || x.kind === "heading");
    if (isOpen(prev) && b.lines.length <= 2 && text.split(/\s+/).length <= 8 && !TERMINAL.test(text) && !startsLower(text) && next && isBody(next) && continues(prev, next.text)) {
      stats.marginal++;
      notes.push(`marginal note "${text.slice(0, 40)}" lifted out of a sentence`);
      continue;
    }
    if (isOpen(prev) && continues(prev, text) && b.kind === "body") {
      const joined = /\p{L}-$/u.test(prev.text) ? joinHyphenated(prev.text, text, ctx.stats) : `${prev.text} ${text}`;
      const at = joined.length - text.length; // where this page's text starts in the joined paragraph
      if (page !== null && page !== (prev.breaks.at(-1)?.page ?? prev.page)) prev.breaks.push({ at, page });
      prev.text = joined;
      stats.joins++;
      continue;
    }
    paragraphs.push({ kind: b.kind === "body" ? "body" : b.kind, text, page, breaks: [] });
  }
  return { paragraphs, footnotes, notes, stats };
}
