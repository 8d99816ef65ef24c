// Walks one chapter's blocks in reading order and rebuilds its body text: page furniture dropped,
// footnotes collected with their page, paragraphs broken by page breaks rejoined, hyphenation
// repaired across lines and pages, marginal notes lifted out of sentences, and footnote
// continuations that OCR merged into the next page's body handed back to their footnote.
import { LIST_ITEM_LINE } from "./list-items";
import { ROMAN_LINE, SECTION_LABEL, SECTION_MARKER, type Block } from "./blocks";
import { parseFootnoteLine, markPlaceholders } from "./markers";
import { DASH_GOES_ON, endsWithClosedDash, endsWithWordHyphen, joinHyphenated, joinLines, type WordStats } from "./hyphen";
import { endsOpen, leakedContinuationStart, readsAsCitation } from "./citations";
import { inlinePageMarks, PageTracker } from "./pages";
import { isCapitalsHeading } from "./title-case";
import { YEAR_TOKEN } from "./year-token";
import { titleLike } from "./summary";
import { longTitleLine } from "./long-title-lines";
import { quotedAfterColon } from "./colon-quotations";
import { opensFlush } from "./indented-paragraphs";
import { mostlyForeign } from "./foreign-quotes";

export type RawParagraph = { kind: "body" | "heading" | "quote" | "list" | "apparatus"; text: string; page: string | null; breaks: { at: number; page: string }[] };
export type RawFootnote = { number: string; page: string | null; text: string };
export type Assembled = { paragraphs: RawParagraph[]; footnotes: RawFootnote[]; notes: string[]; stats: { leaks: number; joins: number; marginal: number; pageBreaks: number; headTurns: number; captions: number; glosses: number } };

export type AssembleContext = { stats: WordStats; isRunningHead: (b: Block) => string | null | false; bracketMarkers: boolean; letterMarkers?: boolean; startPage: string | null; glosses?: Set<Block>; indented?: boolean };

