// Endnotes gathered at the end of a book: a "Notes" heading, then one group per chapter headed
// "Chapter 3" (or "3"), each a run of numbered entries. Chapter detection sees each group as a
// chapter of its own; here such note-only segments are handed to the chapter with their number,
// as a "Notes" section that convertEndnotes then files as that chapter's footnotes.
import type { Block } from "./blocks";
import type { Segment } from "./segment";
import { expand } from "./markers";

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

// A single notes or references list at the very end, numbered across the whole text (a paper's
// references, a book's consecutively numbered endnotes): each earlier chapter that cites its
// numbers and has no notes of its own gets a copy of the entries it cites, under a Notes heading
// of its own, which convertEndnotes then files as that chapter's footnotes.
const FINAL_NOTES = /^(notes|endnotes|references)$/i;
const FINAL_ENTRY = /^\s*(?:[-*+•]\s+)?(?:\[(\d{1,3})\]|\[\^(\d{1,3})\]:|(\d{1,3})[.)]?)\s+(\S.*)$/;
const MARKERS = /<sup>\s*(\d{1,3})\s*<\/sup>|\[\^(\d{1,3})\](?!:)|(?<=[\p{L}\d.,;!?)"”’])\[\^(\d{1,3})\](?=:)|(?<=[\p{L}\d.,;:!?)"”’])\s?\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,8})\](?!\()/gu;

export function shareFinalNotes(segments: Segment[]): number {
  const last = segments.at(-1);
  if (!last || segments.length < 2) return 0;
  const at = last.blocks.findIndex((b) => FINAL_NOTES.test(label(b)));
  if (at < 0) return 0;
  const entries = new Map<string, string>();
  let current: string | null = null;
  for (const b of last.blocks.slice(at + 1)) {
    if (b.kind === "heading") break;
    for (const line of b.lines) {
      const m = line.match(FINAL_ENTRY);
      if (m) entries.set((current = m[1] ?? m[2] ?? m[3]), m[4]);
      else if (current !== null) entries.set(current, `${entries.get(current)} ${line.trim()}`);
    }
  }
  if (entries.size < 2) return 0;
  let shared = 0;
  for (const seg of segments.slice(0, -1)) {
    if (seg.blocks.some((b) => b.kind === "footnote" || NOTES_LABEL.test(label(b)) || FINAL_NOTES.test(label(b)))) continue; // notes of its own
    const cited = new Set<string>();
    for (const b of seg.blocks) {
      if (b.kind === "heading") continue;
      for (const m of b.text.matchAll(MARKERS)) for (const n of expand(m[1] ?? m[2] ?? m[3] ?? m[4])) cited.add(n);
    }
    const lines = [...cited].filter((n) => entries.has(n)).sort((a, b) => Number(a) - Number(b)).map((n) => `[^${n}]: ${entries.get(n)}`);
    if (!lines.length) continue;
    const heading: Block = { kind: "heading", lines: ["Notes"], text: "Notes", level: 2, heading: "Notes", synthetic: true };
    seg.blocks.push(heading, ...lines.map((l): Block => ({ kind: "footnote", lines: [l], text: l, synthetic: true })));
    seg.notes.push(`${lines.length} note(s) from the list at the end of the text, cited here`);
    shared++;
  }
  return shared;
}
