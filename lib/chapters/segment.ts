// Finds the chapters of a document: "CHAPTER IV" / "Chapter 4. Title" headings when present, else
// the most common top-level Markdown heading, else one chapter for the whole text. Front matter
// (title pages, contents, preface) before the first chapter is not a chapter.
import { ROMAN_LINE, type Block } from "./blocks";
import { attributionStart } from "./epigraphs";
import { parseNumber, romanValue } from "./roman";
import { normalizeTitle, type TocEntry } from "./toc";
import { isCapitalsHeading, titleCase, setInCapitals } from "./title-case";
import { pagedHeadings, pageHeadLines } from "./furniture";
import { summaryTopics } from "./summary";
import { endsWithSignature, leadingMatter, linesAboveDate } from "./front-lines";
import { titleCased } from "./title";
import { shortTitleLine } from "./heading-lines";
import { YEAR_TOKEN } from "./year-token";
import { leadingText, proseChars } from "./leading-text";

export { titleCase };

/**
 * `part`: the book or part the chapter stands in, as its heading reads ("Book III"), when one heads it.
 * `heading`: for a chapter headed by its number alone, that heading ("Book III, Chapter I").
 */
const YEARS_ONLY = new RegExp(String.raw`^[[(]?(?:${YEAR_TOKEN})[.)\]]?$`);

/** `leading`: the prose before the first chapter heading (an excerpt that starts inside a chapter), no chapter of its own heading. */
export type Segment = { number: string | null; title: string; startPage: string | null; blocks: Block[]; notes: string[]; part?: string; heading?: string; leading?: boolean };

