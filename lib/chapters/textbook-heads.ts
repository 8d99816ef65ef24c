// How textbooks, law books and e-texts of them set their section heads and numbered paragraphs,
// read from the chapter's assembled paragraphs:
// - a run-in head opening a paragraph and closed by a stop and a dash ("Naming Salts.—(NO3) is…",
//   "Experiment 42.—Put a few drops…", "64. Conclusions.—These experiments…"): a heading, not the
//   first words of the paragraph's first sentence;
// - a labelled head set in capitals ("TITLE II. OF THE LAW OF NATURE…", "ARTICLE 4. OF TREATIES"):
//   a heading however long or however many lines it wraps over;
// - a numbered head on a line of its own closed by a full stop ("63. Decomposition of Water."), and,
//   in a chapter that sets its heads so, an unnumbered one ("What Bases Are.", "PROBLEMS."): a heading,
//   not a one-line paragraph;
// - paragraph numbers without a stop ("1 Jurisprudence is…", "2 slavery is…"), counting up by one
//   from 1 after each heading: the editor's numbers, not words of the sentences they open.
import type { RawParagraph } from "./assemble";
import { setInCapitals } from "./title-case";
import { titleLike } from "./summary";
import { parseNumber } from "./roman";
import { cutOpening } from "./section-numbers";
import { bareDashHeads } from "./bare-dash-heads";
import { splitCapitalsRunInHeads } from "./capitals-run-in-heads";
import { isSentenceCaseHead } from "./sentence-case-heads";
import { ENUMERATOR_WORD } from "@/lib/language/enumerators";