const BOX_LABEL = /^(?:Box|Sidebar|Panel|Case Study|Feature|Focus|Spotlight|Insight)\s+\d{1,3}(?:\.\d{1,3})?[.:]?\s+\p{Lu}[^.]*$/u;
const LIST_MARK = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
// A paragraph ends with a full stop (or ?, !, :), perhaps inside closing quotes or brackets; a
// semicolon, or a quote closed after a comma ('said,"'), leaves the sentence running on.
// (A straight single quote closes a quotation too after its stop: "'Wolf! Wolf!'" is an exclamation, no heading.)
const TERMINAL = /(?:[.!?:]|[.!?]["”’')\]]+)\s*(?:\u0001[^\u0002]*\u0002\s*)*$/;
// A title closing on the year of its period, after a comma or "to": "…, 1410.", "…TO 1410.".
const TITLE_DATE_END = new RegExp(String.raw`(?:,|\bTO)\s+(?:${YEAR_TOKEN})\.$`);

// End-anchored regexes are tried at every position by V8: test only a paragraph's tail, so that
// a paragraph growing by many joins stays linear.
const tail = (s: string) => (s.length > 200 ? s.slice(-200) : s);

function isOpen(p: RawParagraph | undefined): p is RawParagraph {
  return !!p && p.kind === "body" && !TERMINAL.test(tail(p.text));
}

// A paragraph cannot end on these words: what follows a page break or a marginal note continues it.
const DANGLING = /\b(?:a|an|the|of|to|as|and|or|but|by|in|on|at|for|from|with|into|that|which|who|whose|was|were|is|are|be|been|his|her|its|their|our|this|these|those|than|between|called|named|known)\s*$/i;

function continues(prev: RawParagraph, text: string): boolean {
  return startsLower(text) || DANGLING.test(tail(prev.text)) || completesLeadIn(prev, text);
}

// A quotation set off on its own lines (verse, a saying, a passage) after the words that lead into
// it: "…in his own words," / "Force and Justice together.", "…as follows:—" / "It is …". The
// sentence runs on into the quotation, as the author wrote it; left apart, the lead-in is a fragment.
// A quotation in another language is set apart all the same (foreign-quotes.ts marks it): the
// English reader is asked about the lead-in's words, never the quoted ones. Shared with foreign-quotes.ts,
// so that what is left apart here is judged there.
export const LEAD_IN = /(?:\p{L}|,|:?(?:[—–]|-{2,3}))\s*$/u;
const QUOTATION = /^\s*["“‘]/;

function completesLeadIn(prev: RawParagraph, text: string): boolean {
  return QUOTATION.test(text) && LEAD_IN.test(tail(prev.text)) && !mostlyForeign(text);
}

// An item of a numbered list set in under its lead-in ("…the parts are these:—" / "   No. 1.
// Andante in D; Rondo…", "   2. The second rule…"): an item of its own, never the rest of the
// lead-in's sentence (LIST_ITEM_LINE, list-items.ts).

// Lines of verse (or of a saying) quoted on lines of their own, each set in and opening with a capital,
// too few to be kept out of the text as verse (verse.ts): after words that lead into them
// ("…as quiet as some country" / "  Where never bell was rung nor horn was blown,") the sentence runs
// on into them, as it does into a quotation in quotation marks.
// (Not in another language: the English sentence leading in stands without it, foreign-quotes.ts.)
function quotedLines(b: Block): boolean {
  return b.kind === "body" && !LIST_ITEM_LINE.test(b.lines[0]) && b.lines.length >= 2 && b.lines.length <= 3 && b.lines.every((l) => /^(?: {2,}|\t)["“‘(]?\p{Lu}/u.test(l) && l.trim().length <= 70) && !mostlyForeign(b.text);
}

function startsLower(text: string): boolean {
  return /^\s*(?:\u0001[^\u0002]*\u0002)?\s*[\p{Ll},;]/u.test(text);
}

// A section head in capitals closed by a full stop or a question mark, on a line of its own between
// paragraphs, reads like a sentence in capitals ("THE KEEPER SPOKE LOUDLY."); a text whose sections
// are headed so shows it again and again. Where a chapter has at least this many such lines, each
// between a finished paragraph and one opening a sentence, they are its section heads.
const MIN_CAPITALS_HEADS = 3;
const MAX_HEAD_WORDS = 8;

function repeatedCapitalsHeads(blocks: Block[], isBody: (b: Block | undefined) => boolean): Set<Block> {
  const found = new Set<Block>();
  blocks.forEach((b, i) => {
    if (b.kind !== "body" || b.lines.length !== 1 || !isBody(b)) return;
    const text = b.text.trim();
    if (!/[.?]$/.test(text) || text.split(/\s+/).length > MAX_HEAD_WORDS || !isCapitalsHeading(text)) return;
    // (The paragraph above, past a footnote filed after it or a page's furniture.)
    let j = i - 1;
    while (j >= 0 && blocks[j].kind !== "body" && blocks[j].kind !== "heading" && blocks[j].kind !== "quote" && blocks[j].kind !== "list") j--;
    const prev = blocks[j];
    const next = blocks[i + 1];
    if (!prev || prev.kind !== "body" || !TERMINAL.test(tail(prev.text))) return;
    if (!next || !isBody(next) || startsLower(next.text) || next.lines.length < 2) return;
    found.add(b);
  });
  return found.size >= MIN_CAPITALS_HEADS ? found : new Set();
}

export function assembleChapter(blocks: Block[], ctx: AssembleContext): Assembled {
  const paragraphs: RawParagraph[] = [];
  const footnotes: RawFootnote[] = [];
  const notes: string[] = [];
  const stats = { leaks: 0, joins: 0, marginal: 0, pageBreaks: 0, headTurns: 0, captions: 0, glosses: 0 };
  const pages = new PageTracker(ctx.startPage);
  const isBody = (b: Block | undefined) => !!b && (b.kind === "body" || b.kind === "quote" || b.kind === "list") && ctx.isRunningHead(b) === false;
  // Index of the next body or heading block after each block, computed once so the walk stays linear.
  const nextText: number[] = new Array(blocks.length + 1).fill(-1);
  for (let i = blocks.length - 1; i >= 0; i--) nextText[i] = isBody(blocks[i + 1]) || blocks[i + 1]?.kind === "heading" ? i + 1 : nextText[i + 1];
  const capsHeads = repeatedCapitalsHeads(blocks, isBody);
  let inFootnotes = false;
  let breaksAtLast = 0; // page breaks seen when the last paragraph was read
  let interrupted: RawParagraph | null = null; // an unfinished paragraph that a boxed insert cut
  let noteTurn = 0; // pages turned when the last footnote block was read

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const head = ctx.isRunningHead(b);
    if (b.kind === "footnote") {
      const last = footnotes.at(-1);
      if (!inFootnotes && last && endsOpen(last.text)) {
        // The previous page's last footnote stopped mid-sentence: look for its continuation at the
        // end of this page's body text, where OCR tends to merge it.
        const p = paragraphs.at(-1);
        const resumes = blocks[nextText[i]];
        const at = p && p.kind === "body" ? leakedContinuationStart(p.text, !!resumes && resumes.kind === "body" && startsLower(resumes.text)) : -1;
        if (p && at >= 0) {
          last.text = `${last.text.trimEnd()} ${p.text.slice(at).trim()}`;
          p.text = p.text.slice(0, at).trimEnd();
          if (!p.text) paragraphs.pop();
          stats.leaks++;
          notes.push(`footnote ${last.number} continued in the body of the next page: moved back to the footnote`);
        }
      }
      const definitions = b.lines.length > 0 && /^\s*\[\^/.test(b.lines[0]); // an empty block: a note handed back, its page break kept
      // Definitions ([^n]:) and endnotes have no page of their own; page-bottom notes do.
      const notePage = definitions ? null : pages.footnotes();
      for (const line of b.lines) {
        const f = parseFootnoteLine(line);
        if (f) footnotes.push({ number: f.number, page: notePage, text: markPlaceholders(f.text, false).text });
        else if (footnotes.length) footnotes[footnotes.length - 1].text += " " + line.trim();
      }
      inFootnotes = !definitions;
      noteTurn = pages.pagesTurned;
      continue;
    }
    if (b.kind === "pagenum") {
      pages.pageNumber(b.pageNumber!, !!b.withHead);
      continue;
    }
    if (head !== false) {
      if (head) pages.runningHead(head);
      else if (head === null) pages.pageBreak();
      continue;
    }
    if (b.kind === "separator" || b.kind === "image" || b.kind === "table" || b.kind === "caption" || b.kind === "formula" || b.kind === "verse") {
      if (b.kind === "caption") stats.captions++;
      // A formula that an unfinished sentence runs through stays in it ("…and we find h = k-d.").
      const open = paragraphs.at(-1);
      if (b.kind === "formula" && b.inline && isOpen(open)) open.text = `${open.text} ${b.inline}`;
      continue;
    }
    const lastNote = footnotes.at(-1);
    if (inFootnotes && b.kind === "body" && lastNote && endsOpen(lastNote.text)) {
      // The open footnote may go on at the top of the next page, as a block of its own.
      const rest = joinLines(b.lines, ctx.stats);
      if (readsAsCitation(rest)) {
        lastNote.text = `${lastNote.text.trimEnd()} ${markPlaceholders(rest, false).text}`;
        stats.leaks++;
        notes.push(`footnote ${lastNote.number} continued on the next page: kept with the footnote`);
        continue;
      }
    }
    // A note that runs over to the foot of the next page with no figure of its own: where paragraphs
    // open indented (so a blank line parts no paragraphs), the page's last block, set apart by a blank
    // line from the text above it, which stops mid-sentence and goes on over the page; the last note
    // read, on the page before, stopped mid-sentence. Read as text it would land inside the sentence
    // (or the word hyphenated) that the page turn cuts.
    if (ctx.indented && b.kind === "body" && lastNote && endsOpen(lastNote.text) && pages.pagesTurned === noteTurn + 1 && b.lines.length <= 8 && runsOverPage(blocks, i, ctx)) {
      const above = paragraphs.at(-1);
      const resumes = blocks[nextText[i]];
      if (isBody(blocks[i - 1]) && isOpen(above) && resumes?.kind === "body" && (startsLower(resumes.text) || endsWithWordHyphen(above!.text))) {
        lastNote.text = `${lastNote.text.trimEnd()} ${markPlaceholders(joinLines(b.lines, ctx.stats), false).text}`;
        stats.leaks++;
        notes.push(`footnote ${lastNote.number} run over to the foot of the next page: kept with the footnote`);
        continue;
      }
    }
    // A marginal gloss between paragraphs, or cutting a sentence that the next block continues.
    if (ctx.glosses?.has(b)) {
      const prevP = paragraphs.at(-1);
      const next = blocks[nextText[i]];
      if (!isOpen(prevP) || (next && isBody(next) && continues(prevP, next.text))) {
        stats.glosses++;
        continue;
      }
    }
    inFootnotes = false;
    pages.content();
    const page = pages.current;
    if (b.kind === "heading") {
      interrupted = null;
      paragraphs.push({ kind: "heading", text: b.heading ?? b.text, page, breaks: [] });
      continue;
    }
    if (b.kind === "list") {
      // One paragraph per item, its bullet or number dropped: items are not sentences of one paragraph.
      for (const line of b.lines) paragraphs.push({ kind: "list", text: markPlaceholders(line.replace(LIST_MARK, "").trim(), ctx.bracketMarkers, ctx.letterMarkers).text, page, breaks: [] });
      continue;
    }
    if (b.kind === "body" && b.lines.length === 1 && (SECTION_MARKER.test(b.text) || ROMAN_LINE.test(b.text) || SECTION_LABEL.test(b.text))) {
      // "Sect. 27.", "XII.", "PART II.": the label of a section, kept as a heading of the chapter's structure.
      interrupted = null;
      paragraphs.push({ kind: "heading", text: b.text.trim(), page, breaks: [] });
      continue;
    }
    const inline = inlinePageMarks(markPlaceholders(joinLines(b.lines, ctx.stats), ctx.bracketMarkers, ctx.letterMarkers).text);
    const text = inline.text;
    const marks = inline.marks.map((m) => (pages.inlinePage(m.page), { at: m.at, page: pages.current }));
    const prev = paragraphs.at(-1);
    // A short, unpunctuated line between the two halves of a sentence is a marginal note or a stray head.
    const next = blocks[nextText[i]];
    if (isOpen(prev) && b.lines.length <= 2 && text.length < 120 && text.split(/\s+/).length <= 8 && !TERMINAL.test(text) && !startsLower(text) && next && isBody(next) && continues(prev, next.text)) {
      // A line with a page number at one end that cuts a sentence is a running head: keep its page.
      const printed = text.match(/^(\d{1,4})\s+\D|\D\s+(\d{1,4})$/);
      if (printed) pages.runningHead(printed[1] ?? printed[2]);
      else {
        stats.marginal++;
        notes.push(`marginal note "${text.slice(0, 40)}" lifted out of a sentence`);
      }
      continue;
    }
    // Across a page break an unfinished paragraph continues whatever the case of the next word:
    // paragraphs end with punctuation, so "...was renamed" / [notes] / "Leningrad in 1924" is one.
    const acrossPage = pages.breaks > breaksAtLast && !!prev && prev.text.length > 60 && /[\p{L}\d,;]$/u.test(tail(prev.text).trimEnd());
    // So is one ending in a colon when the next page goes on in lower case ("…of a sea officer:" / "all private…").
    const colonAcross = pages.breaks > breaksAtLast && prev?.kind === "body" && /:$/.test(tail(prev.text).trimEnd()) && startsLower(text);
    // A boxed insert ("Box 6.1 ...") may stand in the middle of a sentence: text resuming in lower
    // case after the box completes the paragraph the box interrupted.
    // Where paragraphs open indented, a flush-left block after a break goes on with the paragraph before.
    const goesOn = !!ctx.indented && prev?.kind === "body" && opensFlush(b) && !startsLower(text);
    // A line quoted under a colon (colon-quotations.ts), where paragraphs open flush: the colon's sentence ends on it.
    const afterColon = !ctx.indented && prev?.kind === "body" && quotedAfterColon(b, tail(prev.text)) && !mostlyForeign(text);
    const target = (isOpen(prev) && (continues(prev, text) || acrossPage || (quotedLines(b) && LEAD_IN.test(tail(prev.text))))) || goesOn || colonAcross || afterColon ? prev : !isOpen(prev) && isOpen(interrupted ?? undefined) && startsLower(text) ? interrupted : null;
    if (target && b.kind === "body") {
      // (A closed-up dash at a page's last line goes on with no space over the page, as it does at a
      // line's end; a quotation set off under its lead-in keeps its space.)
      const overPage = pages.breaks > breaksAtLast && endsWithClosedDash(target.text) && DASH_GOES_ON.test(text) && !QUOTATION.test(text);
      const joined = endsWithWordHyphen(target.text) ? joinHyphenated(target.text, text, ctx.stats) : overPage ? target.text + text : `${target.text} ${text}`;
      const at = joined.length - text.length; // where this page's text starts in the joined paragraph
      if (page !== (target.breaks.at(-1)?.page ?? target.page)) target.breaks.push({ at, page });
      target.breaks.push(...marks.map((m) => ({ at: at + m.at, page: m.page })));
      target.text = joined;
      if (target === interrupted) notes.push(`a sentence interrupted by a boxed insert rejoined after it`);
      interrupted = null;
      stats.joins++;
      breaksAtLast = pages.breaks;
      continue;
    }
    // In plain text a short unpunctuated line before a paragraph is a sub-heading (or a side-note);
    // one ending in a colon or a dash ("… continues as follows:—") introduces the paragraph after it.
    // A sidebar's label line ("Box 6.1 Critical Thinking: Can You Trust an Eyewitness?") heads the box, whatever its punctuation.
    const boxLabel = b.kind === "body" && b.lines.length === 1 && text.length <= 120 && BOX_LABEL.test(text) && !!next && isBody(next);
    const heading = boxLabel || b.kind === "body" && b.lines.length === 1 && ((text.length <= 80 && text.split(/\s+/).length <= 10) || longTitleLine(text)) && !TERMINAL.test(text) &&
      !/[,;:—–]$|[,;:]-+$/.test(text) && !DANGLING.test(text) && !startsLower(text) && !!next && isBody(next) && nextText[i] === i + 1 && !startsLower(next.text); // a heading is not followed by the rest of a sentence
    // Under a section marker ("XII."), a title in capitals closed by a full stop heads the section.
    // So does one opening the chapter, before any text (the subtitle under a title taken as the chapter's),
    // or one set apart between two paragraphs by more blank lines than the text puts between its
    // paragraphs, the one before it finished and the one after it opening a sentence ("…discerning a
    // good one." / "OF MONARCHY AND HEREDITARY SUCCESSION." / "Mankind being…"). Without the space it
    // may be a sentence in capitals ("THE KEEPER SPOKE LOUDLY.").
    const opening = prev?.kind === "heading" || !prev || (!!b.spaced && !isOpen(prev) && b.lines.length === 1 && !startsLower(next?.text ?? "a"));
    const capsTitle = b.kind === "body" && b.lines.length <= 2 && opening && isCapitalsHeading(text) && !!next && isBody(next);
    // Or a title in title case opening the chapter ("The Courts And Their Place In The State."),
    // every word capitalised but the small ones, as no sentence of prose is.
    const casedTitle = b.kind === "body" && b.lines.length <= 2 && !prev && text.split(/\s+/).length >= 4 && text.split(/\s+/).length <= 20 && titleLike(text.replace(/[.]$/, "")) && !!next && isBody(next);
    // Or a section head in title case centred on two or three lines of its own between paragraphs
    // ("The Drove Roads as a Field for the Study of" / "Old Rights of Way"), the one
    // before it finished: every line set in far from the margin, as no paragraph's lines are.
    const centredTitle = b.kind === "body" && b.lines.length >= 2 && b.lines.length <= 3 && b.lines.every((l) => /^(?: {6,}|\t{2,})\S/.test(l)) && !isOpen(prev) &&
      text.split(/\s+/).length <= 20 && !TERMINAL.test(text) && !/[,;]$/.test(text) && titleLike(text) && !!next && isBody(next) && !startsLower(next.text);
    // (A centred title follows a finished paragraph, so it interrupts none.)
    // Or one of the chapter's run of capitals heads closed by a stop ("THE FERRY.", "WHO PAID THE TOLLS?").
    const repeatedCaps = capsHeads.has(b) && !isOpen(prev);
    // Or a title in capitals wrapping over two lines of its own between paragraphs (a synopsis or an
    // appendix heading the chapter's end, "THE TOWNS OF THE COAST FROM THE FIRST COUNCIL TO / THE
    // GREAT FLOOD"), closed by no stop, or by one after the period's year ("…, 1410."): a sentence set
    // in capitals (a notice quoted) ends on its stop after a word.
    const wrappedCaps = b.kind === "body" && b.lines.length === 2 && !isOpen(prev) && !!prev && text.split(/\s+/).length >= 6 &&
      (!TERMINAL.test(text) || TITLE_DATE_END.test(text)) && isCapitalsHeading(text) && !!next && isBody(next) && nextText[i] === i + 1 && !startsLower(next.text);
    const isHeading = heading || capsTitle || casedTitle || centredTitle || repeatedCaps || wrappedCaps;
    if (isHeading) interrupted = boxLabel && isOpen(prev) ? prev : null;
    paragraphs.push({ kind: isHeading ? "heading" : b.kind === "body" ? "body" : b.kind, text, page, breaks: marks });
    breaksAtLast = pages.breaks;
  }
  stats.pageBreaks = pages.pagesTurned;
  stats.headTurns = pages.turnedByMarkers; // those a recurring line or page number made (fixclean21)
  // Page tokens become printed numbers now that all the evidence has been seen.
  const resolve = pages.resolver();
  for (const p of paragraphs) {
    p.page = resolve(p.page);
    p.breaks = p.breaks.flatMap((br) => {
      const page = resolve(br.page);
      return page === null ? [] : [{ at: br.at, page }];
    });
  }
  for (const f of footnotes) f.page = resolve(f.page);
  return { paragraphs, footnotes, notes, stats };
}

/** The block is the last on its page: a running head, a page number or the page's own notes follow. */
function runsOverPage(blocks: Block[], i: number, ctx: AssembleContext): boolean {
  const next = blocks[i + 1];
  return !!next && (next.kind === "pagenum" || next.kind === "footnote" || ctx.isRunningHead(next) !== false);
}
