// Blanks on the detail rather than the point, told apart by the sentence's own shape (general
// English, no list from any text):
// - an alias in brackets right after a name ("the Northern Rowing League ({{NRL}})"): the name in
//   front of it gives it away, and the alias is never what the sentence teaches;
// - a year inside a name ("the rising of {{1811}}", "the treaty of {{1702}}"): the year is part of
//   what the event is called, the sentence says something else about it;
// - in a renaming ("X was renamed Y", "X changed its name to Y") the new name is the point, and when
//   the new name repeats the old one but for a word or two, those added words are.
import type { AnalysedSentence } from "../analyse";

type Span = { start: number; end: number };

/** The blank is the whole of a bracket that follows a name: an alias or acronym given by the name in front. */
export function bracketAlias(text: string, start: number, end: number): boolean {
  if (!/\(\s*$/.test(text.slice(0, start)) || !/^\s*\)/.test(text.slice(end))) return false;
  return /\p{Lu}[\p{L}'’.-]*\s*\(\s*$/u.test(text.slice(0, start));
}

// Nouns of time ("the summer of 1911", "the end of 1820"): a year after them is a date, not a name.
const TIME_NOUN = /^(?:year|years|month|months|summer|winter|spring|autumn|fall|season|week|weeks|day|days|decade|period|end|beginning|middle|close|course|start|part|half|spring-time|session|first|last)$/i;

/** The blank is a year that ends a name of the form "the <noun> of <year>". */
export function yearInName(text: string, start: number, end: number): boolean {
  if (!/^\d{4}$/.test(text.slice(start, end))) return false;
  const m = /\bthe\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+of\s+$/iu.exec(text.slice(0, start));
  return !!m && !TIME_NOUN.test(m[1]);
}

// What a renaming verb is followed by: the new name (optionally in quotation marks).
const RENAMED = /\b(?:renamed|re-named|rechristened|(?:change|changes|changed|changing)\s+(?:its|his|her|their)\s+names?\s+to)\s+(?:the\s+)?["“‘]?$/i;
const NAME_WORD = /^[\p{Lu}][\p{L}'’-]*$/u;
const CONNECTOR = /^(?:of|the|and|for|de|la|von|van)$/;

/** The new name of a renaming, as character offsets: its capitalised words (with "of", "the" … inside). */
export function newNames(s: AnalysedSentence): Span[] {
  const out: Span[] = [];
  const { tokens, text } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (!NAME_WORD.test(tokens[i].text) || !RENAMED.test(text.slice(Math.max(0, tokens[i].start - 48), tokens[i].start))) continue;
    let j = i + 1;
    while (j < tokens.length && (NAME_WORD.test(tokens[j].text) || (CONNECTOR.test(tokens[j].lower) && NAME_WORD.test(tokens[j + 1]?.text ?? "")))) j++;
    out.push({ start: tokens[i].start, end: tokens[j - 1].end });
    i = j - 1;
  }
  return out;
}

const lowerWords = (t: string) => new Set((t.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []));

/**
 * The span a renaming should blank: the new name, or, when all but one run of its words stand
 * elsewhere in the sentence (the old name repeated with a word added), that run alone.
 */
export function renamingPoint(s: AnalysedSentence): Span | null {
  if (!renamingCache.has(s)) renamingCache.set(s, findRenamingPoint(s));
  return renamingCache.get(s)!;
}
const renamingCache = new WeakMap<AnalysedSentence, Span | null>();

function findRenamingPoint(s: AnalysedSentence): Span | null {
  if (!/\b(?:renamed|re-named|rechristened|name)/i.test(s.text)) return null;
  const name = newNames(s)[0];
  if (!name) return null;
  const rest = lowerWords(`${s.text.slice(0, name.start)} ${s.text.slice(name.end)}`);
  const words = [...s.text.slice(name.start, name.end).matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => ({ start: name.start + m.index!, end: name.start + m.index! + m[0].length, old: rest.has(m[0].toLowerCase()) }));
  const fresh = words.filter((w) => !w.old);
  if (words.length < 3 || !fresh.length) return name;
  const first = words.indexOf(fresh[0]), last = words.indexOf(fresh.at(-1)!);
  // One run of new words inside a name that is otherwise the old one: the added words are the change.
  if (last - first + 1 === fresh.length && fresh.length <= 2 && words.length - fresh.length >= 2) return { start: fresh[0].start, end: fresh.at(-1)!.end };
  return name;
}

/** A span no cloze should blank: an alias in brackets after its name, or a year inside a name. */
export const isDetailBlank = (s: AnalysedSentence, start: number, end: number): boolean => bracketAlias(s.text, start, end) || yearInName(s.text, start, end);
