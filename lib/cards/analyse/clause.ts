// Enough clause structure for questions: an optional opening adverbial ("In 1723, …", "After the
// war, …"), the subject (a noun phrase, perhaps with an apposition between commas) and the first
// verb after it. Sentences that do not have this shape get no subject/verb questions.
import type { Clause, Span, Token } from "./types";
import { span } from "./entities";
import { TITLES } from "./lexicon";
import { UPPER_INITIAL } from "@/lib/cards/letters";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
const SUBJECT_PARTS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "CCONJ", "PART", "ADP", "PUNCT"]);

const POSSESSOR = /^(?:'s|’s|his|their|its|my|our|your)$/;

/**
 * Whether token k (inside the subject begun at start) marks a possessor. A bare apostrophe is
 * usually a closing quote ("The word 'peace' will …"), so it counts only after a plural in -s and
 * when the subject opened no quote; "her" is often an object ("The letter to her will …"), so it
 * counts only at the subject's head or after a word that is no preposition or verb.
 */
function possessorAt(tokens: Token[], k: number, start: number): boolean {
  const w = tokens[k].lower;
  if (POSSESSOR.test(w)) return true;
  if (w === "'" || w === "’") {
    const opened = tokens.slice(start, k).some((t) => /^['‘"“]$/.test(t.text));
    return k > start && /s$/i.test(tokens[k - 1].text) && !opened;
  }
  if (w === "her") return k === start || !/^(?:ADP|VERB)$/.test(tokens[k - 1].pos);
  return false;
}
/** The possessed "will" (session 17, genfix); an object so a test can turn it off. */
export const POSSESSIVE_NOUN = { on: true };

export function clauseOf(tokens: Token[], text: string, dates: Span[] = []): Clause | null {
  let i = 0;
  let opening: Span | null = null;
  // "In 1890 Vance built …": a date after a preposition opens the sentence without a comma.
  const date = dates.find((d) => d.a === 1 || (d.a === 2 && tokens[1]?.lower === "the"));
  if (tokens[0]?.pos === "ADP" && date && tokens[date.b]?.text !== ",") {
    opening = span(tokens, 0, date.b, text);
    i = date.b;
  } else if (tokens[0] && /^(?:ADP|SCONJ|ADV)$/.test(tokens[0].pos)) {
    const comma = tokens.findIndex((t, k) => k < 16 && t.text === ",");
    if (comma < 1) return null;
    if (tokens.slice(0, comma).some((t) => t.pos === "VERB" && !/ing$/.test(t.text))) return null;
    opening = span(tokens, 0, comma, text);
    i = comma + 1;
  }
  if (tokens[i]?.pos === "CCONJ") i++;
  const start = i;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === ",") {
      // An apposition: ", a priest who taught at …, wrote" — skip to its closing comma.
      const close = tokens.findIndex((u, k) => k > i && u.text === ",");
      if (close < 0 || close - i > 25) return null;
      i = close;
      continue;
    }
    // "The mausoleum containing his body was opened": a participle after the subject is part of it.
    if (t.pos === "VERB" && i > start && /ing$/.test(t.lower) && tokens[i - 1].pos !== "AUX") continue;
    // "The warden's will is …", "his will was …": after a possessive, "will" (or "might", "may") is
    // a noun of the subject, never its modal; read as the modal, the question inverts it ("Why will
    // the warden's is …?", session 17, genfix).
    if (POSSESSIVE_NOUN.on && t.pos === "AUX" && /^(?:will|might|may)$/.test(t.lower) && i > start && possessorAt(tokens, i - 1, start)) continue;
    if (t.pos === "VERB" || t.pos === "AUX") break;
    if (t.pos === "ADV" && tokens[i + 1] && (tokens[i + 1].pos === "VERB" || tokens[i + 1].pos === "AUX")) continue;
    if (!SUBJECT_PARTS.has(t.pos) || t.text === ";" || t.text === ":" || i - start > 20) return null;
  }
  if (i >= tokens.length || i === start) return null;
  // The subject ends before any aside and before an adverb in front of the verb.
  let end = i;
  while (end > start && (tokens[end - 1].pos === "ADV" || tokens[end - 1].text === ",")) end--;
  const firstComma = tokens.findIndex((t, k) => k >= start && k < end && t.text === ",");
  const subjEnd = firstComma >= 0 ? firstComma : end;
  if (subjEnd <= start || !tokens.slice(start, subjEnd).some((t) => NOMINAL.has(t.pos))) return null;
  // The subject goes on after its apposition ("…, the scene of a clash, into Y"): keep the tail, mark the aside.
  if (firstComma >= 0) {
    const close = tokens.findIndex((t, k) => k > firstComma && k < end && t.text === ",");
    if (close > 0 && close + 1 < end && tokens.slice(close + 1, end).some((t) => t.pos !== "PUNCT")) {
      return { opening, subject: span(tokens, start, end, text), verb: i, aux: tokens[i].pos === "AUX", aside: [firstComma, close + 1] };
    }
  }
  return { opening, subject: span(tokens, start, subjEnd, text), verb: i, aux: tokens[i].pos === "AUX" };
}

const CURRENCY = /^[£$€¥]$/;
const LETTERS_ONLY = /^\p{L}+$/u;
const NOUN_POS = /^(?:NOUN|PROPN)$/;

/** A count word spelled out right after a noun ("their leases three ways"): it opens the next phrase
 * (session 26, gen26). One test for the noun phrases here, the predicate span and the boundary gate. */
export const countWordAfterNoun = (tokens: Token[], k: number): boolean =>
  tokens[k]?.pos === "NUM" && LETTERS_ONLY.test(tokens[k].text) && NOUN_POS.test(tokens[k - 1]?.pos ?? "");

const FIGURE = /^\d/;
const LOWER_PLURAL_S = /^\p{Ll}+[^s]s$/u;
const capital = (t: Token | undefined) => !!t && UPPER_INITIAL.test(t.text);
const nameStarts = (t: Token | undefined) => t?.pos === "PROPN" && capital(t);

/** A name right after a common noun opens the next phrase (session 27, gen27): a title and its name
 * ("even chemistry Dr. Palmer made lively") or a figure that begins a name ("in a thousand years 40
 * Draconis will have moved"). A figure after a noun with no name after it stays ("the year 1848"). */
export function nameAfterNoun(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1], t = tokens[k];
  if (!prev || !t || prev.pos !== "NOUN" || capital(prev) || !nameStarts(tokens[k + 1])) return false;
  if (nameStarts(t) && TITLES.has(t.lower.replace(/\.$/, ""))) return true;
  return t.pos === "NUM" && FIGURE.test(t.text);
}

