// Marginal side-notes of scanned books ("Rise of the guilds", "Tolls abolished.")
// that OCR reads into the text flow: as a run of short lines inside a paragraph's lines, before or
// after the line they stand beside, or as a short block of their own. The evidence is the page's
// geometry as plain text keeps it: a hard-wrapped book has a measure (the length of a full line),
// and inside a paragraph every line but the last is full. A short line between full lines cannot
// be the paragraph's; one that cuts a sentence (the text around it runs on) is certainly a note.
// Looser cases (a note between two sentences, beside a paragraph's first line, a block of its own)
// are lifted only when the document has shown at least two certain ones.
import type { Block } from "./blocks";
import { setInCapitals } from "./title-case";
import { pageHeadLines } from "./furniture";

const MIN_EVIDENCE = 2;
const MAX_NOTE_LINES = 3;
const MAX_NOTE_WORDS = 12;
// A longer note (a summary of the paragraph it stands beside) wraps to as many as six narrow lines.
const MAX_LONG_NOTE_LINES = 6;
const MAX_LONG_NOTE_WORDS = 42; // six lines of at most seven words (see `short`)

/** The length of a full line in a hard-wrapped text, or null when lines are not hard-wrapped. */
export function lineMeasure(blocks: Block[]): number | null {
  return measureOf(blocks.filter((b) => b.kind === "body" && b.lines.length >= 3).flatMap((b) => b.lines.map((l) => l.trim().length)));
}

/** The full-line length of a text's lines (their trimmed lengths), or null when they are not hard-wrapped. */
export function measureOf(lengths: number[], narrowest = 35): number | null {
  if (lengths.length < 30) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const measure = sorted[Math.floor(sorted.length * 0.75)];
  // Most lines of a justified page are full; unwrapped paragraphs or ragged text are not a page.
  if (measure < narrowest || measure > 110 || sorted.filter((n) => n >= measure * 0.85 && n <= measure * 1.1).length < lengths.length * 0.6) return null;
  return measure;
}

type Geometry = { full: (l: string) => boolean; short: (l: string) => boolean };

function geometry(measure: number): Geometry {
  return {
    // A line much longer than the measure (a title set across the page) is not of the text block.
    full: (l) => l.trim().length >= measure * 0.8 && l.trim().length <= measure * 1.15,
    short: (l) => {
      const t = l.trim();
      return t.length > 0 && t.length <= measure * 0.6 && t.split(/\s+/).length <= 7;
    },
  };
}

