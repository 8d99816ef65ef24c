// Notes labelled with a number in parentheses, as many plain-text editions of translations set
// them: the body cites "(1)" after the word it annotates ("...the Parrhasian (1).", "a city (4),
// prosperous") and a short block after the citing paragraph opens with the same label
// ("(1) Parrhasia, a district of Arcadia."). Left as they are, each note is read as a paragraph of
// the author's and the labels sit inside sentences. Rewritten as bracket labels ("[1]"), which the
// bracket-note pass (bracket-notes.ts) files as footnotes with their markers. Only with the
// document's evidence: at least three notes, each paired with a citing label above it since the
// note before; "(1)" and "(2)" of an enumeration in the prose, with no notes opening so, stay.
//
// Session 23: the cue may be glued to the word or stop it follows ('the Epic,"(21)', "part(22a)—",
// "ignorance"?(23) But"), the label may carry a letter ("(22a)", a note added between two), and the
// note may stand set in under its paragraph ("     (21) Oxford. …"). A lettered label is written as a
// Markdown footnote here (the bracket pass reads figures and capitals only). And glued cues counting
// up with no note of theirs in the file (a lecture cut out of its book, its notes elsewhere:
// "terminations:(254)—", "AR(255) means", "plough.(258)") are note cues all the same: three or more
// in a run counting up are lifted out of the sentences as markers without notes.
import type { Block } from "./blocks";
import { countingRuns } from "./counting-runs";

const NOTE_LINE = /^(\s*)\((\d{1,3}[a-z]?)\)(?=\s+\S)/;
// After a word or its punctuation and a space (or opening a wrapped line), or glued to a word or its
// punctuation (not to a figure: "5(1)" is a subsection), before a space, a line end, punctuation or
// a dash.
const MARKER = /(?<=[\p{L}\d.,;:!?"”’] |^|[\p{L}.,;:!?"”’)_])\((\d{1,3}[a-z]?)\)(?=[\s.,;:!?—–-]|$)/gu;
const GLUED = /[\p{L}.,;:!?"”’)_]$/u;
const MIN_NOTES = 3;
const MIN_UNNOTED_RUN = 3;

type At = { block: number; line: number; at: number; label: string; glued: boolean };

export function bracketParenNotes(blocks: Block[]): { blocks: Block[]; count: number; unnoted: number } {
  // One pass: markers wait per label until a note with that label takes the nearest one above it.
  const waiting = new Map<string, At[]>();
  const pairs: { marker: At; note: number }[] = [];
  const all: At[] = [];
  let afterNotes = false;
  blocks.forEach((b, i) => {
    if (b.kind !== "body" && b.kind !== "quote") return;
    // A numbered item that asks ("(2) How many liters… How much results?") is a problem set for the
    // reader, not a note: notes explain, they do not end on a question.
    const label = /\?\s*$/.test(b.text) ? undefined : NOTE_LINE.exec(b.lines[0])?.[2];
    const marker = label ? waiting.get(label)?.pop() : undefined;
    if (label && marker) {
      pairs.push({ marker, note: i });
      afterNotes = true;
      return;
    }
    // The text after a passage's notes: their labels start again for the next passage.
    if (afterNotes) waiting.clear();
    afterNotes = false;
    b.lines.forEach((l, line) => {
      if (!l.includes("(")) return;
      for (const m of l.matchAll(MARKER)) {
        if (m.index === 0 && line === 0) continue; // a paragraph opening "(1) …" is an item, no citation
        const list = waiting.get(m[1]) ?? [];
        const at = { block: i, line, at: m.index!, label: m[1], glued: GLUED.test(l.slice(0, m.index!)) };
        list.push(at);
        all.push(at);
        waiting.set(m[1], list);
      }
    });
  });
  const paired = new Set(pairs.map((p) => p.marker));
  const unnoted = countingRuns(all.filter((m) => m.glued && !paired.has(m) && /^\d+$/.test(m.label)), (m) => Number(m.label), (run) => run.length >= MIN_UNNOTED_RUN);
  if (pairs.length < MIN_NOTES && !unnoted.length) return { blocks, count: 0, unnoted: 0 };
  const out = [...blocks];
  const edits: { m: At; to: string }[] = unnoted.map((m) => ({ m, to: `<sup>${m.label}</sup>` }));
  for (const { marker, note } of pairs.length >= MIN_NOTES ? pairs : []) {
    // A lettered label ("22a") as a Markdown footnote: the bracket pass reads "[22]" and "[B]" only.
    const lettered = /[a-z]$/.test(marker.label);
    edits.push({ m: marker, to: lettered ? `[^${marker.label}]` : `[${marker.label}]` });
    const n = out[note];
    const noteLines = lettered ? [n.lines[0].replace(NOTE_LINE, `[^$2]: `).trimStart(), ...n.lines.slice(1).map((l) => l.trim())] : [n.lines[0].replace(NOTE_LINE, "$1[$2]"), ...n.lines.slice(1)];
    out[note] = { ...n, kind: lettered ? "footnote" : n.kind, lines: noteLines, text: noteLines.join("\n") };
  }
  // Right to left within a line, so that earlier offsets hold.
  edits.sort((x, y) => x.m.block - y.m.block || x.m.line - y.m.line || y.m.at - x.m.at);
  for (const { m, to } of edits) {
    const b = out[m.block];
    const lines = [...b.lines];
    const l = lines[m.line];
    lines[m.line] = `${l.slice(0, m.at)}${to}${l.slice(m.at + m.label.length + 2)}`;
    out[m.block] = { ...b, lines, text: lines.join("\n") };
  }
  return { blocks: out, count: pairs.length >= MIN_NOTES ? pairs.length : 0, unnoted: unnoted.length };
}
