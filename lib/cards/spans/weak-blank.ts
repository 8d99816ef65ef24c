// The kinds of blank strict raters mark "wrong or trivial" on book after book, whatever the
// subject, told apart by the sentence's own words rather than by any list of names:
// - given away: the rest of the sentence repeats the blanked word or a form of it
//   ("{{Ruskin}}'s ideas … Ruskinism", "the pleasing and {{displeasing}}");
// - one of a pair: "Ashford and {{Brellan}}", "{{Ardish}} and Dorran": the other name sits beside it,
//   and the sentence says the same of both (the three-or-more case is ./list);
// - a quantity or degree, not a term: "a {{large share}}", "{{most keepers}}", "{{other birds}}":
//   the head word is vague and the modifier only measures it;
// - the chapter's own subject as a phrase, and one opening word that is only its subject's head.
import { HAS_LETTER, UPPER_INITIAL, IS_CAPITALISED_WORD } from "@/lib/cards/letters";
import { sliceMemo } from "./slice-memo";

import { isEnglishWord } from "../rank/frequency";

// Compiled once (a \p{…} literal inside a function is rebuilt on every call once transpiled). Global
// patterns are only used with match/matchAll, which start from the beginning whatever lastIndex says.
const WORD = /\p{L}[\p{L}'’-]*/gu, CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]*/gu;
/** Lower-case words of at least four letters (shorter ones are too often shared by chance). */
const words = (text: string) => (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, "")).filter((w) => w.length >= 4);
/** The same, capitalised ones only (names). */
const names = (text: string) => (text.match(CAPITALISED_WORD) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, "")).filter((w) => w.length >= 4);

/** Two word forms of one word: equal, one inside the other (5+ letters), or a long common stem. */
export function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  const short = x.length <= y.length ? x : y, long = short === x ? y : x;
  // A form with a prefix or suffix ("Ruskin" / "Ruskinism", "pleasing" / "displeasing"); a word merely
  // ending in another ("national" in "international") is a different word.
  if (short.length >= 5 && long.startsWith(short)) return true;
  if (short.length >= 6 && long.endsWith(short) && long.length - short.length <= 3) return true;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return i >= 6 && i >= 0.75 * short.length;
}

const NAME_SUFFIX = /^(?:ism|isms|ist|ists|ian|ians|ean|eans|ite|ites)$/;

/** Every word of the blank recurs, in some form, in the rest of the sentence. */
export function givenAway(text: string, start: number, end: number): boolean {
  const mine = words(text.slice(start, end));
  if (!mine.length) return false;
  // (The words of "before + space + after" are the words of each part: no word crosses the space.)
  const rest = [...wordsBefore(text, start), ...wordsAfter(text, end)];
  // A four-letter name is given away by a word built on it ("{{Tolm}}" beside "Tolmian", an invented name).
  const blankNames = names(text.slice(start, end));
  const short = new Set(blankNames.filter((w) => w.length === 4));
  // Two proper names that part after a shared stem ("Carrowby" / "Carrowen", two renamed towns)
  // are two names; a name with a suffix on the other ("Ruskin" / "Ruskinism") or two English words
  // ("Socialism" / "Socialists") are one word's forms and give it away.
  const named = new Set(blankNames);
  const restNames = namesAround(text, start, end);
  const proper = (w: string) => !isEnglishWord(w);
  const stem = (w: string, r: string) => (named.has(w) && restNames.has(r) && proper(w) && proper(r) && !w.startsWith(r) && !r.startsWith(w) ? false : sameStem(w, r));
  return mine.every((w) => rest.some((r) => stem(w, r) || (short.has(w) && r.startsWith(w) && NAME_SUFFIX.test(r.slice(w.length)))));
}