// "CHAPTER." over "V." (the number set on a line of its own) reads "CHAPTER. V." once the lines are joined.
const CHAPTER = /^(?:chapter\.?|chap\.|lecture\.?)\s+([0-9]{1,3}|[ivxlcdm]{1,7}|[IVXLCTY1l]{1,7}|[a-z]+)\b[.:]?\s*[-–—:.]{0,3}\s*(.*)$/i;
const UNNUMBERED = /^(introduction|prologue|epilogue|conclusion|afterword|postscript)\.?$/i;
const NUMBER_LABEL = /^(?:No|NO)\.\s+([IVXLC]{1,7}|\d{1,3})\.?()$/; // essays numbered "No. II." on a line of their own
const BARE_NUMBER = /^(\d{1,3}|[IVXLC]{1,7})\.?()$/;
const BACK_MATTER = /^(index|bibliography|appendix|appendices|list of abbreviations|acknowledg(e)?ments|glossary|about the author|references|works cited|further reading|sources)\b/i;
const ROMAN_TITLE = /^((?:[IVX][IVXLC]{0,6}|[LC][IVXLC]{1,6}))\.\s+(\p{Lu}.*)$/u; // "VIII. THE SALT TRADE" (not "C. Hale")
// "IV THE KEEPERS OF THE LIGHT": the numeral with no stop before a title in capitals (see romanCapsTitle);
// or with a dash between, as e-texts set the chapter line ("IV -- THE KEEPERS OF THE LIGHT", "IV—THE …").
const ROMAN_CAPS_TITLE = /^((?:[IVX][IVXLC]{0,6}|[LC][IVXLC]{1,6}))(?:\s+|\s*(?:--|[—–])\s*)(\p{Lu}[\p{Lu}\s'’,:;—–-]*\p{Lu})$/u;
// A title's second line in brackets: letters and a title's punctuation, no figures, no closing stop.
const SECOND_TITLE_LINE = /^\s*(?:\([^()\d]{2,79}[^()\d.!?]\)|\[[^[\]\d]{2,79}[^[\]\d.!?]\])\s*$/;
const NUMBERED_TITLE = /^(\d{1,3})\.?\s+(\p{Lu}.*)$/u; // "1 Introduction", "2. Related Work"
const SUBSECTION = /^\d{1,3}\.\d{1,3}\b/; // "2.3 Title": a section of chapter 2, whatever its heading level
// A book's or part's heading over its chapters: "BOOK III", "PART II. THE STATE", "Volume 2".
const PART = /^(book|part|volume|vol\.)\s+([0-9]{1,3}|[IVXLC]{1,7}|[a-z]+)\b\.?(?:\s*[-–—:.]?\s+(\p{L}.*))?$/iu;
// A title that is a label and a number, as a letter, an essay or a sermon of a collection is headed ("Letter VII").
const LABELLED_TITLE = /^(?:letter|essay|sermon|discourse|book|part|canto|lecture|chapter|section)\s+([0-9]{1,3}|[IVXLC]{1,7})\.?$/i;
const FRONT_MATTER = /^(contents|table of contents|preface|foreword|introduction to the series|copyright|dedication|acknowledg)/i;

function textOf(b: Block): string {
  return (b.heading ?? b.text).replace(/<[^<>]+>/g, "").replace(/[*_#]/g, "").trim();
}


/**
 * A heading set in capitals over two or three lines ("CHAPTER II. OF THE CAUSES WHICH LEAD A HIVE" /
 * "RISE TO THE DIVISION OF THE HARVEST."): one line of print, wrapped. No lower-case letter, so no
 * paragraph of the text opening with the word "Chapter".
 */
function wrappedCapitals(b: Block): boolean {
  return b.kind === "body" && b.lines.length <= 3 && b.text.length < 250 && setInCapitals(b.text);
}

function isChapterHeading(b: Block): RegExpMatchArray | null {
  if (b.kind !== "heading" && !(b.kind === "body" && b.lines.length === 1 && b.text.length < 80) && !wrappedCapitals(b)) return null;
  // "CHAPTER THE SECOND.": the number spelled out as an ordinal, read as "CHAPTER 2.".
  const text = textOf(b).replace(/\s+/g, " ").replace(SPELLED_ORDINAL, (all, label: string, word: string) => {
    const n = ORDINALS.indexOf(word.toLowerCase());
    return n >= 0 ? `${label} ${n + 1}` : all;
  });
  // A heading that is only a number ("**2**", "# IV") opens a chapter whose title follows.
  const m = text.match(CHAPTER) ?? text.match(NUMBER_LABEL) ?? (b.kind === "heading" ? text.match(BARE_NUMBER) : null);
  return m && chapterNumber(m[1]) !== null ? m : null;
}

/**
 * A chapter number as printed, or as OCR misread a roman numeral: "VT", "V1", "X1", "IlI" (I read as T,
 * 1, l or |; V read as Y). The table of contents, when there is one, corrects what remains wrong.
 */
export function chapterNumber(token: string): number | null {
  const n = parseNumber(token);
  if (n !== null && !wellFormedRoman(token)) return null;
  if (n !== null || !/^[IVXLC1lT|Y]{1,7}$/.test(token) || !/[IVXLC]/.test(token) || /^\d+$/.test(token)) return n;
  const read = token.replace(/[1lT|]/g, "I").replace(/Y/g, "V");
  return wellFormedRoman(read) ? parseNumber(read) : null;
}

// A word in capitals made only of numeral letters ("CIVIL", "ILL", "LIVID") is no numeral: a roman
// token counts only in its standard form (roman.ts romanValue: "XIV", not "XIIII" or "IL"). Digits and number words pass.
function wellFormedRoman(token: string): boolean {
  const t = token.trim().replace(/\.$/, "");
  return !/^[ivxlcdm]+$/i.test(t) || romanValue(t) !== null;
}

function matchToc(title: string, toc: TocEntry[]): TocEntry | undefined {
  const n = normalizeTitle(title);
  return n ? toc.find((e) => normalizeTitle(e.title) === n) : undefined;
}

function headingChapters(blocks: Block[]): number[] {
  const heads = pagedHeadings(blocks); // running heads a converter turned into headings are not chapters
  const usable = (b: Block) => b.kind === "heading" && !heads.has(b) && !FRONT_MATTER.test(textOf(b)) && !BACK_MATTER.test(textOf(b)) && !SUBSECTION.test(textOf(b));
  const levels = blocks.filter(usable).map((b) => b.level!);
  // One numbered heading above all the others, opening the text ("# 3. Making a Contract" over its
  // "## Offer", "## Acceptance"): a single chapter, and the lower headings are its sections.
  const top = levels.reduce((a, b) => Math.min(a, b), Infinity);
  const tops = blocks.flatMap((b, i) => (usable(b) && b.level === top ? [i] : []));
  if (tops.length === 1 && NUMBERED_TITLE.test(textOf(blocks[tops[0]])) && !blocks.slice(0, tops[0]).some(usable)) return tops;
  for (const level of [...new Set(levels)].sort((a, b) => a - b)) {
    const at = blocks.flatMap((b, i) => (usable(b) && b.level === level ? [i] : []));
    if (at.length >= 2) return at;
  }
  return [];
}

// "Chapter Summary" over the chapter's summary, as some e-texts print it: the topics between dashes
// whatever their case or verbs ("The council has kept its rights--How--Why the judges may refuse...").
const SUMMARY_LABEL = /^(?:chapter\s+)?(?:summary|synopsis)[.:]?$/i;

function labelledSummary(label: Block, next: Block): boolean {
  if (!((label.kind === "heading" || (label.kind === "body" && label.lines.length === 1)) && SUMMARY_LABEL.test(textOf(label).trim()))) return false;
  return next.kind === "body" && next.lines.length <= 12 && next.text.length <= 1200 && next.text.split(/\s*(?:—|–|-{2,3})\s*/u).length >= 3;
}

/** A one-line block whose words stand again, alone on a line, further on (a running head). */
function recurs(blocks: Block[], b: Block): boolean {
  if (b.lines.length !== 1) return false;
  const words = (t: string) => t.toLowerCase().replace(/[^\p{L}]+/gu, " ").trim();
  const own = words(b.text);
  return !!own && blocks.some((x) => x !== b && x.lines.some((l) => words(l) === own));
}

export function segmentChapters(blocks: Block[], toc: TocEntry[], fallbackTitle: string, acronyms = new Set<string>()): Segment[] {
  // A running head naming the chapter ("CHAP. IV.]  THE RIVER TRADE.   57") is no chapter heading.
  const heads = pagedHeadings(blocks, ["heading", "body"]);
  const isHead = (b: Block, m: RegExpMatchArray) => heads.has(b) && /\p{L}/u.test(m[2] ?? "");
  let starts = blocks.flatMap((b, i) => {
    const m = isChapterHeading(b);
    return m && !isHead(b, m) ? [i] : [];
  });
  const byChapterWord = starts.length > 0;
  if (byChapterWord) {
    // "Introduction", "Epilogue"... headings at least as prominent as the chapter headings are chapters too.
    const level = Math.min(...starts.map((i) => (blocks[i].kind === "heading" ? blocks[i].level! : 0)));
    const extra = blocks.flatMap((b, i) => (b.kind === "heading" && b.level! <= level && UNNUMBERED.test(textOf(b)) ? [i] : []));
    starts = [...new Set([...starts, ...extra])].sort((a, b) => a - b);
  }
  if (!byChapterWord) starts = headingChapters(blocks);
  // "BOOK III" over "CHAPTER I": the book each chapter stands in, its heading out of the chapter before.
  const parts = byChapterWord ? partHeadings(blocks, starts) : new Map<number, number>();
  if (!starts.length) {
    // A page number before the title is kept (it numbers the page the text starts on), and a
    // roman numeral over the title ("XLI" / "THE RISE OF THE TOWNS") is the chapter's number.
    // (Nor is a running head the title: an excerpt that starts mid-chapter has one over its first page.)
    const pageHeads = pageHeadLines(blocks);
    const furniture = (b: Block) => b.kind === "separator" || b.kind === "pagenum" || pageHeads.has(b);
    let first = blocks.findIndex((b) => !furniture(b));
    let roman: string | null = null;
    const over = blocks[first];
    const under = blocks.findIndex((b, i) => i > first && !furniture(b));
    // The numeral may close with a full stop ("I." over "BOURGEOIS AND PROLETARIANS") when the line
    // under it is the title the book prints again at its page tops (the section's running head, first
    // printed at the section's start): the text is that section. Without that, "XII." over a line in
    // capitals is a section marker over a section's heading (section-markers.test.ts).
    const overText = over?.kind === "body" && over.lines.length === 1 ? over.text.trim() : "";
    // So may it when the line under it is set as a title: in italics whole ("_THE VILLAGE GREEN._"), or set
    // apart from the text under it by more blank lines than the text puts between its paragraphs,
    // as a lecture's or an essay's number and title stand over its first page.
    const dotted = /^[IVXLC]+\.$/.test(overText) && under > 0 && (recurs(blocks, blocks[under]) || setAsTitle(blocks, under));
    if (overText && (ROMAN_LINE.test(overText) || dotted) && under > 0) [roman, first] = [overText.replace(/\.$/, ""), under];
    // The numeral over the title with no blank line between them ("I" / "THE RISE OF THE TOWNS" in one
    // block): the same, the numeral no word of the title.
    let f = blocks[first];
    if (!roman && f?.kind === "body" && f.lines.length >= 2 && f.lines.length <= 4 && ROMAN_LINE.test(f.lines[0]) && isCapitalsHeading(f.lines.slice(1).join(" ").replace(/\s+/g, " ").trim())) {
      roman = f.lines[0].trim();
      const lines = f.lines.slice(1);
      f = { ...f, lines, text: lines.join("\n") };
    }
    // "SECOND LECTURE" (or "LECTURE II") over "THE SENSES AND THE MIND" in one centred block: the label
    // line numbers the chapter and the capitals under it are its title, not one title of both.
    let labelNumber: number | null = null;
    if (!roman && f?.kind === "body" && f.lines.length >= 2 && f.lines.length <= 4 && isCapitalsHeading(f.lines.slice(1).join(" ").replace(/\s+/g, " ").trim())) {
      const n = labelLineNumber(f.lines[0]);
      if (n !== null) {
        labelNumber = n;
        const lines = f.lines.slice(1);
        f = { ...f, lines, text: lines.join("\n") };
      }
    }
    const titled = (f?.kind === "heading" && !FRONT_MATTER.test(textOf(f))) ||
      (f?.kind === "body" && (shortTitleLine(f) || (f.lines.length <= 3 && isCapitalsHeading(f.text.replace(/\s+/g, " "))) || titleCased(f)));
    // (A title in capitals may wrap over three lines, as a section head of a reprint does.)
    // "# 3 The Rock Cycle" over its "# 3.1" sections; a title line numbered in roman, "VIII. THE SALT TRADE".
    const numbered = !titled ? null : f.kind === "heading" ? textOf(f).match(NUMBERED_TITLE) : (romanTitle(textOf(f)) ?? romanCapsTitle(textOf(f)));
    const title = numbered ? numbered[2].replace(/\.$/, "") : titled ? textOf(f).replace(/\s+/g, " ").replace(/\.$/, "") : fallbackTitle;
    // "Letter VII" as the title: the letter's number too.
    const labelled = titled && !numbered && !roman ? textOf(f).replace(/\s+/g, " ").match(LABELLED_TITLE) : null;
    const number = numbered ? String(chapterNumber(numbered[1])) : roman && titled ? String(chapterNumber(roman)) : labelNumber !== null && titled ? String(labelNumber) : labelled ? String(chapterNumber(labelled[1])) : null;
    const rest = titled ? [...blocks.slice(0, first).filter((b) => b.kind === "pagenum" || pageHeads.has(b)), ...blocks.slice(first + 1)] : blocks;
    const notes = ["no chapter headings: the text is one chapter"];
    if (titled && rest.length > 1 && summaryTopics(rest[0])) {
      rest.shift();
      notes.push("the summary of topics under the title kept out of the text");
    }
    return [{ number, title: titleCase(title, acronyms), startPage: null, blocks: trimFrame(rest, notes), notes }];
  }
  return withLeadingText(blocks, parts.get(starts[0]) ?? starts[0], headedSegments(blocks, starts, parts, byChapterWord, toc, fallbackTitle, acronyms));
}

/**
 * What stands before the first chapter heading (`at`): the prose that leads up to it kept as an
 * untitled section of its own (an excerpt begun inside a chapter), and whatever is dropped as
 * front matter said in the notes.
 */
function withLeadingText(blocks: Block[], at: number, segments: Segment[]): Segment[] {
  const lead = leadingText(blocks, at);
  const first = segments[0];
  if (!first) return segments;
  const { dropped } = lead;
  const notes: string[] = [];
  if (dropped.blocks) notes.push(`${dropped.blocks} block(s) (${dropped.chars} characters) before the first chapter heading dropped as front matter: ${dropped.reasons.join(", ")}`);
  if (lead.from >= at) {
    first.notes.unshift(...notes);
    return segments;
  }
  const kept = blocks.slice(lead.from, at);
  const prose = kept.filter((b) => b.kind !== "pagenum" && b.kind !== "separator");
  notes.push(`${prose.length} block(s) (${proseChars(prose)} characters) of prose before the first chapter heading kept as an untitled opening section (the text begins inside a chapter)`);
  const title = lead.title ?? (first.number !== null ? `Before Chapter ${first.number}` : `Before "${first.title}"`);
  return [{ number: null, title, startPage: null, blocks: kept, notes, leading: true }, ...segments];
}

function headedSegments(blocks: Block[], starts: number[], parts: Map<number, number>, byChapterWord: boolean, toc: TocEntry[], fallbackTitle: string, acronyms: Set<string>): Segment[] {
  let part: string | undefined;
  return starts.map((start, k) => {
    const partAt = parts.get(start);
    if (partAt !== undefined) part = titleCase(textOf(blocks[partAt]).replace(/\s+/g, " ").replace(/[.:]+$/, ""), acronyms);
    const nextPart = k + 1 < starts.length ? parts.get(starts[k + 1]) : undefined;
    const end = nextPart ?? (k + 1 < starts.length ? starts[k + 1] : blocks.length);
    let body = start + 1;
    let opens: string | undefined; // the part a chapter's heading names beside its number ("CHAPTER I. INTRODUCTION")
    let number: string | null = null;
    let title = textOf(blocks[start]);
    const notes: string[] = [];
    const m = byChapterWord ? isChapterHeading(blocks[start]) : null;
    const numbered = byChapterWord ? null : title.match(NUMBERED_TITLE);
    if (numbered) [number, title] = [numbered[1], numbered[2]];
    if (m) {
      number = String(chapterNumber(m[1]));
      title = m[2].trim();
      // Only the years the chapter covers under its number ("1784–1793."): a date line, no title.
      if (YEARS_ONLY.test(title)) {
        notes.push(`chapter ${number}: the years under its number ("${title}") kept out of the title`);
        title = "";
      }
      // "CHAPTER II" on its own line, the title in the next heading or short capitalised line.
      const next = blocks[body];
      // Not a line whose sentence the next block goes on with in lower case: the text's first line.
      const goesOn = /^\s*\p{Ll}/u.test(blocks[body + 1]?.lines[0] ?? "");
      const shortLine = next && next.lines.length === 1 && textOf(next).length < 90 && !/[,;]$/.test(textOf(next)) && !/\.\s+\S/.test(textOf(next)) && !goesOn;
      // Older books print a synopsis in capitals under the number: "DEPARTURE FROM BERGEN—A NIGHT / AMONG THE ISLANDS."
      // A lecture's title over the date it was given, in one block ("THE SHEPHERD AS KING." / "[March 3, 1851.]"): the title is the lines above it.
      const dated = next ? linesAboveDate(next) : null;
      const titleText = dated ? dated.join(" ").trim() : next ? textOf(next) : "";
      const synopsis = next && next.kind === "body" && (dated?.length ?? next.lines.length) <= 3 && titleText.length < 250 && setInCapitals(titleText);
      // Or a title set in italics over two or three lines ("_Of the Solution of Salts in Water, and of the" /
      // "Heat which is lost by it._"): the whole block emphasised, as no paragraph of the text is.
      const italic = next && next.kind === "body" && next.lines.length <= 3 && next.text.length < 250 && /^\s*([_*])[^_*]+[^\s_*]\1\s*$/.test(next.text);
      // (Never the chapter's only text: that is its text, the chapter untitled.)
      if (!title && next && body + 1 < end && next.lines.length === 1 && YEARS_ONLY.test(textOf(next).trim())) {
        // Only the years the chapter covers under its number ("1784–1793."): a date line, no title.
        notes.push(`chapter ${number}: the years under its number kept out of the title and the text`);
        body++;
      } else if (!title && next && body + 1 < end && (next.kind === "heading" || (next.kind === "body" && (shortLine || synopsis || italic)))) {
        title = (synopsis ? titleText : textOf(next)).replace(/\s+/g, " ");
        if (dated) notes.push(`chapter ${number}: the date under its title kept out of the text`);
        body++;
      }
      // "CHAPTER I. INTRODUCTION" over "THE WORLD OUTSIDE AND THE PICTURES IN OUR HEADS": the word names
      // the part the chapter opens; the title in capitals under it is the chapter's own.
      else if (UNNUMBERED.test(title) && next && body + 1 < end && !dated && (next.kind === "heading" || synopsis) && titleText.split(/\s+/).length >= 3) {
        opens = titleCase(title.replace(/[.:]+$/, ""), acronyms);
        title = titleText.replace(/\s+/g, " ");
        notes.push(`chapter ${number}: the title in capitals under "${opens}" taken as the chapter's title`);
        body++;
      }
    }
    // A title's second line in parentheses or square brackets, in capitals as the title is ("REASON
    // AND RULE" / "(THE EARLY YEARS)"): the title's, not a heading in the text. Not an instruction to
    // the reader ("(SEE THE MAP FACING PAGE 12.)"): a title has no closing stop and no figures.
    const bracketed = blocks[body];
    if (m && title && bracketed && body + 1 < end && bracketed.lines.length === 1 && SECOND_TITLE_LINE.test(bracketed.text) && setInCapitals(bracketed.text)) {
      title = `${title} ${bracketed.text.trim()}`;
      body++;
    }
    // The chapter's summary of topics under its heading: out of the text; the title when there is
    // none (a book of the 1790s gives its chapters no titles but their contents lines, and a file
    // name is no title).
    const summary = body + 1 < end ? summaryTopics(blocks[body]) : null;
    if (summary) {
      if (!title && (summary.titled || summary.phrases) && !summary.long) title = summary.topics.join("—");
      notes.push(`chapter ${number ?? title}: the summary of topics under its heading kept out of the text`);
      body++;
    } else if (body + 2 < end && labelledSummary(blocks[body], blocks[body + 1])) {
      notes.push(`chapter ${number ?? title}: the summary under its "Summary" label kept out of the text`);
      body += 2;
    }
    const entry = matchToc(title, toc);
    if (entry?.number && entry.number !== number) {
      notes.push(`chapter number ${number ?? "?"} in the heading corrected to ${entry.number} from the table of contents`);
      number = entry.number;
    }
    let stop = end;
    for (let i = body; i < end; i++) {
      // A numbered reference list stays: it resolves the chapter's "[1]" markers (see endnotes.ts).
      if (blocks[i].kind === "heading" && BACK_MATTER.test(textOf(blocks[i])) && !/^references$/i.test(textOf(blocks[i]))) { stop = i; break; }
    }
    const seg: Segment = { number, title: titleCase((title || fallbackTitle).replace(/[.:;,]+$/, "").replace(/\s*-{2,3}\s*/g, "—"), acronyms), startPage: entry?.page ?? null, blocks: trimFrame(blocks.slice(body, stop), notes), notes };
    if (part ?? opens) seg.part = part ?? opens;
    // A chapter headed by its number alone ("CHAPTER I") is known by that heading, and by its book's
    // when it stands in one ("Book III, Chapter I"), when the document has no title to lend it.
    // (A heading that is the number alone, "IV", is not said twice: "IV", not "IV IV".)
    const label = textOf(blocks[start]).split(/\s+/)[0].replace(/[.:]+$/, "");
    if (!title && m) seg.heading = `${part ? `${part}, ` : ""}${titleCase(label === m[1] ? label : `${label} ${m[1]}`, acronyms)}`;
    return seg;
  });
}

/**
 * The book or part headings over chapters ("BOOK III" above "CHAPTER I"), by the chapter start they
 * head: the nearest block before the start, past page numbers and rules, that is such a heading and
 * not a running head (printed once or twice, not at every page top).
 */
function partHeadings(blocks: Block[], starts: number[]): Map<number, number> {
  const out = new Map<number, number>();
  // (Numbered: "Part of the estate was sold" over a chapter heading is a line of text.)
  const isPart = (b: Block) => {
    if (b.kind !== "heading" && !(b.kind === "body" && b.lines.length === 1 && b.text.trim().length < 80)) return false;
    const m = textOf(b).replace(/\s+/g, " ").match(PART);
    return !!m && chapterNumber(m[2]) !== null;
  };
  const seen = new Map<string, number>();
  for (const b of blocks) if (isPart(b)) seen.set(textOf(b).toLowerCase(), (seen.get(textOf(b).toLowerCase()) ?? 0) + 1);
  for (const start of starts) {
    let i = start - 1;
    while (i >= 0 && (blocks[i].kind === "pagenum" || blocks[i].kind === "separator")) i--;
    if (i >= 0 && isPart(blocks[i]) && (seen.get(textOf(blocks[i]).toLowerCase()) ?? 0) <= 2) out.set(start, i);
  }
  return out;
}

const isFurniture = (b: Block) => b.kind === "pagenum" || b.kind === "separator";

/** The chapter's blocks without an epigraph or a letter's head before its prose, nor a signature after it (page numbers kept). */
function trimFrame(blocks: Block[], notes: string[]): Block[] {
  const from = blocks.findIndex((b) => !isFurniture(b));
  if (from < 0) return blocks;
  const lead = leadingMatter(blocks, from, blocks.length);
  let out = lead ? [...blocks.slice(0, from), ...blocks.slice(from + lead)] : blocks;
  if (lead) notes.push(`${lead} line(s) of epigraph or heading matter before the first paragraph kept out of the text`);
  const end = out.findLastIndex((b) => !isFurniture(b)) + 1;
  if (end > 0 && endsWithSignature(out, 0, end)) {
    notes.push(`the signature "${out[end - 1].text.trim()}" under the last paragraph kept out of the text`);
    out = [...out.slice(0, end - 1), ...out.slice(end)];
  }
  return out;
}

/** "VIII. THE SALT TRADE": a title line numbered in roman, when the numeral is one ("CIVIL. WAR" is not). */
function romanTitle(line: string): RegExpMatchArray | null {
  const m = line.match(ROMAN_TITLE);
  return m && chapterNumber(m[1]) !== null ? m : null;
}

/**
 * "IV THE KEEPERS OF THE LIGHT" on one line: a chapter's numeral and its title in capitals, the stop
 * after the numeral left out. A one-letter numeral must be followed by an article, for "I" is also
 * the pronoun of a line in capitals ("I REMEMBER THE DAY").
 */
function romanCapsTitle(line: string): RegExpMatchArray | null {
  const m = line.replace(/\s+/g, " ").trim().match(ROMAN_CAPS_TITLE);
  if (!m || m[2].split(" ").length < 2 || chapterNumber(m[1]) === null) return null;
  if (m[1].length > 1) return m;
  // "I" is also the pronoun: "I—THE UNDERSIGNED—DECLARE" is a sentence set in capitals with a dash
  // on either side of an aside. A chapter's title after "I—" has no dash of its own.
  const dashed = /--|[—–]/.test(m[0].slice(m[1].length, m[0].length - m[2].length));
  return /^(?:THE|A|AN)\s/.test(m[2]) && !(dashed && /--|[—–]/.test(m[2])) ? m : null;
}

// "CHAPTER THE SECOND", "Chapter the Twelfth.": the label, "the", and an ordinal word.
const SPELLED_ORDINAL = /^(chapter|chap\.)\s+the\s+(\p{L}+)(?=\.?(?:\s|$))/iu;
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const ORDINAL_LABEL = /^(\p{L}+)\s+(?:lecture|chapter|section|letter|essay|sermon|discourse|book|part)\.?$/iu;

/** "SECOND LECTURE" -> 2, "LECTURE IV" -> 4: a line that only labels a numbered part, else null. */
function labelLineNumber(line: string): number | null {
  const t = line.replace(/\s+/g, " ").trim();
  const ordinal = t.match(ORDINAL_LABEL);
  if (ordinal) {
    const k = ORDINALS.indexOf(ordinal[1].toLowerCase());
    return k >= 0 ? k + 1 : null;
  }
  const labelled = t.match(LABELLED_TITLE);
  return labelled ? chapterNumber(labelled[1]) : null;
}

/** A one-line block in italics whole, or one set apart from the body block under it by extra blank lines, or over an epigraph. */
function setAsTitle(blocks: Block[], at: number): boolean {
  const b = blocks[at];
  if (b.kind !== "body" && b.kind !== "heading") return false;
  if (b.lines.length !== 1 || b.text.trim().split(/\s+/).length > 12) return false;
  if (/^\s*_[^_]+_\s*$/.test(b.text)) return true;
  const next = blocks[at + 1];
  if (!next || /[,;:]$/.test(b.text.trim())) return false;
  // Over an epigraph (a quotation set in, closed by its author's name in capitals): a chapter's title.
  if ((next.kind === "quote" || next.kind === "body") && /^\s{2,}\S/.test(next.lines[0]) && attributionStart(next.text.replace(/\s+/g, " ")) >= 0) return true;
  return next.kind === "body" && !!next.spaced;
}
