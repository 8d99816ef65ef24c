// A section head set over a head: a textbook divides its chapter into parts headed in capitals
// ("THE RISE OF THE WOMAN MOVEMENT") or title case ("Research Topics"), each opening straight on a
// run-in head of its first topic ("Protests of Colonial Women.—The republican spirit…"). Read after
// the run-in heads are set apart, such a line stands between a finished paragraph and a heading, and
// the rules for a heading (a line before a paragraph) do not see it: it was left a paragraph of one
// unfinished "sentence".
import type { RawParagraph } from "./assemble";
import { isCapitalsHeading } from "./title-case";
import { titleLike } from "./summary";
import { stripInlineMarkup } from "./inline";

const MAX_WORDS = 10;
const MIN_TEXT_WORDS = 10; // the text under the head below: a paragraph, not a line of names ("John Blair— James Madison Jr.")
// Closed as a sentence or a clause, or left open on a word that needs more: not a head.
const UNFINISHED = /(?:[.!?,;:—–-]|\b(?:a|an|the|of|to|and|or|by|in|on|at|for|with|from))["”’)]?\s*$/i;
const FINISHED = /[.!?:]["”’)\]]*\s*$/;

/** A line fit to head a section: one short line in capitals or in title case, not closed as a sentence. */
export function headLine(text: string): boolean {
  const t = stripInlineMarkup(text).replace(/\s+/g, " ").trim();
  if (!t || t.length > 80 || t.split(" ").length > MAX_WORDS || UNFINISHED.test(t) || /^[\p{Ll}\d]/u.test(t)) return false;
  return isCapitalsHeading(t) || titleLike(t);
}

/**
 * Makes such a line a heading when the paragraph before it is finished and a heading follows it
 * over a finished paragraph of text (not a list of names under heads: "John Langdon Nicholas
 * Gilman" / "Massachusetts" / "Nathaniel Gorham Rufus King"); returns how many.
 */
export function stackedHeads(paragraphs: RawParagraph[]): number {
  let count = 0;
  paragraphs.forEach((p, i) => {
    const prev = paragraphs[i - 1], next = paragraphs[i + 1], text = paragraphs[i + 2];
    if (p.kind !== "body" || next?.kind !== "heading" || p.text.includes("\n") || !headLine(p.text)) return;
    if (text?.kind !== "body" || !FINISHED.test(stripInlineMarkup(text.text)) || text.text.split(/\s+/).length < MIN_TEXT_WORDS) return;
    if (prev && prev.kind !== "heading" && !FINISHED.test(stripInlineMarkup(prev.text))) return;
    p.kind = "heading";
    count++;
  });
  return count;
}
