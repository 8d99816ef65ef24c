// Book chapters from OCR'd Markdown or plain text: layout detection plus general rules.
// cleanDocument -> chapters with cleaned text, paragraphs, sentences (with pages and offsets) and
// footnotes (with page, number and where they were cited).
import type { CleanDocument, LayoutReport } from "./types";
import { normalizeDocument, toBlocks, type Block } from "./blocks";
import { readToc } from "./toc";
import { segmentChapters, titleCase } from "./segment";
import { runningHeadDetector } from "./furniture";
import { assembleChapter } from "./assemble";
import { finalizeChapter } from "./finalize";
import { wordStats } from "./hyphen";
import { convertEndnotes } from "./endnotes";

export type { CleanChapter, CleanDocument, Sentence, Footnote, Paragraph, LayoutReport } from "./types";
export { splitSentences } from "./sentences";
export { decodeUpload } from "./decode";

function documentTitle(raw: string, blocks: Block[], filename?: string): string | null {
  const yaml = raw.replace(/\r\n?/g, "\n").match(/^\uFEFF?---\n(?:[\w-]+:.*\n)*?title:\s*["']?(.+?)["']?\s*\n/);
  if (yaml) return yaml[1];
  const h = blocks.find((b) => b.kind === "heading" && !/^(chapter|contents|preface|part)\b/i.test(b.heading ?? ""));
  if (h?.heading) return titleCase(h.heading);
  const first = blocks.find((b) => b.kind === "body");
  if (first && first.lines.length === 1 && first.text.length < 80 && !/[.,;:]$/.test(first.text.trim())) return titleCase(first.text.trim());
  return filename ? filename.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ") : null;
}

export function cleanDocument(raw: string, opts: { filename?: string } = {}): CleanDocument {
  const doc = normalizeDocument(raw);
  const blocks = toBlocks(doc);
  const stats = wordStats(doc);
  const gutenbergNotes = /^\s*\[Footnote\s+[\w*†‡§]{1,4}\s*:/im.test(doc); // their markers are bracketed: "[1]"
  const toc = readToc(blocks);
  const title = documentTitle(raw, blocks, opts.filename);
  const segments = segmentChapters(blocks, toc, title ?? "Untitled chapter");
  const isRunningHead = runningHeadDetector(blocks, [...segments.map((s) => s.title), ...(title ? [title] : [])]);
  const layout: LayoutReport = {
    format: blocks.some((b) => b.kind === "heading" && (b.level ?? 7) < 7) || /<sup>|\*\*|\[\^/.test(doc) ? "markdown" : "plain",
    hasSupMarkers: /<sup>/i.test(doc), hasFootnoteBlocks: blocks.some((b) => b.kind === "footnote"), hasEndnotes: false,
    hasRunningHeads: false, hasPageNumbers: blocks.some((b) => b.kind === "pagenum"), hyphenationRepairs: 0, notes: [],
  };
  if (toc.length) layout.notes.push(`table of contents with ${toc.length} entries`);
  const chapters = segments.map((seg, index) => {
    const end = convertEndnotes(seg.blocks);
    layout.hasEndnotes ||= end.found;
    const assembled = assembleChapter(end.blocks, { stats, isRunningHead, bracketMarkers: end.found || gutenbergNotes, startPage: seg.startPage });
    layout.hasRunningHeads ||= end.blocks.some((b) => { const h = isRunningHead(b); return h === null || !!h; });
    const { chapter, repairs } = finalizeChapter(assembled, { index, number: seg.number, title: seg.title }, stats);
    layout.hyphenationRepairs += repairs;
    layout.notes.push(...seg.notes, ...assembled.notes.slice(0, 20));
    const s = assembled.stats;
    if (s.joins || s.pageBreaks) layout.notes.push(`chapter ${seg.number ?? index + 1}: ${s.pageBreaks} page break(s), ${s.joins} paragraph(s) rejoined across breaks`);
    return chapter;
  }).filter((c) => c.sentences.length > 0);
  layout.hyphenationRepairs += stats.joins;
  return { title, chapters, layout };
}
