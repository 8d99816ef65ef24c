// Page furniture found with document-wide evidence: running heads are short lines that recur
// (the book or chapter title, often with a page number), or an all-caps title line carrying a page
// number at one end ("SOCIALISM IN ONE COUNTRY 36", "36 LESSONS OF OCTOBER").
import type { Block } from "./blocks";
import { setInCapitals } from "./title-case";

const SECTION_NUMBER = /^\d{1,3}\.\s+\p{Lu}/u;

function key(line: string): string {
  return line.toLowerCase().replace(/<[^<>]+>/g, "").replace(/[\d*_#]+/g, "").replace(/[^\p{L}]+/gu, " ").trim();
}

function candidate(b: Block): string | null {
  if (b.lines.length !== 1 || (b.kind !== "body" && b.kind !== "heading")) return null;
  // A page number in brackets at either end ("[24]   LECTURE II.—THE SHEPHERD.", "THE SHEPHERD.   [25]") is a
  // page number as a bare one is: scans of old lectures and reprints set it so.
  const t = misreadFolio(b.text.replace(/<[^<>]+>/g, "").replace(/[*_#]/g, "").trim().replace(BRACKETED_PAGE, "$1$2"));
  // Old books print heads with a full stop ("RIVERS AND THEIR WORK.", "[CHAP. IV."): drop it when in capitals.
  // So do heads in ordinary case with the page number set apart at the outer corner, as a layout-keeping
  // reader gives them ("26        Influence of Sea Power." / "Elements of the Art.        27").
  const bare = t === t.toUpperCase() ? t.replace(/^\[|[.\]]+$|\.(?=\s+\d+$)/g, "").trim() : CORNER_PAGE.test(t) ? t.replace(/\.$|\.(?=\s+\d+$)/, "") : t;
  if (bare.length > 80 || /[.,;:!?]$/.test(bare) || bare.split(/\s+/).length > 10) return null;
  return bare;
}

/**
 * Returns a classifier: false = not furniture, null = a running head (a page top), "36" = a running
 * head carrying page 36, "" = a scan artefact (no page evidence).
 */
export function runningHeadDetector(blocks: Block[], titles: string[]): (b: Block) => string | null | false {
  const counts = new Map<string, number>();
  // "1. ROOTS IN THE DRY SEASON" once, over the section whose title the rectos' heads repeat bare: the
  // section's head, not a page top.
  const numbered = new Map<string, number>();
  for (const b of blocks) {
    const t = candidate(b);
    if (!t) continue;
    const k = key(t);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    if (SECTION_NUMBER.test(t)) numbered.set(k, (numbered.get(k) ?? 0) + 1);
  }
  const titleKeys = new Set(titles.map(key).filter(Boolean));
  // Pages headed by running heads that carry their numbers: there a lone "PART II." printed once
  // is the label of a section in mid-page, not a page top.
  let numberedHeads = 0;
  for (const b of blocks) {
    const t = candidate(b);
    if (t && pageAtEnd(t) && (counts.get(key(t)) ?? 0) >= 2) numberedHeads++;
  }
  return (b: Block) => {
    const t = candidate(b);
    if (!t) return false;
    const k = key(t);
    const seen = counts.get(k) ?? 0;
    if (SECTION_NUMBER.test(t) && numbered.get(k) === 1 && seen > 1) return false;
    const withPage = pageAtEnd(t);
    // Converters sometimes make a running head a heading: only a recurring one with a number counts.
    if (b.kind === "heading" && !(withPage && (seen >= 2 || SECTION_AND_PAGE.test(t)))) return false;
    const caps = t === t.toUpperCase() && /\p{Lu}{3}/u.test(t);
    // A section's label ("ARTICLE 2", "Part 4") numbers the section, not the page, however many
    // sections are labelled so ("Article 1" and "ARTICLE 2" share their words).
    if (withPage && LABEL_WORD.test((/^\d+$/.test(withPage[1]) ? withPage[2] : withPage[1]).trim())) return false;
    // A title-like line with a page number: in capitals, or recurring, or the book's or chapter's title.
    if (withPage && k && (caps || seen >= 2 || titleKeys.has(k))) return /^\d+$/.test(withPage[1]) ? withPage[1] : withPage[2];
    if (isArtefact(t)) return "";
    if (SECTION_HEAD.test(t)) return seen === 1 && numberedHeads >= 2 ? false : null;
    // A short line repeated verbatim three times or more is furniture, not prose.
    if (k && seen >= 3 && (caps || titleKeys.has(k) || k.includes(" "))) return null;
    // A line in capitals twice over (the head of a short chapter's alternate pages) is furniture too.
    if (k && seen === 2 && (caps || titleKeys.has(k)) && k.includes(" ")) return null;
    if (k && titleKeys.has(k) && caps) return null;
    return false;
  };
}

// A folio at either end of a head with a figure that OCR read as a letter ("THE RIVERS i5", "2O THE
// RIVERS"): "1" as i, l or I, "0" as o or O, beside at least one figure read right. Session 21.
const MISREAD_FOLIO_END = /(?<=\s)(?=[\dilIoO]{2,4}$)([\dilIoO]*\d[\dilIoO]*)$/;
const MISREAD_FOLIO_START = /^(?=[\dilIoO]{2,4}\s)([\dilIoO]*\d[\dilIoO]*)(?=\s)/;
const asFigures = (m: string) => m.replace(/[ilI]/g, "1").replace(/[oO]/g, "0");
const misreadFolio = (t: string) => t.replace(MISREAD_FOLIO_END, asFigures).replace(MISREAD_FOLIO_START, asFigures);

const BRACKETED_PAGE = /^\[(\d{1,4})\](?=\s)|(?<=\s)\[(\d{1,4})\]$/g;

// A page number at one end of a line, set apart from its words by a wide gap: a page's outer corner.
const CORNER_PAGE = /^\d{1,4} {3,}\S|\S {3,}\d{1,4}$/;

// (A table's or a figure's label, "TABLE 5", "FIG. 12", numbers the table, not the page.)
const LABEL_WORD = /^(?:article|art|section|sect|chapter|chap|part|book|lecture|letter|canto|act|scene|no|table|fig|figure|plate|chart|diagram)\.?$/i;

// Book-style heads: "36 SOCIALISM IN ONE COUNTRY PT. III", "CH. XI LESSONS OF OCTOBER 37".
const SECTION = String.raw`(?:PT|PART|CH|CHAP|BK|SECT?)\.?\s+(?:[IVXLC]+|\d{1,3})`;
const SECTION_AND_PAGE = new RegExp(String.raw`^(?:${SECTION}\s+\D+\s+\d{1,4}|\d{1,4}\s+\D+\s+${SECTION})$`);
const pageAtEnd = (t: string) => t.match(/^(\d{1,4})\s+(\D.*)$/) ?? t.match(/^(.*\D)\s+(\d{1,4})$/);

/** Headings that are running heads: a page number at one end and the same words at least twice. */
export function pagedHeadings(blocks: Block[], kinds: Block["kind"][] = ["heading"]): Set<Block> {
  const byKey = new Map<string, Block[]>();
  for (const b of blocks) {
    const t = kinds.includes(b.kind) ? candidate(b) : null;
    if (!t || !pageAtEnd(t) || !key(t)) continue;
    const list = byKey.get(key(t));
    if (list) list.push(b);
    else byKey.set(key(t), [b]);
  }
  return new Set([...byKey.values()].filter((list) => list.length >= 2 || SECTION_AND_PAGE.test(candidate(list[0]) ?? "")).flat());
}

/**
 * Lines of text that are running heads carrying a page number, their words printed over two pages
 * or more ("VIII.]   THE INDUSTRIAL AGE   209" ... "213"): page furniture wherever they stand, the
 * first page of an excerpt included, and so never a document's or chapter's title. Two words at
 * least: "CHAPTER 2" and "CHAPTER 3" share a word and a number, and are headings.
 */
export function pageHeadLines(blocks: Block[]): Set<Block> {
  return new Set([...pagedHeadings(blocks, ["body"])].filter((b) => key(candidate(b) ?? "").includes(" ")));
}

// Heads naming the part or chapter ("PT. III", "CH. XI", "[CHAP. IV"), printed at page tops.
const SECTION_HEAD = /^(?:PT|PART|CH|CHAP|BK|BOOK|SECT?|VOL)\.?\s+(?:[IVXLC]+|\d{1,3})$/;

/** Scan artefacts: library shelf marks ("K512 E802-2"), accession numbers, stamps in another script. */
function isArtefact(t: string): boolean {
  const tokens = t.split(/\s+/);
  if (tokens.every((w) => /\d/.test(w) && !/\p{Ll}/u.test(w)) && tokens.some((w) => /\p{Lu}\d|\d\p{Lu}/u.test(w) || /^\d{5,}$/.test(w))) return true;
  return t.length <= 12 && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]+$/u.test(t);
}

/**
 * A running head that OCR printed against the first line of the text below it, in one block
 * ("112        A HISTORY OF TOWNS." over the page's first line): split off when it is in capitals
 * and heads at least two blocks carrying a page number, or, without a number (a book that prints
 * its numbers at the foot: "ON POPULATION." over every odd page), when it heads at least three
 * blocks, two of them right after a page number, where a page begins. A head in ordinary case
 * counts only with its number set apart at the page's corner ("Elements of the Art.      27").
 */
export function splitGluedHeads(blocks: Block[]): Block[] {
  const headOf = (b: Block) => {
    if (b.kind !== "body" || b.lines.length < 2) return null;
    const t = candidate({ ...b, lines: [b.lines[0]], text: b.lines[0] });
    // In ordinary case only with its page number at the corner (a sentence's first line has none).
    const cased = t && !setInCapitals(t) && CORNER_PAGE.test(t) && /^\p{Lu}/u.test(t.replace(/^\d+\s+/, ""));
    return t && (setInCapitals(t) || cased) && key(t) ? (pageAtEnd(t) ? "#" : "") + key(t) : null;
  };
  // Keyed by the head's words, "#" before them when it carries a number.
  const counts = new Map<string, { blocks: number; afterPage: number }>();
  blocks.forEach((b, i) => {
    const k = headOf(b);
    if (!k) return;
    const c = counts.get(k) ?? { blocks: 0, afterPage: 0 };
    c.blocks++;
    if (blocks[i - 1]?.kind === "pagenum") c.afterPage++;
    counts.set(k, c);
  });
  const isHead = (k: string | null) => {
    const c = k ? counts.get(k) : undefined;
    return !!c && (k!.startsWith("#") ? c.blocks >= 2 : c.blocks >= 3 && c.afterPage >= 2);
  };
  if (![...counts.keys()].some(isHead)) return blocks;
  return blocks.flatMap((b) => {
    if (!isHead(headOf(b))) return [b];
    const rest = b.lines.slice(1);
    return [{ kind: "body" as const, lines: [b.lines[0]], text: b.lines[0] }, { ...b, lines: rest, text: rest.join("\n") }];
  });
}
