// Turning a clause into question word order: "Vance built X in 1890" → "did Vance build X in
// 1890", "The treaty was signed at Y" → "was the treaty signed at Y". Spans can be cut out first
// (the answer of a when/where/what question, with the preposition that introduced it).
import type { AnalysedSentence, Span, Token } from "../analyse";

import { REASON_QUALIFIER } from "./english";
import { MONTH_NAME } from "@/lib/language/months";

const FOCUS = new RegExp(`${REASON_QUALIFIER.source}|^(?:even|only|not|as|until|till)$`);

export const clean = (s: string) => s.replace(/\s+/g, " ").replace(/\s+([,.;:?!])/g, "$1").replace(/[,;:\s]+$/, "").trim();
export const decap = (s: string, t: Token | undefined) => (t && t.pos !== "PROPN" && !/^[A-Z]{2}/.test(s) && !/^I\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Text of tokens [a, b) with the characters between them, skipping any token inside `cut`. */
export function textOf(s: AnalysedSentence, a: number, b: number, cut: [number, number] | null = null): string {
  let out = "";
  for (let i = a; i < b; i++) {
    if (cut && i >= cut[0] && i < cut[1]) continue;
    const t = s.tokens[i];
    const gap = i > a && !(cut && i === cut[1] && cut[0] === a) ? s.text.slice(s.tokens[i - 1].end, t.start) : "";
    out += (gap ? " " : "") + t.text;
  }
  return out.replace(/\s+([,.;:?!%)])/g, "$1").replace(/([(“"])\s+/g, "$1").replace(/\s+(['’]s)\b/g, "$1");
}

// A time with no year ("In March", "Early in June", "During the winter"): on a card
// it is a date with no event's year, so questions leave it out rather than carry it. A month is a
// month only capitalised ("Where it may, …" and "In the march of years, …" name no time); a season
// is one in either case ("In Winter", "during the winter").
const MONTH = new RegExp(`\\b${MONTH_NAME}\\b`);
const SEASON = /\b(?:spring|summer|autumn|winter)\b/i;
export function vagueOpening(s: AnalysedSentence): boolean {
  const o = s.clause?.opening;
  return !!o && (MONTH.test(o.text) || SEASON.test(o.text)) && !/\d{3,4}/.test(o.text) && o.b - o.a <= 6;
}

/** The cut for a span plus the preposition (and article) that introduces it: "in April 1925". */
export function withPreposition(s: AnalysedSentence, sp: Span): [number, number] {
  let a = sp.a;
  if (s.tokens[a - 1]?.lower === "the") a--;
  if (s.tokens[a - 1]?.pos === "ADP") a--;
  return [a, sp.b];
}

/** Parts of speech a noun phrase is made of (determiner, adjectives, numbers, nouns). */
export const NP_WORD = /^(?:PROPN|NOUN|DET|ADJ|NUM)$/;
/**
 * Whether the phrase ending before token `b` is the first item of a coordination of noun phrases:
 * "in A and B", "in A, B, and C", "in A, B or C". An answer cut there is only the head of the list
 * and a question built around it carries the other items as if they were its subject ("Where were
 * B fleets kept …? → A"): such a phrase is asked whole or not at all. A verb after "and" joins a
 * second predicate ("reached A and took …"), which leaves A a whole answer.
 */
export function coordinationHead(s: AnalysedSentence, b: number): boolean {
  const t = s.tokens;
  if (/^(?:and|or|nor)$/.test(t[b]?.lower ?? "")) return NP_WORD.test(t[b + 1]?.pos ?? "");
  if (t[b]?.text !== ",") return false;
  // ", B, and C" / ", B and C" / ", B, or C": only noun-phrase words and commas up to the conjunction.
  for (let k = b + 1; k < Math.min(t.length, b + 10); k++) {
    if (/^(?:and|or|nor)$/.test(t[k].lower)) return k > b + 1 && NP_WORD.test(t[k + 1]?.pos ?? "");
    if (t[k].text !== "," && !NP_WORD.test(t[k].pos)) return false;
  }
  return false;
}

/** A noun or pronoun, then a finite verb, from token `k` up to the next punctuation mark. */
function clauseAfter(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  let subject = false;
  for (let j = k; j < t.length && !/^[,;:.!?()—–]$/.test(t[j].text); j++) {
    if (/^(?:which|who|whom|whose|that|what)$/.test(t[j].lower)) return false;
    if (/^(?:NOUN|PROPN|PRON)$/.test(t[j].pos)) subject = true;
    else if (subject && (t[j].pos === "AUX" || (t[j].pos === "VERB" && !/ing$/.test(t[j].lower) && !(t[j - 1]?.pos === "NOUN" && /(?:ed|en)$/.test(t[j].lower))))) return true;
  }
  return false;
}

/**
 * Whether the comma at `i` closes the last-but-one item of a list of noun phrases ("in Minnesota,
 * Dakota, and the Indian Territory"): a bare noun phrase between it and the comma before, and no
 * clause of its own after the "and". Cut there, the list loses its last item ("… in Minnesota, Dakota?").
 */
function listTail(s: AnalysedSentence, i: number): boolean {
  const t = s.tokens;
  let j = i - 1;
  while (j > 0 && NP_WORD.test(t[j].pos)) j--;
  return j < i - 1 && t[j].text === "," && !clauseAfter(s, i + 2);
}

const END = (s: AnalysedSentence) => {
  const v = s.clause?.verb ?? 0;
  // The main clause ends at ";", at ", while/but/…", and at ", and" before a new subject ("…, and X succeeded …").
  const semi = s.tokens.findIndex((t, i) => i > v && (t.text === ";" || (t.text === "," && /^(?:while|whereas|but|although|though)$/.test(s.tokens[i + 1]?.lower ?? ""))
    || (t.text === "," && s.tokens[i + 1]?.lower === "and" && /^(?:PROPN|DET|PRON)$/.test(s.tokens[i + 2]?.pos ?? "") && !listTail(s, i))
    // ", and that …": a second content clause ("shown that A, and that B"); the first one is whole.
    || (t.text === "," && /^(?:and|but)$/.test(s.tokens[i + 1]?.lower ?? "") && s.tokens[i + 2]?.lower === "that")
    // ", and in time the form itself changes": a subject and a finite verb of their own after the
    // conjunction, before any comma, start a second clause ("What does the old form receive, and in
    // time …?" asks two things).
    || (t.text === "," && /^(?:and|but|yet)$/.test(s.tokens[i + 1]?.lower ?? "") && clauseAfter(s, i + 2))));
  let b = semi > 0 ? semi : s.tokens.length;
  while (b > 0 && /^[.!?"”’)]$/.test(s.tokens[b - 1].text)) b--;
  return b;
};

/**
 * The sentence's first clause as a question body after a wh-word, with `cut` removed, or null when
 * the shape is not clear enough. The opening adverbial moves to the end ("…, in 1723").
 */
export function inverted(s: AnalysedSentence, cut: [number, number] | null, until = END(s)): string | null {
  const c = s.clause;
  if (!c) return null;
  const v = s.tokens[c.verb];
  if (cut && cut[0] < c.verb && cut[1] > c.subject.a) return null; // the cut is in the subject
  const subject = decap(textOf(s, c.subject.a, c.subject.b, c.aside ?? null), s.tokens[c.subject.a]);
  // "came only in April 1925" asked without its date: "only" goes with it.
  // (A focusing adverb only: "rose very quickly in 1890" keeps its manner adverb, and "very" with it.)
  if (cut && s.tokens[cut[0] - 1]?.pos === "ADV" && FOCUS.test(s.tokens[cut[0] - 1].lower) && cut[0] - 1 > c.verb) cut = [cut[0] - 1, cut[1]];
  // A second finite verb before any relative word means the parse went wrong ("the mausoleum
  // containing his embalmed body was opened" read with "embalmed" as the verb).
  for (let i = c.verb + 1; i < until; i++) {
    const t = s.tokens[i];
    if (/^(?:which|who|that|whom|whose|when|where|while|because|if|as|,|and|but)$/.test(t.lower)) break;
    if (t.pos === "AUX" && !(cut && i >= cut[0] && i < cut[1]) && i > c.verb + 1 && !/^(?:VERB|AUX|ADV|PART)$/.test(s.tokens[i - 1].pos)) return null;
  }
  if (s.tokens.slice(c.subject.a, c.verb + 1).some((t) => /-$/.test(t.text))) return null;
  if (copulaWithoutComplement(s, c.verb, until) || mainVerbLater(s, c.verb + 1, until)) return null;
  const rest = clean(textOf(s, c.verb + 1, until, cut));
  const opening = c.opening && !vagueOpening(s) && !(cut && cut[0] >= c.opening.a && cut[1] <= c.opening.b + 1) ? decap(textOf(s, c.opening.a, c.opening.b), s.tokens[c.opening.a]) : "";
  let head: string;
  if (c.aux) head = `${v.lower} ${subject}`;
  else {
    // "built a pier at X and paid for it": "did" would govern the first verb only ("Where did the
    // town build a pier and paid …?"); a second predicate keeps its tense, so no question.
    if (coordinatedPredicate(s, c.verb + 1, until)) return null;
    const next = s.tokens[c.verb + 1];
    if (v.lemma === v.lower || /ing$/.test(v.lower)) head = `do ${subject} ${v.lemma}`;
    else if (/s$/.test(v.lower) && !/ed$/.test(v.lower)) head = `does ${subject} ${v.lemma}`;
    else head = `did ${subject} ${v.lemma}`;
    void next;
  }
  const body = clean(`${head} ${rest}${opening ? " " + opening : ""}`);
  return body.split(" ").length >= 3 ? body : null;
}

/** A second finite verb joined by "and/or/but" inside [from, until): "…, and paid for it". */
function coordinatedPredicate(s: AnalysedSentence, from: number, until: number): boolean {
  for (let i = from; i < until - 1; i++) {
    if (!/^(?:and|or|but)$/.test(s.tokens[i].lower)) continue;
    let v = i + 1;
    while (v < until && s.tokens[v].pos === "ADV") v++;
    const t = s.tokens[v];
    if (t && t.pos === "VERB" && !/ing$/.test(t.lower) && t.lower !== t.lemma) return true;
  }
  return false;
}

/**
 * "The regent was, by the old charter of the province" with the rest of the clause cut off (a
 * clause span or a sentence end in the wrong place): a copula, then an aside, then nothing. "Who
 * was, by the old charter …?" asks for no complement; the question needs the whole predicate.
 */
export function copulaWithoutComplement(s: AnalysedSentence, verb: number, until: number): boolean {
  const t = s.tokens;
  if (t[verb]?.lemma !== "be" || t[verb + 1]?.text !== ",") return false;
  // "was, by the old charter, the sole commander": the aside closes with a comma and the complement follows.
  const close = t.findIndex((x, k) => k > verb + 1 && k < until && x.text === ",");
  return close < 0 || close >= until - 1;
}

/**
 * A comma followed straight away by an auxiliary ("…, who had founded the works, was renamed …")
 * inside the predicate: the verb the parse took for the main one was a participle in the subject
 * ("Marrowby, originally named after …"), and the clause's own verb comes later. A question built on
 * the participle is not English ("When did Marrowby name after …, was renamed …?").
 */
export function mainVerbLater(s: AnalysedSentence, from: number, until: number): boolean {
  for (let i = from; i < until - 1; i++) {
    const next = s.tokens[i + 1];
    if (s.tokens[i].text === "," && next.pos === "AUX" && /^(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must)$/.test(next.lower)) return true;
  }
  return false;
}

/** The predicate after the subject, as written ("was appointed keeper … in 1890"), for who/what questions. */
export function predicate(s: AnalysedSentence, until = END(s)): string | null {
  const c = s.clause;
  if (!c) return null;
  if (copulaWithoutComplement(s, c.verb, until) || mainVerbLater(s, c.verb + 1, until)) return null;
  const rest = clean(textOf(s, c.verb, until));
  const opening = c.opening && !vagueOpening(s) ? decap(textOf(s, c.opening.a, c.opening.b), s.tokens[c.opening.a]) : "";
  return rest.split(" ").length >= 2 ? clean(`${rest}${opening ? " " + opening : ""}`) : null;
}

export const sentenceEnd = END;
