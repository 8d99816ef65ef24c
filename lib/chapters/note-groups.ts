// Endnotes gathered at the end of a book: a "Notes" heading, then one group per chapter headed
// "Chapter 3" (or "3"), each a run of numbered entries. Chapter detection sees each group as a
// chapter of its own; here such note-only segments are handed to the chapter with their number,
// as a "Notes" section that convertEndnotes then files as that chapter's footnotes.
import type { Block } from "./blocks";
import type { Segment } from "./segment";

const ENTRY = /^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+\S/;
const NOTES_LABEL = /^(notes|endnotes|notes to the text)$/i;

function isNoteGroup(seg: Segment): boolean {
  const content = seg.blocks.filter((b) => b.kind !== "heading" && b.kind !== "separator" && b.kind !== "pagenum");
  // Numbered entries, or footnote definitions ("[^1]: ...", also what EPUB note links become: see converters.ts).
  return content.length > 0 && content.every((b) => (ENTRY.test(b.lines[0]) && (b.kind === "list" || b.kind === "body")) || (b.kind === "footnote" && /^\s*\[\^/.test(b.lines[0])));
}

const label = (b: Block | undefined) => (b ? (b.heading ?? (b.lines.length === 1 ? b.text : "")).replace(/[*_#]/g, "").trim() : "");

export function attachNoteGroups(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const target = seg.number !== null && isNoteGroup(seg) ? out.find((s) => s.number === seg.number) : undefined;
    if (!target) {
      out.push({ ...seg, blocks: [...seg.blocks] });
      continue;
    }
    // The "Notes" heading that opened the back matter ends the previous segment: drop it there.
    const last = out[out.length - 1];
    if (NOTES_LABEL.test(label(last.blocks.at(-1)))) last.blocks.pop();
    const heading: Block = { kind: "heading", lines: ["Notes"], text: "Notes", level: 2, heading: "Notes", synthetic: true };
    const entries = seg.blocks.filter((b) => b.kind !== "heading");
    target.blocks.push(...(target.blocks.some((b) => b.heading === "Notes") ? [] : [heading]), ...entries);
    target.notes.push(`endnotes for chapter ${seg.number} found at the end of the book`);
  }
  return out;
}
