// A chapter that begins in the middle of a page shares that page's foot with the end of the
// chapter before it: a footnote printed there may belong to the previous chapter. Such a note, on
// the new chapter's first page and cited by a marker in the previous chapter but not in the text of
// the new one above it, is handed back. An empty footnote block stays in its place, so the page
// break that the note's position records is not lost.
import type { Block } from "./blocks";
import type { Segment } from "./segment";
import { parseFootnoteLine } from "./markers";

const cites = (blocks: Block[], n: string) => blocks.some((b) => b.kind !== "footnote" && (b.text.includes(`<sup>${n}</sup>`) || b.text.includes(`[^${n}]`)));

export function returnStrayNotes(segments: Segment[]): number {
  let moved = 0;
  for (let k = 1; k < segments.length; k++) {
    const seg = segments[k];
    const prev = segments[k - 1];
    const prevTail = prev.blocks.slice(-12); // the previous chapter's last page
    let sawNotes = false;
    for (let i = 0; i < seg.blocks.length; i++) {
      const b = seg.blocks[i];
      if (b.kind === "pagenum" || (sawNotes && b.kind !== "footnote")) break; // the first page is over
      if (b.kind !== "footnote" || /^\s*\[\^/.test(b.lines[0] ?? "")) continue;
      sawNotes = true;
      const numbers = b.lines.map((l) => parseFootnoteLine(l)?.number).filter((n): n is string => !!n);
      const above = seg.blocks.slice(0, i);
      if (!numbers.length || !numbers.every((n) => !cites(above, n) && cites(prevTail, n))) continue;
      prev.blocks.push(b);
      seg.blocks[i] = { kind: "footnote", lines: [], text: "", synthetic: true };
      prev.notes.push(`footnote ${numbers.join(", ")} printed on the next chapter's first page: handed back`);
      moved++;
    }
  }
  return moved;
}

/**
 * An e-text that gathers the notes of two chapters or more after the last of them ("FOOTNOTES:" /
 * "[12] …" … "[30] …" after chapter II, numbered on through chapters I and II): a note cited by a
 * marker in an earlier chapter and by none in the chapter it stands in is that earlier chapter's.
 * It is moved to the end of that chapter, so it is cited where its marker stands. Only definitions
 * ("[^n]: …", notes already paired with their markers); a number cited in two chapters stays.
 */
export function returnGatheredNotes(segments: Segment[]): number {
  let moved = 0;
  for (let k = 1; k < segments.length; k++) {
    const seg = segments[k];
    const keep: Block[] = [];
    for (const b of seg.blocks) {
      const n = b.kind === "footnote" && b.lines.length ? /^\s*\[\^([^\]\s]{1,40})\]:/.exec(b.lines[0])?.[1] : undefined;
      const home = n && !cites(seg.blocks, n) ? segments.slice(0, k).filter((s) => cites(s.blocks, n)) : [];
      if (home.length !== 1 || home[0].blocks.some((x) => x.kind === "footnote" && x.lines[0]?.startsWith(`[^${n}]:`))) {
        keep.push(b);
        continue;
      }
      home[0].blocks.push(b);
      moved++;
    }
    if (keep.length !== seg.blocks.length) {
      seg.notes.push(`${seg.blocks.length - keep.length} note(s) gathered here but cited in an earlier chapter: moved to it`);
      seg.blocks = keep;
    }
  }
  return moved;
}
