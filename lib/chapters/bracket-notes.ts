// E-text notes labelled in brackets: the body has "[B]" (or "[A]", "[1]", "[318]") after the word it
// annotates ("...personal ideals.[B]", "...in a single week. [318] Its...") and a block further on
// starts with the same label ("[B] See the Address on..."), right after the citing paragraph or
// gathered at the chapter's end. Both are rewritten as a Markdown footnote (marker "[^B]",
// definition "[^B]: See...") so the usual footnote handling lifts the marker out of the sentence
// and files the note. A label is taken only when both halves are found, marker before note, so a
// bracketed "[2]" of an editorial insertion or a legal reference with no note of its own stays.
import type { Block } from "./blocks";
import { joinLoneLabels, splitNoteLines } from "./bracket-note-lines";
import { countingRuns } from "./counting-runs";

const NOTE_LINE = /^\s*\[([A-Z]|\d{1,4})\]\s+(?=\S)/;
// A translator's note printed as a paragraph of its own after the text that cites it, labelled in
// words ("Note 1. At the port…"), numbered afresh in each section as the markers are.
const WORDED_NOTE_LINE = /^\s*(?:Note|NOTE)\s+(\d{1,3})[.:]\s+(?=\S)/;
// The figure of such a note printed bare after a paragraph's last full stop ("…in that year. 1").
const BARE_FIGURE = /(?<=[.!?]["”’)]*) (\d{1,3})\s*$/;
// Glued to a word or its punctuation ("ideals.[B]", "word[12]"); a number may also stand after a
// space or open a wrapped line ("week. [318] Its", "\n[319] Nobody"), but only before a space,
// a line end or punctuation: "[2]a" or "[3](" is something else.
const MARKER = /(?<=[\p{L}\d.,;:!?)"”’_])\[([A-Z]|\d{1,4})\](?!\()|(?<=[\p{L}\d.,;:!?)"”’_] |^[ \t]*)\[(\d{1,4})\](?=[\s.,;:]|$)/gmu;

type Marker = { block: number; line: number; at: number; length: number; label: string; clause: boolean; stop?: boolean; used?: boolean };
const MIN_RUN = 3; // note numbers without their notes are taken only as a run counting up
// ...or as two in a row when each is glued to the end of a sentence ('...the tale."[41]'), where
// no year, clause number or editorial insertion stands.
const MIN_RUN_AFTER_STOP = 2;

/** Glued to a sentence's closing stop, perhaps inside closing quotes or a bracket: '...end."[41]'. */
function afterStop(lines: string[], m: Marker): boolean {
  return m.at > 0 && /[.!?]["”’)]*$/.test(lines[m.line].slice(0, m.at));
}

// A marker set right after its word or the word's stop, no space between ("clause,[12]").
const GLUED_TO_WORD = /[\p{L}.,;:!?"”’)]$/u;

/**
 * After a clause ("speed. [12]", "speed;[12]", a line opening after "speed."), not inside one
 * ("in [3] of"), and not an item of a list ("[5], [6], [7] and [8]").
 */
function closesClause(lines: string[], line: number, at: number, length: number, glued: boolean): boolean {
  const before = at > 0 ? lines[line].slice(0, at).trimEnd() : line > 0 ? lines[line - 1].trimEnd() : "";
  const after = lines[line].slice(at + length, at + length + 6);
  // (A dash of two hyphens after it, "[13]--on his refusal", is a dash of the sentence, no range.)
  if (/^\s*(?:,|[–-](?!-)|and\b|or\b|to\b)/.test(after)) return false;
  return glued ? GLUED_TO_WORD.test(before) : /[.;:!?"”’)]$/.test(before);
}

/** A marker's number, if it is numbered and `include` admits it. */
const numberOf = (include: (m: Marker) => boolean) => (m: Marker): number | null => (/^\d+$/.test(m.label) && include(m) ? Number(m.label) : null);

/**
 * Numbered markers left without a note (a chapter cut out of its book, its notes elsewhere): taken
 * out of the text as markers with no note when they run in sequence ("[210]", "[211]", "[213]"...),
 * so that a year or a clause number in brackets is never one.
 */
function sequenceRuns(markers: Marker[]): Marker[] {
  return countingRuns(markers, numberOf((m) => m.clause), (run) => run.length >= MIN_RUN || (run.length >= MIN_RUN_AFTER_STOP && run.every((m) => m.stop)));
}

// Some editions set the note number right after the word it annotates, inside the clause
// ("inundations of the Tiber [149], as well as to fires", "restoring the republic [148];"). Such
// numbers are taken without the clause test when the run is long (a clause number or a reference
// does not count up five times in a row) and its numbers stand apart as notes do, not as the items
// of a list ("[5], [6], [7] and [8]"), which are a few characters apart.
const LOOSE_MIN_RUN = 5;
const LOOSE_MIN_GAP = 100; // median characters between two numbers of the run

function looseRuns(markers: Marker[], blocks: Block[]): Marker[] {
  const starts: number[] = [];
  let offset = 0;
  for (const b of blocks) { starts.push(offset); offset += b.text.length + 1; }
  // Each marker's offset in the document, summed once.
  const offsets = new Map<Marker, number>();
  const at = (m: Marker) => {
    let o = offsets.get(m);
    if (o === undefined) offsets.set(m, (o = starts[m.block] + blocks[m.block].lines.slice(0, m.line).reduce((n, l) => n + l.length + 1, 0) + m.at));
    return o;
  };
  return countingRuns(markers, numberOf((m) => inProse(m, blocks)), (run) => {
    if (run.length < LOOSE_MIN_RUN) return false;
    const gaps = run.slice(1).map((m, k) => at(m) - at(run[k])).sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)] >= LOOSE_MIN_GAP;
  });
}

/**
 * After a word, one space between ("the Tiber [149],"), or opening a wrapped line after one: not a
 * page number set apart by a running head ("DIVINITY.        [7]") or on a line of its own.
 */
function inProse(m: Marker, blocks: Block[]): boolean {
  const b = blocks[m.block];
  const before = b.lines[m.line].slice(0, m.at);
  // (Or opening a wrapped line of the paragraph, after a word ending the line above.)
  const wrapped = m.line > 0 && !before.trim() && /[\p{L}.,;:!?"”’)]$/u.test(b.lines[m.line - 1].trimEnd());
  return wrapped || /[\p{L}.,;:!?"”’)] $/u.test(before);
}

function isNote(b: Block): string | undefined {
  return b.kind === "body" ? (b.lines[0].match(NOTE_LINE) ?? b.lines[0].match(WORDED_NOTE_LINE))?.[1] : undefined;
}

/**
 * A worded note ("Note 1. …") whose number no bracketed marker cites: its marker is the bare figure
 * ending the paragraph right above ("…in that year. 1"), when that paragraph ends so.
 */
function bareFigureHost(blocks: Block[], i: number, label: string): Marker | undefined {
  if (!WORDED_NOTE_LINE.test(blocks[i].lines[0])) return undefined;
  let j = i - 1;
  while (j >= 0 && blocks[j].kind === "footnote") j--; // past the notes of the same paragraph
  const b = blocks[j];
  if (!b || b.kind !== "body" || isNote(b)) return undefined;
  const line = b.lines.length - 1;
  const m = b.lines[line].match(BARE_FIGURE);
  if (!m || m[1] !== label) return undefined;
  const at = m.index!;
  return { block: j, line, at, length: b.lines[line].length - at, label, clause: true };
}

export function convertBracketNotes(input: Block[]): { blocks: Block[]; count: number } {
  const blocks = splitNoteLines(joinLoneLabels(input));
  // One pass: markers wait on a stack per label, and a note takes the nearest one above it (labels
  // restart, "[A]" again, in each chapter of an e-text). Linear in the size of the document.
  const waiting = new Map<string, Marker[]>();
  const all: Marker[] = [];
  let count = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const label = isNote(b);
    let host = label ? waiting.get(label)?.pop() : undefined;
    if (label && !host && (host = bareFigureHost(blocks, i, label))) all.push(host);
    if (label && host) {
      host.used = true;
      const note = [b.lines[0].replace(NOTE_LINE, `[^${label}]: `).replace(WORDED_NOTE_LINE, `[^${label}]: `).trimStart(), ...b.lines.slice(1).map((l) => l.trim())];
      blocks[i] = { ...b, kind: "footnote", lines: note, text: note.join("\n") };
      count++;
      continue;
    }
    if (b.kind !== "body" && b.kind !== "quote") continue;
    b.lines.forEach((l, line) => {
      if (!l.includes("[")) return;
      for (const m of l.matchAll(MARKER)) {
        if (label && line === 0 && m.index! <= l.length - l.trimStart().length) continue; // the unmatched note's own label
        const marker = { block: i, line, at: m.index!, length: m[0].length, label: m[1] ?? m[2], clause: closesClause(b.lines, line, m.index!, m[0].length, !!m[1]) };
        all.push(marker);
        const list = waiting.get(marker.label) ?? [];
        list.push(marker);
        waiting.set(marker.label, list);
      }
    });
  }
  rewrite(blocks, all.filter((m) => m.used).map((m) => ({ m, to: `[^${m.label}]` })));
  return { blocks, count };
}

/** Marker positions of one pass: the numbered markers still in the text, in reading order. */
function markersOf(blocks: Block[]): Marker[] {
  const all: Marker[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== "body" && b.kind !== "quote") return;
    b.lines.forEach((l, line) => {
      if (!l.includes("[")) return;
      for (const m of l.matchAll(MARKER)) {
        const marker: Marker = { block: i, line, at: m.index!, length: m[0].length, label: m[1] ?? m[2], clause: closesClause(b.lines, line, m.index!, m[0].length, !!m[1]) };
        marker.stop = !!m[1] && afterStop(b.lines, marker);
        all.push(marker);
      }
    });
  });
  return all;
}

// A note the file prints in Project Gutenberg's form ("[Footnote 3: Witnesses for …]", the form an
// inline note is filed in by inline-footnotes.ts; blocks.ts writes it "[^3]: Witnesses for …"): its
// marker "[3]" has its note here, and is no number "without its note" (the note handling cites it).
const GUTENBERG_NOTE = /^\s*\[\^(\d{1,4})\]:/;

/**
 * Run after the notes have claimed their markers and the printed-edition page marks are gone
 * (editorial-numbers.ts): what still runs in sequence after clauses marks notes kept elsewhere.
 */
export function liftBracketRuns(input: Block[]): { blocks: Block[]; count: number } {
  const noted = new Set(input.flatMap((b) => (b.kind === "footnote" ? b.lines.flatMap((l) => GUTENBERG_NOTE.exec(l)?.[1] ?? []) : [])));
  const markers = markersOf(input).filter((m) => !noted.has(m.label));
  const runs = sequenceRuns(markers);
  const taken = new Set(runs);
  runs.push(...looseRuns(markers.filter((m) => !taken.has(m)), input));
  // A chapter with one note, cut out of its book without it: its only bracketed number is "[1]",
  // glued to the end of a sentence ("…chosen by lot in those days.[1] Yet…"), where no year or clause
  // number stands. A run of one, the note numbering's first.
  const numbered = markers.filter((m) => /^\d+$/.test(m.label));
  if (!runs.length && numbered.length === 1 && numbered[0].label === "1" && numbered[0].stop && numbered[0].clause) runs.push(numbered[0]);
  if (!runs.length) return { blocks: input, count: 0 };
  runs.push(...runHeads(markers, new Set(runs), input));
  const blocks = [...input];
  rewrite(blocks, runs.map((m) => ({ m, to: `<sup>${m.label}</sup>` })));
  return { blocks, count: runs.length };
}

/**
 * The number that opens a run but failed the clause test: "…the old masterpieces,[1] or those…"
 * reads like a list's "[5] or [6]", yet the marker right before a run's "[2]", glued to its word
 * and numbered one less, is the same series of notes. One per run: a glued list counting up to the
 * run ("[1], [2], [3]" and then notes from "[4]") is not lifted with it, past its last item.
 */
function runHeads(markers: Marker[], runs: Set<Marker>, blocks: Block[]): Marker[] {
  const heads: Marker[] = [];
  for (let i = markers.length - 2; i >= 0; i--) {
    const m = markers[i];
    const next = markers[i + 1];
    if (runs.has(m) || !runs.has(next) || !/^\d+$/.test(m.label) || Number(m.label) + 1 !== Number(next.label)) continue;
    if (!GLUED_TO_WORD.test(blocks[m.block].lines[m.line].slice(0, m.at))) continue;
    heads.push(m);
  }
  return heads;
}

/** Rewrites markers in place, right to left within a line so that earlier offsets stay valid. */
function rewrite(blocks: Block[], edits: { m: Marker; to: string }[]): void {
  edits.sort((x, y) => x.m.block - y.m.block || x.m.line - y.m.line || y.m.at - x.m.at);
  for (const { m, to } of edits) {
    const b = blocks[m.block];
    const lines = [...b.lines];
    lines[m.line] = `${lines[m.line].slice(0, m.at)}${to}${lines[m.line].slice(m.at + m.length)}`;
    blocks[m.block] = { ...b, lines, text: lines.join("\n") };
  }
}