/** A verb in -s that the tagger read as a plural noun after a name ("that 40 Draconis moves at present
 * in a straight path"): the name opens its clause (sentence start, a subordinator or a comma before
 * it), a preposition or adverb follows, and the clause has no other verb after it (gen27). "The ship
 * reached the Thames docks at night" keeps its phrase: a verb comes before the name. */
export function verbAfterName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.pos !== "NOUN" || !LOWER_PLURAL_S.test(t.text) || !nameStarts(tokens[k - 1])) return false;
  if (!/^(?:ADP|ADV)$/.test(tokens[k + 1]?.pos ?? "")) return false;
  let start = k - 1;
  while (start > 0 && (nameStarts(tokens[start - 1]) || (tokens[start - 1].pos === "NUM" && FIGURE.test(tokens[start - 1].text)))) start--;
  if (tokens[start - 1]?.pos === "DET") start--;
  const before = tokens[start - 1];
  if (before && before.pos !== "SCONJ" && !/^[,;:]$/.test(before.text)) return false;
  for (let j = k + 1; j < tokens.length && !/^[,;:.!?]$/.test(tokens[j].text); j++) if (/^(?:VERB|AUX)$/.test(tokens[j].pos)) return false;
  return true;
}

/** Token k opens a new phrase though it follows a noun: a count word, a name after a common noun, a
 * verb the tagger read as a noun after a name. One test for the noun phrases, the predicate span and
 * the boundary gate. */
export const phraseBreak = (tokens: Token[], k: number): boolean =>
  countWordAfterNoun(tokens, k) || nameAfterNoun(tokens, k) || verbAfterName(tokens, k);

/** Noun phrases: optional determiner, adjectives and nouns, ending in a noun. */
export function nounPhrases(tokens: Token[], text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    if (tokens[j]?.pos === "DET") j++;
    const body = j;
    if (verbAfterName(tokens, body)) continue;
    // A sum's number belongs to its currency sign, not to the noun after it ("£5 stock"): no phrase
    // starts inside a sum (session 26, gen26).
    if (tokens[body]?.pos === "NUM" && CURRENCY.test(tokens[body - 1]?.text ?? "")) continue;
    // A gerund after a noun is part of it ("salt making"). A count word after a noun starts the next
    // phrase ("their leases three ways", gen26); a figure after a noun stays ("the year 1848").
    const nounish = (k: number) => (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[k].pos) && !countAfterNoun(k)) || (k > body && tokens[k].pos === "VERB" && /ing$/.test(tokens[k].lower) && tokens[k - 1].pos === "NOUN");
    const countAfterNoun = (k: number) => k > body && phraseBreak(tokens, k);
    while (tokens[j] && nounish(j) && !/^[.,;:]$/.test(tokens[j].text)) j++;
    let last = j;
    while (last > body && !/^(?:NOUN|PROPN)$/.test(tokens[last - 1].pos) && !(tokens[last - 1].pos === "VERB" && last - 1 > body)) last--;
    if (last > body) {
      out.push(span(tokens, i, last, text));
      i = last - 1;
    }
  }
  return out;
}
