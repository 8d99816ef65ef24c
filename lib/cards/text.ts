// Small, general text tools for card rules: named entities, dates, tokens.
import { HAS_LETTER } from "@/lib/cards/letters";
import { MONTHS, MONTH_NAME as MONTH } from "@/lib/language/months";

export { MONTHS };
const YEAR = `(?:1[0-9]|20)\\d\\d`;
const ORD_DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?)`;

// A string written into a pattern as itself: shared with lib/chapters (lib/util/regexp).
export { escapeRegExp } from "@/lib/util/regexp";

// Full or partial dates, most specific first.
export const DATE_RE = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2},\\s+${YEAR}\\b`, // August 1, 1924
    `\\b(?:the\\s+)?${ORD_DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, // 1 August 1924, the 27th of December, 1831
    `\\b${MONTH},?\\s+${YEAR}\\b`, // April 1925
    `\\b(?:the\\s+)?${YEAR}s\\b`, // the 1950s
    `\\b${YEAR}-${YEAR}\\b`, // 1924-1926
    `\\b${YEAR}\\b`, // 1924
  ].join("|"),
  "g",
);

export const RELATIVE_DATE_RE = new RegExp(
  `\\b(?:in|In)\\s+(?:the\\s+)?(?:same\\s+month|same\\s+year|following\\s+year|${MONTH}|the\\s+(?:spring|summer|autumn|winter))\\b|\\b(?:in|In)\\s+that\\s+(?:same\\s+)?year\\b|\\b(?:That|that)\\s+same\\s+year\\b|\\b(?:The|the)\\s+(?:next|following)\\s+year\\b|\\b(?:a|A|one|One)\\s+(?:month|year)\\s+later\\b`,
);

export function findDates(text: string): { text: string; index: number; year: number | null; month: string | null }[] {
  return [...text.matchAll(DATE_RE)].map((m) => ({
    text: m[0],
    index: m.index!,
    year: Number(m[0].match(new RegExp(YEAR))?.[0] ?? NaN) || null,
    month: MONTHS.find((mo) => m[0].includes(mo)) ?? null,
  }));
}

const FUNCTION_START = new Set(["The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "When", "While", "After", "Before", "During", "Since",
  "It", "This", "That", "These", "Those", "He", "She", "They", "We", "His", "Her", "Their", "Its", "But", "And", "Or", "Yet", "So", "If", "Although",
  "Though", "As", "Among", "Throughout", "Here", "There", "Then", "Secondly", "Firstly", "Finally", "Nobody", "None", "Most", "Some", "Each",
  "Every", "Both", "All", "Only", "Even", "Also", "Such", "Under", "Through", "Against", "Without", "Within", "Beyond", "Despite", "Upon", "Until", "Unlike", "Whatever", "Whether", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "One"]);

// An en-dash compound is one name ("Brell–Vance"); a name never starts inside a word ("el-Kebir").
const CAP_WORD = "(?:[A-Z][\\p{L}'’.-]*(?:–[A-Z][\\p{L}'’.-]*)*|[A-Z]\\.)";
const CONNECT = "(?:of|de|del|della|der|van|von|la|le|du|da|di|dos|das|for|the|i|v|v\\.|vs\\.?|&)";
// "University of Manchester", "Deputy People's Commissar for War", "E. H. Carr", "Anna von Lisk",
// a lower-case particle before a hyphen ("Tel el-Kebir"), a case name ("Hyde v Wrench") and a firm ("Brell & Co").
// A bracketed part inside a name stays with it: "Vance Bros & Orlen (Builders) Ltd".
export const ENTITY_RE = new RegExp(`(?<![\\p{L}\\p{N}'’–-])${CAP_WORD}(?:\\s+(?:${CONNECT}\\s+)?(?:[a-z]{1,3}-)?${CAP_WORD}|\\s+\\(${CAP_WORD}(?:\\s+${CAP_WORD})*\\)(?=\\s+${CAP_WORD}))*`, "gu");

export function entities(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const m of text.matchAll(ENTITY_RE)) {
    let t = m[0].replace(/\s+(?:of|de|and|for|the|i)$/u, "");
    let index = m.index!;
    const first = t.split(/\s+/)[0];
    if (FUNCTION_START.has(first) || MONTHS.includes(first)) {
      const rest = t.slice(first.length).trimStart().replace(/^(?:the|of|and|for|de)\s+/, "");
      index += m[0].indexOf(rest, first.length);
      t = rest;
    }
    t = t.replace(/['’]s$/, "");
    // An ion or cofactor keeps its charge: "NAD+", "Ca2+" is cut at the digit, so only a plain "+".
    if (/^[A-Z]{2,}$/.test(t) && text[index + t.length] === "+") t += "+";
    if (!t || /^(?:[A-Z]\.)+$/.test(t) || MONTHS.includes(t)) continue;
    out.push({ text: t.replace(/[.,]$/, ""), index });
  }
  return out;
}

export function tokens(s: string): string[] {
  return s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
}

const STOP = new Set("the a an of to in on at by for from with and or but as is was were are be been being that which who whom whose this these those it its his her their he she they we i you not no into than then there here also so".split(" "));

export function contentTokens(s: string): string[] {
  return tokens(s).filter((t) => !STOP.has(t) && t.length > 1);
}

export function wordCount(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

/** The words of a text that have a letter in them: a dash, a number or a stray stop is no word. */
export function letterWordCount(s: string): number {
  return s.split(/\s+/).filter((w) => HAS_LETTER.test(w)).length;
}

/** The tokens lying wholly inside a span of their text (a card's answer, a blank). */
export function tokensInSpan<T extends { start: number; end: number }>(ts: T[], span: { start: number; end: number }): T[] {
  return ts.filter((t) => t.start >= span.start && t.end <= span.end);
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function trimClause(s: string): string {
  return s.replace(/^[\s,;:]+|[\s,;:]+$/g, "").replace(/\s+/g, " ");
}

/** Indices of the first and last token lying wholly inside [start, end) (contiguous from the first), or null. */
export function tokenRangeIn<T extends { start: number; end: number }>(ts: T[], start: number, end: number): { i: number; j: number } | null {
  const i = ts.findIndex((t) => t.start >= start && t.end <= end);
  if (i < 0) return null;
  let j = i;
  while (ts[j + 1] && ts[j + 1].end <= end) j++;
  return { i, j };
}
