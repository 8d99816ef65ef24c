// A blank must be a whole constituent of the sentence. Strict raters on the blind books mark
// "wrong-or-trivial-blank" most often for a blank that stops inside a phrase or runs past it
// (scripts/constituent-audit.ts tabulates their labels). Each check is a fact of English syntax
// read off the sentence's tags, never a word list from a text:
// - a noun phrase cut before its complement: "the {{rise of the discussion}} of women's rights",
//   "the {{employment of two equal quantities}} of capital and labour" (an "X of Y" whose Y goes on
//   with its own of-phrase), "the {{legitimate interference}} of opinion" (a deverbal head: the
//   of-phrase is its subject or object), "the {{advantages of monarchy}} and a republic" (an
//   of-object cut before its partner);
// - a span that runs past the noun into a predicate: "makes the {{thought cells weak}}", "in nine
//   {{states complete and equal suffrage}}": in English a noun phrase does not go on with an
//   adjective after its head noun;
// - half a comparative: "far more {{tiresome than hard work}}": "more … than" is one constituent;
// - the end of a name whose first word is a common noun in the possessive: "the Woman's {{Medical
//   College}}", "the title of People's {{Commissar}}": after an article or a preposition the
//   capitalised possessor is inside the name (a person's name takes no article: "Thomas More's
//   {{Utopia}}" is left alone).
import type { AnalysedSentence, Token } from "../analyse";
import { tokenRangeIn } from "../text";
import { POSSESSIVE } from "./misplaced-blank";
import { isEnglishWord, rarity } from "../rank/frequency";
import { COMMON } from "./trivial-blank";
import { CARD_BUILD21 } from "../candidates/build-switch";

/** Whether gates/blank-choice applies the checks (the audit and tests turn them off to compare). */
export const CONSTITUENT = { on: true };

export const CONSTITUENT_CLASSES = new Set<string>(["a noun phrase cut before its complement", "a noun phrase run into a predicate", "half a comparative", "the end of a name"] as const);
export type ConstituentClass = "a noun phrase cut before its complement" | "a noun phrase run into a predicate" | "half a comparative" | "the end of a name";

// Deverbal nouns by their English suffix ("interference", "organisation", "employment"): their
// of-phrase is an argument of the action, not a detail of it.
const DEVERBAL = /\p{L}{3}(?:tion|sion|ment|ance|ence)s?$/u;
// Module constants: tsx compiles a \p{…} literal to `new RegExp` where it stands (this runs per cloze span).
const WORDLIKE = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const CAPITAL = /^\p{Lu}/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const NOMINAL = /^(?:NOUN|PROPN)$/;
const MAX_WORDS = 10;

/** The tokens inside [start, end): indices of the first and last, or null. */
const inside = (s: AnalysedSentence, start: number, end: number) => tokenRangeIn(s.tokens, start, end);

