// The document's title: YAML front matter, a Project Gutenberg "Title:" line, the most prominent
// heading before the first chapter, or a short first line. Else (see index.ts) the title of the
// document's only chapter, or the file name.
import type { Block } from "./blocks";
import { isCapitalsHeading, titleCase } from "./title-case";
import { titleLike } from "./summary";
import { pageHeadLines } from "./furniture";

// (A lecture's or a letter's label alone, "LECTURE IX.", "Letter 12", names the section as "CHAPTER 12" does.)
const NOT_A_TITLE = /^(?:(chapter|chap\.|contents|table of contents|preface|foreword|part|book|volume|notes|introduction)\b|[IVXLC]{1,7}\.?$|(?:lecture|letter)\s+(?:\d{1,3}|[IVXLC]{1,7})\.?$)/i;

export function documentTitle(raw: string, blocks: Block[], firstChapter: number, acronyms?: Set<string>): string | null {
  const head = raw.slice(0, 5000).replace(/\r\n?/g, "\n");
  const yaml = head.match(/^\uFEFF?---\n(?:[\w-]+:.*\n)*?title:\s*["']?(.+?)["']?\s*\n/);
  if (yaml) return yaml[1];
  const gutenberg = /Project Gutenberg/i.test(head) ? head.match(/^Title:\s*(.+)$/m) : null;
  if (gutenberg) return gutenberg[1].trim();
  // Among the headings before the first chapter, the highest level wins ("#" over "**bold**").
  const front = blocks.slice(0, firstChapter >= 0 ? firstChapter : 40); // 0: the chapter heading opens the text
  let best: Block | undefined;
  for (const b of front) if (b.kind === "heading" && b.heading && !NOT_A_TITLE.test(b.heading) && (!best || b.level! < best.level!)) best = b;
  if (best?.heading) return titleCase(best.heading, acronyms);
  // Else a short first line before the first chapter, unless it names a chapter or a section ("CHAPTER 3", "PREFACE").
  // A page's running head is not the book's title, even over the first page of an excerpt that
  // starts mid-chapter ("VIII.]   THE INDUSTRIAL AGE   209", the same words over later pages).
  const pageHeads = pageHeadLines(blocks);
  const first = front.find((b) => b.kind === "body" && !pageHeads.has(b));
  // A book heading in capitals may close with a full stop and wrap to a second line ("THE LIFE OF" / "MARCUS VELLIUS.").
  // (Its italic or bold markup is no part of it: "_PART II._".)
  const line = unwrapped(first?.text ?? "");
  // A line wholly in square brackets is a transcriber's banner or note ("[An Archive of Letters]"), not the title.
  if (/^\[[^\]]*\]$/.test(line)) return null;
  const plain = first?.lines.length === 1 && line.length < 80 && !/[.,;:!?]$/.test(line);
  if (first && (plain || (first.lines.length <= 2 && isCapitalsHeading(line)) || titleCased(first)) && !NOT_A_TITLE.test(line)) return titleCase(line.replace(/\.$/, ""), acronyms);
  // A part's label over the part's title ("PART II." / "THE GROWTH OF THE TOWNS."): the part's title
  // names an excerpt of that part.
  const next = first ? front[front.indexOf(first) + 1] : undefined;
  const nextLine = unwrapped(next?.text ?? "");
  if (PART_LABEL.test(line) && next?.kind === "body" && next.lines.length <= 2 && (isCapitalsHeading(nextLine) || titleCased(next)) && !NOT_A_TITLE.test(nextLine)) return titleCase(nextLine.replace(/\.$/, ""), acronyms);
  return null;
}

const PART_LABEL = /^(?:part|book)\s+(?:[IVXLC]{1,7}|\d{1,2})\.?$/i;

/** A line's text without the italic or bold markup round it. */
function unwrapped(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  return t.replace(/^([_*]{1,2})(.+?)\1(?=[.,;:]?$)/, "$2").trim();
}

/**
 * A title in title case over a line or two, perhaps closed by a full stop ("Address to the
 * Mathematical and Physical Sections of the British" / "Association."): every word capitalised but
 * the small ones, as no sentence of prose is. Four words at least: "John Smith." is a byline.
 */
export function titleCased(b: Block | undefined): boolean {
  if (!b || b.kind !== "body" || b.lines.length > 2) return false;
  const t = b.text.replace(/\s+/g, " ").trim();
  const words = t.split(" ").length;
  return t.length < 150 && words >= 4 && words <= 20 && !/[,;:!?]$/.test(t) && !/\.\s+\S/.test(t) && titleLike(t.replace(/\.$/, ""));
}

/** "notes/pd-some-book_ch3.txt" -> "pd some book ch3": the last resort for a title. */
export function fileTitle(filename?: string): string | null {
  return filename ? filename.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ") : null;
}