// A head closed by a stop and a dash: up to eight words, or a label and its number ("Experiment 42").
// A head closed by the dash alone ("Absolute Zero—Experiments show…") is read in bare-dash-heads.ts.
const DASH_HEAD = /^((?:\d{1,3}\.\s+)?\p{Lu}[^.—–\n]{0,70}?)\.\s?(?:—|–|--)\s*(?=\S)/u;
// A longer head in title case, up to fourteen words: read only where its words are checked as a title's
// (isLongHeadWords), so a long numbered sentence with a dash after it stays a sentence.
const LONG_DASH_HEAD = /^(\p{Lu}[^.—–\n]{0,100}?)\.\s?(?:—|–|--)\s*(?=\S)/u;
const LABEL_NUMBER = /^\p{Lu}\p{Ll}+\s+\d{1,3}$/u;
// A labelled heading: "TITLE II.", "ARTICLE 4.", "SECTION 12." and the words after it.
const LABELLED = /^(?:TITLE|ARTICLE|SECTION|SECT\.)\s+(?:[IVXLC]{1,7}|\d{1,3})\b\.?/;
// A numbered title on a paragraph of its own: "63. Decomposition of Water."
const NUMBERED_CAPITALS = /^\d{1,3}\.\s+\p{Lu}[\p{Lu}'’,-]*(?:\s+[\p{Lu}'’,-]+){1,14}$/u;
const NUMBERED_LINE = /^\d{1,3}\.\s+(\p{Lu}.*)\.$/u;
const BARE_NUMBER = /^(\d{1,3}) (?=["“‘(]?\p{L})/u;
const MAX_HEAD_WORDS = 8;
const MAX_LONG_HEAD_WORDS = 14; // taken only beside the chapter's other heads
// An ordinal or an adverb as the only word ("Secondly", "Finally"): a count of points, not a head.
const ENUMERATION = new RegExp(`^(?:${ENUMERATOR_WORD}|\\p{L}+ly)$`, "iu");

export type TextbookHeads = { runIn: number; lines: number; labelled: number; numbers: number; contents: number };

/** Sets apart the chapter's textbook heads and takes its paragraph numbers off; returns the counts. */
export function readTextbookHeads(paragraphs: RawParagraph[]): TextbookHeads {
  const counts: TextbookHeads = { runIn: 0, lines: 0, labelled: 0, numbers: 0, contents: dropContentsLists(paragraphs) };
  counts.labelled = labelledHeads(paragraphs);
  // A numbered head in capitals the layout passes set apart already (a line set in) shows it too.
  const setApart = paragraphs.filter((p) => p.kind === "heading" && NUMBERED_CAPITALS.test(p.text)).length;
  const numberedCapitals = numberedCapitalsHeads(paragraphs) + numberedCapitalsSeries(paragraphs);
  counts.runIn = runInHeads(paragraphs, counts.labelled + numberedCapitals + setApart) + splitCapitalsRunInHeads(paragraphs);
  counts.lines = headLines(paragraphs, counts.runIn + counts.labelled + numberedCapitals) + numberedCapitals;
  counts.numbers = dropParagraphNumbers(paragraphs);
  return counts;
}

/** Words of a head: few, and each capitalised but the small ones (or set in capitals). */
function isHeadWords(head: string): boolean {
  const words = head.split(/\s+/);
  if (words.length > MAX_HEAD_WORDS || /[,;:]/.test(head)) return false;
  return titleLike(head) || setInCapitals(head);
}

/**
 * "4. HOW ROOTS HOLD THE BANK": a numbered section head in capitals on a line of its own, set
 * without a stop, over text. Like a labelled head, it shows the chapter sets its heads (a run-in
 * "Title Words.—" under it is one). After words that lead into them ("…read as follows:"), such lines
 * are the items of a list (rules, a notice's clauses), not heads, and do not show the chapter sets
 * heads; so are the items following them.
 */
function numberedCapitalsHeads(paragraphs: RawParagraph[]): number {
  let count = 0;
  let inList = false;
  paragraphs.forEach((p, i) => {
    const item = p.kind === "body" && p.text.length <= 90 && NUMBERED_CAPITALS.test(p.text);
    const listed = item && (inList || /:\s*$/.test(paragraphs[i - 1]?.text ?? ""));
    inList = listed;
    if (!item || listed || !["body", "heading"].includes(paragraphs[i + 1]?.kind ?? "")) return;
    p.kind = "heading";
    count++;
  });
  return count;
}

// A numbered paragraph set wholly in capitals ("12. A PAUSE IN THE WORK UNEXPLAINED AS YET.",
// "7 THE TWO SIDES"), up to a few lines long once wrapped lines are joined.
const NUMBERED_CAPITALS_PARAGRAPH = /^(\d{1,3})\.?\s+\p{Lu}/u;
const MAX_SERIES_HEAD_CHARS = 300;
const MIN_SERIES = 3;

/**
 * Session 23: a chapter that numbers its sections with heads in capitals, some long enough to be
 * sentences ("14. THUS THE WORK GOES ON TOWARDS ITS END.") or to wrap over two lines and hold commas
 * ("15. HERE, THEREFORE, THE RULE APPLIES."), sets every one of them as a head: a numbered paragraph
 * in capitals whose number follows the one before it in the chapter's series (three at least, read
 * in order) or precedes the one after, over text. The closing stop goes, as for the heads read above.
 */
function numberedCapitalsSeries(paragraphs: RawParagraph[]): number {
  const items = paragraphs.flatMap((p, i) => {
    if ((p.kind !== "body" && p.kind !== "heading") || p.text.length > MAX_SERIES_HEAD_CHARS || !setInCapitals(p.text)) return [];
    const m = NUMBERED_CAPITALS_PARAGRAPH.exec(p.text);
    return m ? [{ i, n: Number(m[1]) }] : [];
  });
  if (items.length < MIN_SERIES) return 0;
  let count = 0;
  items.forEach((x, k) => {
    const inSeries = items[k - 1]?.n === x.n - 1 || items[k + 1]?.n === x.n + 1;
    const p = paragraphs[x.i];
    if (!inSeries || !["body", "heading"].includes(paragraphs[x.i + 1]?.kind ?? "")) return;
    if (p.kind === "body") count++;
    p.kind = "heading";
    p.text = p.text.replace(/\.$/, "");
  });
  return count;
}

function isLongHeadWords(head: string): boolean {
  const n = head.split(/\s+/).length;
  return n > MAX_HEAD_WORDS && n <= MAX_LONG_HEAD_WORDS && !/[,;:]/.test(head) && titleLike(head);
}

function labelledHeads(paragraphs: RawParagraph[]): number {
  let count = 0;
  for (const p of paragraphs) {
    if (p.kind !== "body" || p.text.length > 200 || !LABELLED.test(p.text) || !setInCapitals(p.text)) continue;
    // No sentence after the head: it is set in capitals and holds no stop but the label's and its last.
    if (/[.!?]\s+\p{Lu}\p{Ll}/u.test(p.text)) continue;
    p.kind = "heading";
    count++;
  }
  return count;
}

// Inside a paragraph, after a finished sentence (or a lead-in "…the following experiment:—"), a
// numbered head or a label and its number closed by a stop and a dash ("constituents.81. Uses.—HCl
// is…", "experiment:— Experiment 49.—Put…"): a new section run on into the paragraph before it, as a
// transcription joins them. Only numbered heads here: a title in words after a sentence may be prose.
// (Not after the stop inside a number standing alone: "…gravity is 1.84. Uses.—" keeps its number
// whole; a formula's subscript before it, "Fe2(SO4)3.75. Acid Salts.—", is no number of its own.)
const INNER_HEAD = /(?<=(?<!(?:^|\s)\d{1,4})[.:!?][—–-]{0,2})\s*(?=(?:\d{1,3}\.\s*\p{Lu}[^.—–\n]{0,60}|\p{Lu}\p{Ll}+\s+\d{1,3})\.\s?(?:—|–|--)\s*\S)/gu;

/** Splits paragraphs where a numbered run-in head opens a section inside them. */
function splitInnerHeads(paragraphs: RawParagraph[]): void {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if (p.kind !== "body") continue;
    const cuts = [...p.text.matchAll(INNER_HEAD)].map((m) => m.index! + m[0].length).filter((at) => at > 0 && at < p.text.length);
    if (!cuts.length) continue;
    const pieces: RawParagraph[] = [];
    let from = 0;
    for (const at of [...cuts, p.text.length]) {
      const text = p.text.slice(from, at).trim();
      const lead = p.text.slice(from, at).length - p.text.slice(from, at).trimStart().length;
      const breaks = p.breaks.filter((b) => b.at >= from && (b.at < at || at === p.text.length)).map((b) => ({ ...b, at: Math.max(0, b.at - from - lead) }));
      const page = p.breaks.filter((b) => b.at <= from).at(-1)?.page ?? p.page;
      if (text) pieces.push({ kind: "body", text, page: from === 0 ? p.page : page, breaks });
      from = at;
    }
    paragraphs.splice(i, 1, ...pieces);
  }
}

function runInHeads(paragraphs: RawParagraph[], labelled: number): number {
  splitInnerHeads(paragraphs);
  const found: { p: RawParagraph; i: number; text: string; length: number; numbered: boolean }[] = [];
  const sentenceCase: typeof found = [];
  const long: typeof found = [];
  paragraphs.forEach((p, i) => {
    if (p.kind !== "body") return;
    const m = DASH_HEAD.exec(p.text);
    if (!m) {
      const l = LONG_DASH_HEAD.exec(p.text);
      if (l && isLongHeadWords(l[1].trim())) long.push({ p, i, text: l[1].trim(), length: l[0].length, numbered: false });
      return;
    }
    const head = m[1].trim();
    const words = head.replace(/^\d{1,3}\.\s+/, "");
    const numbered = words !== head || LABEL_NUMBER.test(words);
    // "First.—That the king…", "Lastly.—": the steps of an argument counted in the sentence, no head.
    if (ENUMERATION.test(words)) return;
    if (!numbered && !isHeadWords(words)) {
      if (isSentenceCaseHead(words)) sentenceCase.push({ p, i, text: head, length: m[0].length, numbered });
      else if (isLongHeadWords(words)) long.push({ p, i, text: head, length: m[0].length, numbered });
      return;
    }
    found.push({ p, i, text: head, length: m[0].length, numbered });
  });
  // A longer head in title case ("Effect of Frost and Thaw on Young Shoots and on the Older Wood.—")
  // where the chapter's checked heads show it sets its side heads so (the same test as for a lone
  // head below: a long head alone must not vouch for a letter's "Sir.—").
  if (found.length >= 2 || labelled > 0 || found.some((h) => h.numbered)) found.push(...long);
  // Heads in sentence case only where two title-like ones show the chapter sets its side heads so.
  if (found.filter((h) => !h.numbered).length >= 2) found.push(...sentenceCase);
  // A lone unnumbered "Sir.—I have the honour…" or "Yes.—It is true" opens a letter or a reply: an
  // unnumbered head is taken only in a chapter that sets its heads so (two run-in heads at least, or a
  // numbered or labelled one).
  const setsHeads = found.length >= 2 || labelled > 0 || found.some((h) => h.numbered);
  const heads = setsHeads ? found : [];
  const taken = new Set(found.map((h) => h.i));
  for (const h of bareDashHeads(paragraphs, isHeadWords)) if (!taken.has(h.i)) heads.push({ ...h, p: paragraphs[h.i], numbered: false });
  heads.sort((a, b) => a.i - b.i);
  for (const h of heads) cutOpening(h.p, h.length);
  for (const h of heads.reverse()) paragraphs.splice(h.i, 0, { kind: "heading", text: h.text, page: paragraphs[h.i].page, breaks: [] });
  return heads.length;
}

/**
 * A one-line paragraph closed by a full stop, under eight words, before a paragraph of text: a head
 * when numbered ("63. Decomposition of Water."), or, where the chapter sets its heads so (numbered
 * or run-in heads found: one is enough), when its words are a title's ("What Bases Are.", "PROBLEMS.",
 * "Neutralization."). A sentence in title case this short is rare; a lone word standing as a
 * sentence in dialogue ("Yes.") is not let through unless it is long and the chapter has heads.
 */
function headLines(paragraphs: RawParagraph[], headsSoFar: number): number {
  const isLine = (p: RawParagraph, i: number) => p.kind === "body" && p.text.length <= 70 && /\.$/.test(p.text) && !/[.!?]\s/.test(p.text.slice(0, -1).replace(/^\d{1,3}\.\s/, "")) && (paragraphs[i + 1]?.kind === "body" || paragraphs[i + 1]?.kind === "heading");
  const numbered = paragraphs.flatMap((p, i) => (isLine(p, i) && NUMBERED_LINE.test(p.text) && isHeadWords(NUMBERED_LINE.exec(p.text)![1]) ? [i] : []));
  const sets = numbered.length + headsSoFar >= 1;
  const plain = sets ? paragraphs.flatMap((p, i) => {
    if (!isLine(p, i) || NUMBERED_LINE.test(p.text)) return [];
    const words = p.text.slice(0, -1).trim();
    const n = words.split(/\s+/).length;
    if (n === 1 && (words.length < 8 || /ly$/.test(words))) return [];
    return isHeadWords(words) ? [i] : [];
  }) : [];
  for (const i of [...numbered, ...plain]) {
    paragraphs[i].kind = "heading";
    paragraphs[i].text = paragraphs[i].text.replace(/\.$/, "");
  }
  return numbered.length + plain.length;
}

/**
 * Paragraph numbers printed without a stop, counting up by one: taken off when a run of them counts
 * from 1 or 2 through at least three paragraphs, or when the chapter has such a run and a shorter run
 * counts from 1 under another heading (a short title of a law book numbers its paragraphs the same).
 * A figure that opens a paragraph ("12 men were…") does not count up with its neighbours.
 */
function dropParagraphNumbers(paragraphs: RawParagraph[]): number {
  const runs: { i: number; n: number; length: number }[][] = [];
  paragraphs.forEach((p, i) => {
    if (p.kind === "heading") { runs.push([]); return; }
    const m = p.kind === "body" ? BARE_NUMBER.exec(p.text) : null;
    if (!m) return;
    const x = { i, n: Number(m[1]), length: m[0].length };
    const run = runs.at(-1);
    if (run && run.length && x.n === run[run.length - 1].n + 1) run.push(x);
    else runs.push([x]);
  });
  const full = runs.filter((r) => r.length >= 3 && r[0].n <= 2);
  if (!full.length) return 0;
  let count = 0;
  const joins: number[] = [];
  for (const run of runs) {
    if (!run.length || !(full.includes(run) || run[0].n === 1)) continue;
    for (const { i, length } of run) {
      cutOpening(paragraphs[i], length);
      count++;
      // A number set where the sentence goes on ("…by force or law:" / "2 slavery is…"): one sentence.
      const prev = paragraphs[i - 1];
      if (prev?.kind === "body" && /^\p{Ll}/u.test(paragraphs[i].text) && /[,;:—–]$/.test(prev.text.trimEnd())) joins.push(i);
    }
  }
  for (const i of joins.reverse()) {
    const [prev, p] = [paragraphs[i - 1], paragraphs[i]];
    const at = prev.text.length + 1;
    prev.text = `${prev.text} ${p.text}`;
    prev.breaks.push(...p.breaks.map((b) => ({ ...b, at: b.at + at })));
    paragraphs.splice(i, 1);
  }
  return count;
}

// "I. Of Justice and Law II. Of the law of nature… III. Of the law of persons…": a list of the book's
// titles or chapters run together into one paragraph once its lines are joined.
const CONTENTS_ITEM = /(?:^|\s)([IVXLC]{1,7})\.\s+(?=\p{Lu})/gu;
const MIN_ITEMS = 5;

/**
 * Drops a paragraph that is a list of contents: at least five numbered titles, the numerals counting
 * up by one from I, and no sentence of text among them (every stop is a numeral's).
 */
function dropContentsLists(paragraphs: RawParagraph[]): number {
  let count = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if (p.kind !== "body") continue;
    const numerals = [...p.text.matchAll(CONTENTS_ITEM)].map((m) => parseNumber(m[1]));
    if (numerals.length < MIN_ITEMS || numerals.some((n, k) => n !== k + 1)) continue;
    // Every full stop in it is a numeral's: a title has none, a sentence ends with one.
    const stops = (p.text.match(/\./g) ?? []).length;
    if (stops !== numerals.length) continue;
    paragraphs.splice(i, 1);
    count++;
  }
  return count;
}
