// Cutting a stretch out of an assembled paragraph (figure placeholders, audience responses) while keeping its page breaks true: a break after
// the cut moves back with the text, and a break inside the cut (a page that turned in the middle of
// what is taken out) moves to the cut point, so that the text after the cut keeps the page it was
// printed on.
import type { RawParagraph } from "./assemble";

/** Removes p.text[start, end) and moves the paragraph's page breaks with it. */
export function cutParagraph(p: RawParagraph, start: number, end: number): void {
  const length = end - start;
  p.text = p.text.slice(0, start) + p.text.slice(end);
  p.breaks = p.breaks.map((b) => (b.at >= end ? { ...b, at: b.at - length } : b.at > start ? { ...b, at: start } : b));
}