/** The end (exclusive) of a noun phrase opening at token k: determiner, adjectives or numbers, nouns; or -1. */
function nounPhraseFrom(tokens: Token[], k: number): number {
  let e = k;
  if (tokens[e]?.pos === "DET" || POSSESSIVE.test(tokens[e]?.lower ?? "")) e++;
  while (/^(?:ADJ|NUM)$/.test(tokens[e]?.pos ?? "")) e++;
  const from = e;
  while (NOMINAL.test(tokens[e]?.pos ?? "")) e++;
  if (e === from) return -1;
  // "Section 6": a name's number goes with it.
  if (tokens[e - 1].pos === "PROPN" && /^\d+$/.test(tokens[e]?.text ?? "")) e++;
  // "the earth's surface", "women's rights": a possessor goes on to its head.
  if (/^['’]s?$/.test(tokens[e]?.text ?? "")) {
    let h = e + 1;
    while (/^(?:ADJ|NUM)$/.test(tokens[h]?.pos ?? "")) h++;
    const head = h;
    while (NOMINAL.test(tokens[h]?.pos ?? "")) h++;
    if (h > head) return h;
  }
  return e;
}

const words = (tokens: Token[], a: number, b: number) => tokens.slice(a, b).filter((t) => WORDLIKE.test(t.text)).length;

/**
 * The blank is a noun phrase cut before its complement: it ends on a noun followed by "of" and a
 * noun phrase, and either it is an "X of Y" already (Y's own of-phrase is cut off) or its head is
 * deverbal; or it is an "X of Y" whose Y is followed by "and"/"or" and a partner noun phrase.
 * Returns the end (token index, exclusive) of the whole phrase, or -1.
 */
export function cutComplementEnd(tokens: Token[], i: number, j: number): number {
  const last = tokens[j], next = tokens[j + 1];
  if (!last || !NOMINAL.test(last.pos) || !next) return -1;
  const holdsOf = tokens.slice(i, j).some((t) => t.lower === "of");
  const after = nounPhraseFrom(tokens, j + 2);
  if (after < 0) return -1;
  // (A name after "of" is a name's own part or the informative word: "the Duke of …" is read by the name checks.)
  if (next.lower === "of" && (holdsOf || (last.pos === "NOUN" && DEVERBAL.test(last.lower)))) return after;
  if (/^(?:and|or)$/.test(next.lower) && holdsOf && NOMINAL.test(tokens[after - 1].pos)) return after;
  return -1;
}

/**
 * A plural noun directly followed by an adjective inside the blank: the adjective is a predicate
 * ("makes the {{cells weak}}"). A noun that modifies another is singular in English ("the nitrate
 * radical", which the tagger may read as noun + adjective), so a plural one is its phrase's head.
 */
function runsIntoPredicate(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (tokens[k].pos === "NOUN" && plural(tokens[k]) && tokens[k + 1].pos === "ADJ") return true;
  return false;
}
// A regular plural: an "-s" the lemma drops ("cells" → "cell"; not "glass", not "sulphate" → "sulfate").
const plural = (t: Pick<Token, "lower" | "lemma">) => /[^s]s$/.test(t.lower) && t.lemma.toLowerCase() !== t.lower;

/** The blank opens after "more"/"less" and holds the "than" of the comparative. */
function halfComparative(tokens: Token[], i: number, j: number): boolean {
  return /^(?:more|less)$/.test(tokens[i - 1]?.lower ?? "") && tokens.slice(i, j + 1).some((t) => t.lower === "than");
}

/**
 * Where the name begins whose end the blank is, or -1: the blank opens on a capitalised word
 * after a capitalised possessive ("Woman's", "People's") that is a common English word, in a run
 * of capitalised words opened by an article or a preposition ("the American Women's …", "of People's …").
 */
export function nameStart(tokens: Token[], i: number): number {
  const poss = tokens[i - 1], owner = tokens[i - 2];
  if (!poss || !owner || !/^['’]s?$/.test(poss.text) || !TITLE_CASE_WORD.test(owner.text) || !CAPITAL.test(tokens[i].text)) return -1;
  if (CARD_BUILD21.on && possessiveName(tokens, i)) return i - 2;
  if (rarity(owner.lower) >= COMMON) return -1;
  let a = i - 2;
  while (a > 0 && CAPITAL.test(tokens[a - 1].text) && LETTER.test(tokens[a - 1].text) && !/^(?:the|a|an|of)$/i.test(tokens[a - 1].text)) a--;
  const before = tokens[a - 1];
  return before && /^(?:the|a|an|of)$/i.test(before.text) ? a : -1;
}

/**
 * (gen21) A place named by a possessive, "Orlen's Kop": one capitalised word after a
 * one-word capitalised possessor, the head a word that is no common English word, the name ending
 * there (the next word is not capitalised; "Vance's Drift" is not caught, "drift" being a common
 * word). Blanking the head alone ("At Orlen's {{Kop}}") leaves a piece of the name on the card, and
 * strict raters reject it or ask for the whole name. A person's full name before the possessive ("Thomas More's Utopia": another capital before the owner, past
 * the sentence's first word) owns a work, not a place, and is left alone; so is a common head
 * ("Vance's Bridge").
 */
export function possessiveName(tokens: Token[], i: number): boolean {
  const head = tokens[i], next = tokens[i + 1], before = tokens[i - 3];
  if (!TITLE_CASE_WORD.test(head.text) || rarity(head.lower) < COMMON) return false;
  if (next && CAPITAL.test(next.text) && LETTER.test(next.text)) return false;
  if (next && /^['’]s?$/.test(next.text)) return false;
  if (!before || !CAPITAL.test(before.text) || !LETTER.test(before.text)) return true;
  // (fixgen21) The sentence's first word is capitalised anyway: it is a first name ("Tomas Orlen's
  // Vestmarka …") when the tagger reads it as a name or it is no English word, and an opener
  // ("At Vance's Kop") otherwise.
  return i - 3 === 0 && before.pos !== "PROPN" && isEnglishWord(before.lower);
}

/** The class of a blank that is not a whole constituent, or null. */
export function cutConstituent(s: AnalysedSentence, start: number, end: number): ConstituentClass | null {
  const at = inside(s, start, end);
  if (!at) return null;
  const { tokens } = s;
  if (cutComplementEnd(tokens, at.i, at.j) >= 0) return "a noun phrase cut before its complement";
  if (runsIntoPredicate(tokens, at.i, at.j)) return "a noun phrase run into a predicate";
  if (halfComparative(tokens, at.i, at.j)) return "half a comparative";
  if (nameStart(tokens, at.i) >= 0) return "the end of a name";
  return null;
}

/**
 * The whole constituent a cut blank belongs to, in character offsets, for candidates/cloze to blank
 * in its place: the noun phrase with its complement ("employment of two equal quantities of
 * capital and labour", at most MAX_WORDS words) or the whole name ("Woman's Medical College of
 * Pennsylvania"). Null when the blank is whole or the fuller span is too long.
 */
export function wholeConstituent(s: AnalysedSentence, start: number, end: number): { start: number; end: number } | null {
  const at = inside(s, start, end);
  if (!at) return null;
  const { tokens } = s;
  const a = nameStart(tokens, at.i);
  if (a >= 0) return { start: tokens[a].start, end };
  // (Only a blank that opens its noun phrase: "Great {{detachments}} of …" would grow into a piece of one.)
  const before = tokens[at.i - 1];
  if (before && (/^(?:ADJ|NUM|NOUN|PROPN)$/.test(before.pos) || /^['’]s?$/.test(before.text))) return null;
  // Out to the phrase's end: "of capital and labour" (the complement's own partner comes along),
  // "degrees and kinds of property" (a partner with its own of-phrase).
  let e = -1;
  for (let next = cutComplementEnd(tokens, at.i, at.j); next > 0 && words(tokens, at.i, next) <= MAX_WORDS; next = cutComplementEnd(tokens, at.i, next - 1)) e = next;
  if (e > 0 && /^(?:and|or)$/.test(tokens[e]?.lower ?? "")) {
    const partner = nounPhraseFrom(tokens, e + 1);
    if (partner > 0 && NOMINAL.test(tokens[partner - 1].pos) && words(tokens, at.i, partner) <= MAX_WORDS) e = partner;
  }
  if (e > 0 && !cutConstituent(s, tokens[at.i].start, tokens[e - 1].end)) return { start: tokens[at.i].start, end: tokens[e - 1].end };
  return null;
}
