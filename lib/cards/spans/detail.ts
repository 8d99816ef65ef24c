// Blanks on the detail rather than the point, told apart by the sentence's own shape (general
// English, no list from any text):
// - an alias in brackets right after a name ("the Northern Rowing League ({{NRL}})"): the name in
//   front of it gives it away, and the alias is never what the sentence teaches;
// - a year inside a name ("the rising of {{1811}}", "the treaty of {{1702}}"): the year is part of
//   what the event is called, the sentence says something else about it;
// - one word of a longer name ("the Keeper's {{Seal}}", "De la {{Tour}}", "{{Edwy}} the younger"):
//   the name's other words stand on the card, and the blank is neither the name nor the point;
// - a common English word capitalised as the chapter's institution, side or title ("the {{Crown}}",
//   "the {{Council}}", "the {{Dutch}}", "the {{Admiral}}"): the reader guesses it from the chapter's
//   subject, and the sentence says something else about it;
// - in a renaming ("X was renamed Y", "X changed its name to Y") the new name is the point, and when
//   the new name repeats the old one but for a word or two, those added words are.
import type { AnalysedSentence } from "../analyse";
import { isEnglishWord, rarity } from "../rank/frequency";

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

// A common English word capitalised and made possessive inside a sentence ("the Keeper's Seal",
// "the Workers' Party"): the first word of an institution's or office's name, not a person's. A
// lower-case word must stand before it: "Thomas More's Utopia" is a title after its author.
const TITLE_POSSESSIVE = /(?:^|\s)\p{Ll}+\s+(\p{Lu}\p{Ll}+)(?:['’]s|s['’])\s+$/u;
// Name particles, the last one right before the blank and the one before it a particle too, or a
// capitalised particle ("De la", "van der"): a single particle ("the Duke de") may end a title.
const PARTICLES = /(?:^|\s)(?:De|Du|Da|Di|Van|Von|Del|Della|de|du|da|di|van|von|del|della)\s+(?:la|le|les|l['’]|der|den|des|ter|ten|los|las)\s*$/;
const CAPITAL_PARTICLE = /(?:^|[.!?]\s+)(?:De|Du|Da|Di|Van|Von|Del|Della|La|Le)\s+$/;
// An epithet after a ruler's name ("Edwy the younger", "Harl the Stout").
const EPITHET = /^\s+the\s+(?:younger|elder|Younger|Elder|Great|Less|Bald|Fat|Fair|Good|Pious|Wise|Bold|Stout|Tall|Short|Lame|Confessor)\b/;

// Compiled once: a \p{…} literal inside a function is rebuilt on every call once transpiled.
const PARTICLE_OPEN = /^(?:la|le|les|der|den|des|los|las)\s+\p{Lu}/u, CAPITAL_OPEN = /^\p{Lu}/u;
const SPACE = /\s/;

/** Where the run of white space that ends `text` starts (text.length when it ends on no space). */
function trailingSpace(text: string): number {
  let k = text.length;
  while (k > 0 && SPACE.test(text[k - 1])) k--;
  return k;
}

/** "…'s " or "…s' " at the end, with either apostrophe: what TITLE_POSSESSIVE needs, checked without a scan of the whole text. */
function endsPossessive(before: string): boolean {
  const k = trailingSpace(before);
  if (k === before.length || k < 2) return false;
  const last = before[k - 1], prev = before[k - 2];
  return (last === "s" && (prev === "'" || prev === "’")) || ((last === "'" || last === "’") && prev === "s");
}

/** The blank is one part of a longer name whose other words stand right beside it on the card. */
export function nameFragment(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  // "De {{la Tour}}": the blank opens on the name's own particle.
  if (PARTICLE_OPEN.test(text.slice(start, end)) && CAPITAL_PARTICLE.test(before)) return true;
  if (!CAPITAL_OPEN.test(text.slice(start, end))) return false;
  const possessive = endsPossessive(before) ? TITLE_POSSESSIVE.exec(before) : null;
  if (possessive && isEnglishWord(possessive[1].toLowerCase())) return true;
  if (PARTICLES.test(before) || CAPITAL_PARTICLE.test(before)) return true;
  return EPITHET.test(text.slice(end));
}

// Commoner than this in general English (SUBTLEX rarity, 0 for "the", 1 unknown): "treaty",
// "state", "general", "church"; rarer words capitalised after "the" ("the Reformation") are names.
const COMMON_WORD = 0.65;

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** `(?:^|\s)[Tt]he\s+$` on text.slice(0, at), read back from `at` instead of scanning the whole prefix. */
function afterThe(text: string, at: number): boolean {
  const k = trailingSpace(text.slice(0, at));
  if (k === at || k < 3) return false;
  const the = text.slice(k - 3, k);
  return (the === "the" || the === "The") && (k === 3 || SPACE.test(text[k - 4]));
}

/** The blank is one common English word, capitalised, after "the": an institution, side or title, not a name.
 * (Its sibling, spans/trivial-blank.ts `capitalisedCommonWord`, refuses such a word anywhere once the
 * chapter also writes it in lower case.) */
export function commonWordAfterThe(s: AnalysedSentence, start: number, end: number): boolean {
  const word = s.text.slice(start, end);
  if (!CAPITALISED_WORD.test(word) || !afterThe(s.text, start)) return false;
  if (!isEnglishWord(word) || rarity(word) >= COMMON_WORD) return false;
  // A place the tagger knows ("the Atlantic") and a word of a longer name ("the Crown Court") are names.
  if (s.entities.some((e) => e.kind === "place" && e.start <= start && e.end >= end)) return false;
  return !/^\s+\p{Lu}/u.test(s.text.slice(end));
}

/** A span no cloze should blank: an alias in brackets after its name, a year inside a name, one word of a longer name. */
export const isDetailBlank = (s: AnalysedSentence, start: number, end: number): boolean => bracketAlias(s.text, start, end) || yearInName(s.text, start, end) || nameFragment(s.text, start, end) || commonWordAfterThe(s, start, end);
