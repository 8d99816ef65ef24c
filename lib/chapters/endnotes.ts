// Endnotes: a "Notes" heading followed by numbered entries ("1. text", "1 text", "[1] text").
// They are rewritten as Markdown footnote definitions ("[^1]: text") so the assembler files them
// as footnotes without page breaks; the body's bracketed or superscript markers then resolve.
import type { Block } from "./blocks";

const NOTES_HEADING = /^(notes|endnotes|footnotes|references and notes|references)$/i; // numbered references resolve "[1]" too
const ENTRY = /^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]?)\s+(\S.*)$/;

export function convertEndnotes(blocks: Block[]): { blocks: Block[]; found: boolean } {
  const label = (b: Block) => (b.kind === "heading" ? b.heading ?? "" : b.lines.length === 1 ? b.text : "").replace(/[*_#]/g, "").trim();
  const at = blocks.findIndex((b) => NOTES_HEADING.test(label(b)));
  if (at < 0) return { blocks, found: false };
  const rest = blocks.slice(at + 1).map((b): Block => {
    if (b.kind === "heading") return b;
    const lines = b.lines.map((l) => {
      const m = l.match(ENTRY);
      return m ? `[^${m[1] ?? m[2]}]: ${m[3]}` : l;
    });
    return /^\[\^/.test(lines[0]) ? { ...b, kind: "footnote", lines, text: lines.join("\n") } : b;
  });
  const converted = rest.filter((b) => b.kind === "footnote").length;
  // One entry is enough under a Notes heading we made ourselves (note-groups.ts); a stray "Notes" needs two.
  if (converted < (blocks[at].synthetic ? 1 : 2)) return { blocks, found: false };
  return { blocks: [...blocks.slice(0, at), ...rest], found: true };
}