// A line that ends a sentence: a full stop (or ?, !, :), perhaps inside closing quotes or brackets.
const OPEN_END = (l: string) => !/(?:[.!?:]|[.!?]["”’)\]]+)$/.test(l.trim());
const STARTS_LOWER = (l: string) => /^\s*[\p{Ll}]/u.test(l);
const STARTS_UPPER = (l: string) => /^["“‘(]?\p{Lu}/u.test(l.trim());
const INDENTED = (l: string) => /^(?: {2,}|\t)\S/.test(l);
// A title, head or verse, not a note: all capitals, or set in from the margin (OCR puts a
// side-note at the margin, before or after the line it stands beside).
const TITLE_LIKE = (lines: string[]) => lines.every((l) => !/\p{Ll}/u.test(l)) || lines.some((l) => /^\s{2,}/.test(l));
// A page-foot note that the footnote pass has not recognised yet ("1 Serlo, …", "† The garrison…").
const LABEL = /^\s*(?:chapter|chap\.|book|part|lecture|letter|article|art\.|section|sect\.|no\.)\s+\S+\s*$/i;
const NOTE_START = /^\s*(?:\d{1,3}|[*†‡§])\s+\p{Lu}/u;

// Page furniture as a block reads before the furniture pass: a single line in capitals, or with a
// number set apart at one end (a running head); or a page-foot note not yet known for one ("1 See…").
function furnitureLike(b: Block): boolean {
  if (NOTE_START.test(b.lines[0] ?? "")) return true;
  if (b.lines.length !== 1) return false;
  const t = b.lines[0].trim();
  return setInCapitals(t) || /^\d{1,4}\s{2,}\S|\S\s{2,}\d{1,4}$/.test(t);
}

type Run = { from: number; to: number; certain: boolean }; // lines [from, to) of a block

// A note is a heading in small: it does not stop on a function word, a comma or a hyphen, as a
// line of a sentence does ("...in return for a large loan to the" / "Crown and for the").
const RUNS_ON = /(?:\b(?:a|an|the|of|to|and|or|but|by|in|on|at|for|from|with|into|that|which|who|as|than|is|was|were|be|his|her|its|their)|[,;\-–—])$/i;

const wordCount = (lines: string[]) => lines.join(" ").trim().split(/\s+/).length;

/**
 * Beyond three lines, only one sentence wrapped to a narrow column: no stop before its last line,
 * and half its lines or more go on in lower case ("How the valley" / "towns first agreed" / "to
 * share the cost"...), as verse, each line capitalised, does not. Four short lines together are no
 * paragraph's, wherever they stand.
 */
function longNote(lines: string[]): boolean {
  return lines.length > MAX_NOTE_LINES && lines.length <= MAX_LONG_NOTE_LINES && wordCount(lines) <= MAX_LONG_NOTE_WORDS &&
    lines.slice(1).filter(STARTS_LOWER).length * 2 >= lines.length - 1 && !lines.slice(0, -1).some((l) => /[.!?]["”’)]?$/.test(l.trim()));
}

function noteShaped(lines: string[], g: Geometry): boolean {
  const fits = longNote(lines) || (lines.length <= MAX_NOTE_LINES && wordCount(lines) <= MAX_NOTE_WORDS);
  // (A section's label alone on its line, "Article 4", "Section 2", heads what follows: no note.)
  return fits && lines.every(g.short) && STARTS_UPPER(lines[0]) && !TITLE_LIKE(lines) && !RUNS_ON.test(lines[lines.length - 1].trim()) && !(lines.length === 1 && LABEL.test(lines[0]));
}

// A run of two or more short lines between a full line left open and the same sentence going on
// in lower case: no paragraph's line is short there, so the run is a note even when it is longer
// (up to eight lines), ends on a comma (a note going on beside the next lines: "Found in rare" /
// "cases,") or opens in lower case (that note's second half: "and in" / "common ones.").
const MAX_CUT_NOTE_LINES = 8;
const ENDS_ON_WORD = /(?:\b(?:a|an|the|of|to|and|or|but|by|in|on|at|for|from|with|into|that|which|who|as|than|is|was|were|be|his|her|its|their)|[;\-–—])$/i;

function cuttingNote(lines: string[], g: Geometry): boolean {
  return lines.length >= 2 && lines.length <= MAX_CUT_NOTE_LINES && wordCount(lines) <= MAX_LONG_NOTE_WORDS && lines.every(g.short) &&
    !TITLE_LIKE(lines) && !ENDS_ON_WORD.test(lines[lines.length - 1].trim()) && !lines.slice(0, -1).some((l) => /[.!?]["”’)]?$/.test(l.trim())) &&
    (lines.length <= MAX_NOTE_LINES || lines.slice(1).filter(STARTS_LOWER).length * 2 >= lines.length - 1); // verse capitalises its lines
}

function runAt(lines: string[], i: number, j: number, g: Geometry, next: Block | undefined): Run | null {
  const run = lines.slice(i, j);
  const before = lines[i - 1];
  const after = j < lines.length ? lines[j] : undefined;
  if (before !== undefined && after !== undefined && g.full(before) && OPEN_END(before) && STARTS_LOWER(after) && !INDENTED(after) && cuttingNote(run, g)) return { from: i, to: j, certain: true };
  if (!noteShaped(run, g)) return null;
  // Two or three short lines together are no paragraph's: it has one short line, its last.
  const several = run.length > 1;
  const afterText = after ?? (next?.kind === "body" ? next.lines[0] : undefined);
  if (before !== undefined && g.full(before) && afterText !== undefined && !INDENTED(afterText)) {
    // Between a full line and more text of the same paragraph.
    const cut = OPEN_END(before) && (STARTS_LOWER(afterText) || before.trim().endsWith("-"));
    return { from: i, to: j, certain: cut || (several && after !== undefined) };
  }
  // Ending the block after a paragraph's last line.
  if (before !== undefined && after === undefined && (!g.full(before) || several)) return { from: i, to: j, certain: (several && !g.full(before)) || longNote(run) };
  // Beside a paragraph's first line.
  if (i === 0 && after !== undefined && (g.full(after) || INDENTED(after))) return { from: i, to: j, certain: several && g.full(after) };
  // Between a paragraph's last line and the next one's indented first line.
  if (before !== undefined && !g.full(before) && after !== undefined && INDENTED(after)) return { from: i, to: j, certain: several || longNote(run) };
  return null;
}

// A line that closes a sentence, perhaps inside closing quotes or brackets.
const CLOSES_SENTENCE = (l: string) => /[.!?]["”’)\]]*$/.test(l.trim());

/**
 * A paragraph's last line, not a note: a short line closing the sentence that the full line before
 * it left open ("...owes her name of" / "Albion."), with no lower-case text after it to continue
 * that sentence (as there is when a note cuts it: "...granted by the" / "Tolls abolished." / "king"):
 * the block ends there, or the next line is a new paragraph's, set in.
 */
function endsCutSentence(lines: string[], k: number, g: Geometry, next: Block | undefined): boolean {
  const before = lines[k - 1];
  if (before === undefined || !g.full(before) || !OPEN_END(before) || !CLOSES_SENTENCE(lines[k])) return false;
  // Inside the block the paragraph must end: the next line starts a new one, set in, or is a short
  // line of a note standing after the paragraph (a full line in capitals goes on with the sentence).
  if (k + 1 < lines.length) return INDENTED(lines[k + 1]) || (g.short(lines[k + 1]) && STARTS_UPPER(lines[k + 1]));
  return next?.kind !== "body" || !STARTS_LOWER(next.lines[0]);
}

/** Runs of short lines inside a block's lines that read as side-notes, certain or merely likely. */
function runsIn(b: Block, g: Geometry, next: Block | undefined): Run[] {
  const runs: Run[] = [];
  const { lines } = b;
  for (let i = 0; i < lines.length; i++) {
    if (!g.short(lines[i])) continue;
    let j = i;
    while (j < lines.length && g.short(lines[j])) j++;
    // The first short line of a run may be a paragraph's last line, with the note after it.
    for (let k = i; k < j; k++) {
      if (endsCutSentence(lines, k, g, next)) continue;
      const run = runAt(lines, k, j, g, next);
      if (run) {
        runs.push(run);
        break;
      }
    }
    i = j - 1;
  }
  return runs;
}

export type LiftedNotes = { blocks: Block[]; lifted: string[] };

// A heading of one line in capitals ("CHAPTER IX. OF THE MILLS AND THE FORDS") has no stop to close
// it, yet is no sentence a note could cut: a title-case line under it is the first of the text's own
// lines of that shape (a marginal note kept as a heading like the rest), never certain evidence.
const headingLine = (b: Block) => b.lines.length === 1 && setInCapitals(b.text);

/** Removes side-notes from body blocks (and drops blocks that are only a note). */
export function liftSideNotes(blocks: Block[]): LiftedNotes {
  const measure = lineMeasure(blocks);
  if (measure === null) return { blocks, lifted: [] };
  const g = geometry(measure);
  // The next body or heading block after each block, past page furniture, computed once so the pass stays linear.
  const nextText: (Block | undefined)[] = new Array(blocks.length);
  for (let i = blocks.length - 1, seen: Block | undefined; i >= 0; i--) {
    nextText[i] = seen;
    if ((blocks[i].kind === "body" && !furnitureLike(blocks[i])) || blocks[i].kind === "heading") seen = blocks[i];
  }
  const nextBody = (i: number) => nextText[i];
  // Notes inside a block stand beside its text's full lines: a block of short lines only (names, a
  // list, verse) holds none.
  const found = blocks.map((b, i) => (b.kind === "body" && b.lines.length > 1 && !NOTE_START.test(b.lines[0]) && b.lines.some(g.full) ? runsIn(b, g, nextBody(i)) : []));
  // A whole block shaped like a note, with body text after it; certain when it cuts a sentence.
  // The last body block before each block, past page furniture.
  const prevText: (Block | undefined)[] = new Array(blocks.length);
  for (let i = 0, seen: Block | undefined; i < blocks.length; i++) {
    prevText[i] = seen;
    if (blocks[i].kind === "body" && !furnitureLike(blocks[i])) seen = blocks[i];
  }
  // A side-note stands beside the text: the next body block, or the one after it (a second note by
  // the same lines), has a full line. A run of short blocks with no prose after them (the names signed
  // under a document, a list, an index) is no note, however note-shaped each block.
  const besideProse = (i: number) => {
    for (let j = i + 1, short = 0; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.kind !== "body" || furnitureLike(b)) continue;
      if (b.lines.some(g.full)) return true;
      if (++short > 1) return false;
    }
    return false;
  };
  // A running head with its folio after one space ("The Chapter Title 37", recurring with other
  // numbers) is page furniture read later for its page number, however note-shaped (session 25).
  const heads = pageHeadLines(blocks);
  const whole = blocks.map((b, i): Run | null => {
    const before = blocks[i - 1];
    const after = nextBody(i);
    if (b.kind !== "body" || heads.has(b) || !before || after?.kind !== "body" || !noteShaped(b.lines, g) || !besideProse(i)) return null;
    // A paragraph's last line turned over to the next page: it closes the sentence left open at
    // the foot of the page before, and a new paragraph follows it.
    const carried = prevText[i] !== before ? prevText[i]?.lines.at(-1) : undefined;
    if (carried !== undefined && b.lines.length === 1 && g.full(carried) && OPEN_END(carried) && CLOSES_SENTENCE(b.lines[0]) && !STARTS_LOWER(after.lines[0])) return null;
    const last = before.kind === "body" ? before.lines[before.lines.length - 1] : "";
    // A full line that does not end its sentence, the text going on right after the note: a cut.
    const cut = g.full(last) && OPEN_END(last) && !headingLine(before) && (after === blocks[i + 1] || STARTS_LOWER(after.lines[0]) || last.trim().endsWith("-"));
    return { from: 0, to: b.lines.length, certain: cut };
  });
  const certain = found.flat().filter((r) => r.certain).length + whole.filter((r) => r?.certain).length;
  const evidence = certain >= MIN_EVIDENCE;
  const lifted: string[] = [];
  const out: Block[] = [];
  let rejoin = false; // a note block cut a paragraph in two: the next block goes on with the one before
  blocks.forEach((b, i) => {
    if (whole[i] && (whole[i]!.certain || evidence)) {
      lifted.push(b.lines.map((l) => l.trim()).join(" "));
      const prev = out.at(-1);
      const last = prev?.kind === "body" ? prev.lines[prev.lines.length - 1] : undefined;
      // Not after a title: a chapter's title line under its label is no paragraph's first line. Unless
      // the text after the note goes on in lower case: then that line began the chapter's first
      // sentence ("   The harbour of the town was for many years the" / [note] / "only one…").
      const goesOn = !!blocks[i + 1] && STARTS_LOWER(blocks[i + 1].lines[0]);
      const title = !!prev && prev.lines.length === 1 && !goesOn && (TITLE_LIKE(prev.lines) || LABEL.test(out.at(-2)?.lines[0] ?? ""));
      rejoin = !!last && !title && g.full(last) && OPEN_END(last) && !!blocks[i + 1] && blocks[i + 1] === nextBody(i);
      return;
    }
    const prev = out.at(-1);
    if (rejoin && prev && b.kind === "body") {
      out[out.length - 1] = { ...prev, lines: [...prev.lines, ...b.lines], text: `${prev.text}\n${b.text}` };
      rejoin = false;
      return;
    }
    rejoin = false;
    const runs = found[i].filter((r) => r.certain || evidence);
    if (!runs.length) return void out.push(b);
    const keep = b.lines.filter((_, k) => !runs.some((r) => k >= r.from && k < r.to));
    for (const r of runs) lifted.push(b.lines.slice(r.from, r.to).map((l) => l.trim()).join(" "));
    if (keep.length) out.push({ ...b, lines: keep, text: keep.join("\n") });
  });
  return { blocks: out, lifted };
}