// The names of the text outside a span, `names(before + " " + after)`, for every span of a sentence
// (givenAway runs on each span the span model scores): the whole text's capitalised words are found
// once per text and cut at the span, as reading each part alone finds them. Before the span a word
// the start cuts keeps its part up to the start; after it, a word the end cuts is read from its first
// capital after the end (its letters run on to the word's end), or not at all when it has none.
let nameText: string | null = null;
let nameRanges: [number, number][] = [];
// A cut word read as the part alone reads it (also right when a cut falls inside a surrogate pair).
const CUT_NAME = /\p{Lu}[\p{L}'’-]*/u;
function namesAround(text: string, start: number, end: number): Set<string> {
  if (text !== nameText) {
    nameText = text;
    nameRanges = [...text.matchAll(CAPITALISED_WORD)].map((m) => [m.index, m.index + m[0].length]);
  }
  const out = new Set<string>();
  const add = (w: string) => {
    const n = w.toLowerCase().replace(/['’]s$/, "");
    if (n.length >= 4) out.add(n);
  };
  for (const [a, b] of nameRanges) {
    if (a < start) {
      const part = b <= start ? [text.slice(a, b)] : text.slice(a, start).match(CUT_NAME);
      if (part) add(part[0]);
    }
    if (b <= end) continue;
    if (a >= end) { add(text.slice(a, b)); continue; }
    const cut = text.slice(end, b).match(CUT_NAME);
    if (cut) add(cut[0]);
  }
  return out;
}

// The words of the text before or after a span, for every span of a sentence: in text whose every
// character lower-cases to exactly one character whatever its neighbours (Latin scripts and general
// punctuation), they are the whole text's words cut at the offset, found once per text. A word that
// the offset cuts keeps its part on that side, as reading the part alone finds it: from the word's
// start up to the offset before it; from the first letter after the offset to the word's end after
// it. Other text reads the part itself.
const SIMPLE_CASE = /^[\u0000-\u012F\u0131-\u024F\u2000-\u206F]*$/;
let wordText: string | null = null;
// Each word's range and its kept form (see `kept`: null when too short), worked out once per text.
let wordRanges: { lower: string; at: [number, number][]; whole: (string | null)[] } | null = null;
function textWords(text: string): typeof wordRanges {
  if (text !== wordText) {
    wordText = text;
    wordRanges = null;
    if (SIMPLE_CASE.test(text)) {
      const lower = text.toLowerCase();
      const at = [...lower.matchAll(WORD)].map((m): [number, number] => [m.index, m.index + m[0].length]);
      wordRanges = { lower, at, whole: at.map(([a, b]) => kept([lower.slice(a, b)])[0] ?? null) };
    }
  }
  return wordRanges;
}
const kept = (ws: string[]) => ws.map((w) => w.replace(/['’]s$/, "")).filter((w) => w.length >= 4);

function wordsBefore(text: string, at: number): string[] {
  const t = textWords(text);
  if (!t) return words(text.slice(0, at));
  const out: string[] = [];
  for (let i = 0; i < t.at.length; i++) {
    const [a, b] = t.at[i];
    if (a >= at) break;
    if (b <= at) { if (t.whole[i] !== null) out.push(t.whole[i]!); } else out.push(...kept([t.lower.slice(a, at)]));
  }
  return out;
}

function wordsAfter(text: string, at: number): string[] {
  const t = textWords(text);
  if (!t) return words(text.slice(at));
  const out: string[] = [];
  for (let i = 0; i < t.at.length; i++) {
    const [a, b] = t.at[i];
    if (b <= at) continue;
    if (a >= at) { if (t.whole[i] !== null) out.push(t.whole[i]!); continue; }
    const part = t.lower.slice(at, b), letter = part.search(HAS_LETTER);
    if (letter >= 0) out.push(...kept([part.slice(letter)]));
  }
  return out;
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
const PAIR_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:and|or|nor)\s+(?:the\s+)?${CAPITALISED}`, "u");
const PAIR_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:the\s+)?${CAPITALISED}(?:['’]s)?\s+(?:and|or|nor)\s+(?:the\s+)?$`, "u");

const pairAfter = sliceMemo("after", (part) => part.match(PAIR_AFTER));
const pairBefore = sliceMemo("before", (part) => part.match(PAIR_BEFORE));
const alternativeBefore = sliceMemo("before", (part) => /\b(?:either|neither|whether)\b/i.test(part));

/** A capitalised blank joined by "and" (or "either … or") to another capitalised name ("X and {{Y}}", "either X or the {{Y}}"). */
export function pairMember(text: string, start: number, end: number): boolean {
  if (!UPPER_INITIAL.test(text.slice(start, end))) return false;
  const after = pairAfter(text, end), before = pairBefore(text, start);
  // "the Levellers or {{Diggers}}" renames one thing; "or" pairs two only after "either"/"whether".
  const alternative = alternativeBefore(text, start);
  const ok = (m: RegExpMatchArray | null) => !!m && (/\band\b/.test(m[0]) || alternative);
  return ok(after) || ok(before);
}

// Words that measure or rank a noun rather than name a kind of it ("large", "most", "other", "own").
export const VAGUE = new Set([
  "much", "many", "more", "most", "less", "least", "little", "few", "fewer", "some", "several", "other", "others", "another",
  "any", "each", "every", "all", "one", "such", "same", "own", "certain", "various", "numerous", "multifarious",
  "large", "larger", "small", "smaller", "great", "greater", "greatest", "big", "bigger", "whole", "entire",
  "mere", "separate", "powerful", "main", "considerable",
]);

// Nouns that only measure or sort what follows their "of" ("a {{kind of mesh}}", "the {{rest of the
// crew}}"): the blank's head says nothing, the of-phrase holds the term.
const PARTITIVE = /^(?:kind|kinds|sort|sorts|type|types|pair|rest|part|parts|portion|piece|pieces|set|lot|lots|deal|amount|variety|manner|way|ways)\s+of\b/i;

/** The blank opens on a word of quantity or degree ("a {{large share}}", "{{most keepers}}", "a {{kind of mesh}}"). */
export function vagueQuantity(blank: string): boolean {
  const words = blank.trim().split(/\s+/);
  return words.length >= 2 && (VAGUE.has(words[0].toLowerCase()) || PARTITIVE.test(blank.trim()));
}

/**
 * How many times the chapter uses the blank's phrase, estimated from its rarest pair of adjacent
 * words (counted once per chapter, so this stays linear): "the {{inductive principle}}" in a
 * chapter that says "inductive principle" a dozen times is its subject, answered without learning.
 */
export function phraseUses(words: string[], pairs: Map<string, number>): number {
  const w = words.filter((x, i) => i > 0 || !/^(?:the|a|an)$/.test(x));
  if (w.length < 2) return 0;
  let uses = Infinity;
  for (let i = 1; i < w.length; i++) uses = Math.min(uses, pairs.get(`${w[i - 1]} ${w[i]}`) ?? 0);
  return uses;
}

/** A phrase the chapter uses in at least one sentence of ten, eight times or more: its subject. */
export const isChapterSubject = (uses: number, sentences: number) => uses >= 8 && uses >= 0.1 * sentences;

/**
 * "{{Thrift}} in the guilds was …", "{{Thrift}}, as a rule, …": one opening word that
 * is only the head of a longer subject; the sentence's point is what it says about it. (The caller
 * checks that the word is a common noun, not a name.)
 */
export function subjectHeadOnly(text: string, start: number, end: number): boolean {
  return /^(?:The\s+)?$/.test(text.slice(0, start)) && IS_CAPITALISED_WORD.test(text.slice(start, end)) && /^\s*(?:of|in|,\s*as)\s/.test(text.slice(end));
}
