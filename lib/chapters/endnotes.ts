// Endnotes: a "Notes" heading followed by numbered entries ("1. text", "1 text", "[1] text"), or,
// without a heading, a run of numbered entries closing the chapter whose numbers the body cites
// with explicit markers (MinerU and Docling put page-foot notes there as plain paragraphs).
// They are rewritten as Markdown footnote definitions ("[^1]: text") so the assembler files them
// as footnotes without page breaks; the body's bracketed or superscript markers then resolve.
import type { Block } from "./blocks";
import { isPower } from "./markers";

const NOTES_HEADING = /^(notes|endnotes|footnotes|references and notes|references)[:.]?$/i; // numbered references resolve "[1]" too
const ENTRY = /^\s*(?:[-*+•]\s+)?(?:\[(\d{1,3})\]|(\d{1,3})[.)]?)\s+(\S.*)$/; // "1. text", "[1] text", "* [1] text" (Nougat)

// A line of a note that closes no sentence or clause ("…Hale v. Dunmore, 12 Reports,") runs on
// into the next: that line is the same note going on, even when it opens on a number ("418 (1821),
// that…", a law report's page), not a new entry.
const RUNS_ON = /[^.!?:;"”’)\]]\s*$/;

function asDefinitions(b: Block): Block {
  if (b.kind === "heading") return b;
  const lines = b.lines.map((l, k) => {
    const m = l.match(ENTRY);
    return m && !(k > 0 && RUNS_ON.test(b.lines[k - 1])) ? `[^${m[1] ?? m[2]}]: ${m[3]}` : l;
  });
  return /^\[\^/.test(lines[0]) ? { ...b, kind: "footnote", lines, text: lines.join("\n") } : b;
}

export function convertEndnotes(blocks: Block[]): { blocks: Block[]; found: boolean } {
  const label = (b: Block) => (b.kind === "heading" ? b.heading ?? "" : b.lines.length === 1 ? b.text : "").replace(/[*_#]/g, "").trim();
  const at = blocks.findIndex((b) => NOTES_HEADING.test(label(b)));
  if (at < 0) return trailingNotes(blocks);
  const rest = withNoteParagraphs(blocks.slice(at + 1).map(asDefinitions));
  const converted = rest.reduce((n, b) => n + (b.kind === "footnote" ? b.lines.filter((l) => /^\[\^/.test(l)).length : 0), 0); // entries, not blocks
  // One entry is enough under a Notes heading we made ourselves (note-groups.ts); a stray "Notes" needs two.
  if (converted < (blocks[at].synthetic ? 1 : 2)) {
    // Notes that an earlier pass already matched to their markers ("FOOTNOTES:" over "[6] He…"
    // filed as a footnote): the heading over them is no text of the chapter, even over one note.
    const after = blocks.slice(at + 1);
    const filed = after.some((b) => b.kind === "footnote") && after.every((b) => b.kind === "footnote" || b.kind === "pagenum" || b.kind === "separator");
    return { blocks: filed ? [...blocks.slice(0, at), ...after] : blocks, found: false };
  }
  return { blocks: [...blocks.slice(0, at), ...rest], found: true };
}

/**
 * Under the notes heading, a paragraph that opens no entry, after a note, is that note's next
 * paragraph ("[5] A long note…" / "A second paragraph…"): it goes with the note, not back
 * into the chapter's text. A heading ends the notes' run.
 */
function withNoteParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let note: number | null = null;
  for (const b of blocks) {
    if (b.kind === "footnote") note = out.length;
    else if (b.kind === "heading") note = null;
    else if (note !== null && b.kind === "body") {
      const lines = [...out[note].lines, ...b.lines];
      out[note] = { ...out[note], lines, text: lines.join("\n") };
      continue;
    }
    out.push(b);
  }
  return out;
}

/** Numbers cited by explicit markers in body text (bare digits are not evidence: they may be anything; a power, markers.ts's isPower, is none). One pass. */
function citedNumbers(body: string): Set<string> {
  const cited = [...body.matchAll(/<sup>\s*(\d{1,3})\s*<\/sup>|\[\^(\d{1,3})\]|\^(\d{1,3})\b/g)].filter((m) => !m[3] || !isPower(body, m.index!));
  return new Set(cited.map((m) => m[1] ?? m[2] ?? m[3]));
}

/** A closing run of blocks, each opening with the next note number, all cited by markers above. */
function trailingNotes(blocks: Block[]): { blocks: Block[]; found: boolean } {
  let start = blocks.length;
  let expected: number | null = null; // numbers must rise by one, read from the end backwards
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === "pagenum" || b.kind === "separator") continue;
    if (b.kind !== "body" && b.kind !== "list") break;
    const numbers = b.lines.map((l) => l.match(ENTRY)).filter((m) => m !== null).map((m) => Number(m![1] ?? m![2]));
    if (!ENTRY.test(b.lines[0]) || numbers.some((n, k) => k > 0 && n !== numbers[k - 1] + 1)) break;
    if (expected !== null && numbers.at(-1) !== expected - 1) break;
    expected = numbers[0];
    start = i;
  }
  const entries = blocks.slice(start).filter((b) => b.kind === "body" || b.kind === "list");
  if (entries.length < 2 && (entries[0]?.lines.length ?? 0) < 2) return { blocks, found: false };
  const cited = citedNumbers(blocks.slice(0, start).map((b) => b.text).join("\n"));
  const numbers = entries.flatMap((b) => b.lines.flatMap((l) => l.match(ENTRY)?.slice(1, 3).filter(Boolean) ?? []));
  if (numbers.filter((n) => cited.has(n!)).length < Math.max(2, numbers.length * 0.75)) return { blocks, found: false };
  return { blocks: [...blocks.slice(0, start), ...blocks.slice(start).map(asDefinitions)], found: true };
}
