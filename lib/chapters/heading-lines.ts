// A short line without a closing stop: how a title or a chapter's heading line looks when the file
// marks no heading. Shared by the chapter splitter (a text's title line) and the section-number pass
// (the heading lines above a chapter's first section number), which must agree on what a title is.
import type { Block } from "./blocks";

/** A block of at most maxLines lines, under 80 characters, not ending in a stop or a comma. */
export function shortTitleLine(b: Block, maxLines = 1): boolean {
  const t = b.text.trim();
  return b.lines.length <= maxLines && t.length < 80 && !/[.,;:!?]$/.test(t);
}
