// A general claim whose point is its predicate: "Good habits are {{a second nature}}", "The sole aim
// of a tariff is {{to raise revenue}}", "Idle capital becomes {{a burden on its owner}}".
// Explanatory chapters state their theses in common words: no name, date or rare term to blank, so
// the span blanks are all refused as "common words only" and the sentence gets no card at all
// (session 7: 25 of the 85 never-candidate gold facts of the training chapters were such claims, on
// 12 books). The blank here is the predicate of the clause's copula ("is", "are", "becomes",
// "remains", "has been", "will be", "is said to be", "may be compared to"), so the subject stays in
// view and the answer is what the author says of it.
// Each clause of a sentence (split at ";", ":" and a dash) is read on its own, after a connective
// ("and", "but", "for", "thus", "conversely") or an extraposition ("The fact is that", "That rule is,
// that") is dropped. Refused: a past-tense copula (a step of a story, not a claim), a subject that is
// or holds a pronoun or a demonstrative (not standalone), a speaker or a quotation, a passive ("is
// written in": no predicate noun), a one-word predicate of common English the chapter does not repeat
// ("is {{important}}"), and predicates over MAX_ANSWER words. A relative clause after the predicate
// noun ("{{the diseases}} under which …") and a comma end the blank; the rest stays in view.
// The answer kind is "clause": a predicate is no noun span, so the blank gates' tests for a term
// (one common word, a description) do not apply; its own triviality is judged here instead.
import type { Analysis, AnalysedSentence, Token } from "../analyse";
import type { Candidate } from "./types";
import { cap } from "./phrase";
import { generic, presentVerbs } from "./voice";
import { rarity } from "../rank/frequency";
import { RARE } from "../gates/informative-blank";
import { MISPLACED_BLANK } from "../spans/misplaced-blank";

const MAX_ANSWER = 10;
const MAX_SUBJECT = 18;
const MAX_FRONT = 40;
const LEAD = /^(?:(?:and|but|yet|for|so|now|thus|hence|therefore|conversely|indeed|in truth|in fact|in short)\b,?\s+)+/i;
const EXTRAPOSED = /^(?:The (?:fact|truth|point|answer) is,? that\s+|That (?:principle|rule|law|doctrine|maxim|view) is,? that\s+|That (?=(?:the|a|an)\s))/;
const COPULA = /^(?:is|are|becomes|become|remains|remain)$/;
const MODAL = /^(?:will|would|may|might|can|must|cannot|should|shall)$/;
const RAISING = /^(?:said|thought|believed|known|held|considered|reckoned|found|supposed)$/;
const PERSONAL = /^(?:i|me|my|mine|you|your|he|him|his|she|her|it|its|they|them|their|this|these|those|such|there|here|what|which|who|whom|we|us|themselves|itself|himself|herself)$/;
// A subject that counts off something said before ("One of the commonest is …", "Others are …").
const BACK_COUNT = /^(?:one|some|another|others|other|both|each|either|neither|the other|the latter|the former|the same|the rest)\b/i;
// A quotation inside the clause ("A 'rule,' as X says, 'is …'"): the card would cut it.
const QUOTED = /(?:^|\s)['‘]|['’](?=[\s,.;:]|$)/;
const FINITE_IN_SUBJECT = (x: Token) => (x.pos === "VERB" && !/(?:ed|en|wn|ing)$/.test(x.lower)) || COPULA.test(x.lower) || /^(?:was|were|has|have|had)$/.test(x.lower);
const OPENER_POS = /^(?:DET|NOUN|PROPN|ADJ|NUM)$/;
const RELATIVE = /^(?:which|who|whom|whose|that|where|when)$/;
// A subject that is a shell noun ("The question is …", "The point is …") names nothing by itself.
const SHELL_SUBJECT = /^(?:the |this |that |a |an )?(?:question|point|case|matter|thing|example|answer|result|same|other|rest|latter|former)$/i;
// A predicate that measures against something said before ("not less …", "the same …", "not the only …").
const BACK_PREDICATE = /^(?:not less|no less|not the only|the same|another|by no means|not so much|similar)\b/i;
// Words that leave a predicate empty on their own ("of various forms", "things of …").
const EMPTY = /^(?:various|many|several|different|diverse|numerous|few|certain|some|other|thing|things|form|forms|kind|kinds|sort|sorts|one|ones|way|ways|part|parts|matter|example|case)$/;
// A connective inside the verb group points back ("are thus sown", "is equally incapable"): it is
// dropped from the card, the claim reads the same without it.
const BACK_ADVERB = /^(?:thus|therefore|then|also|too|likewise|equally|accordingly|hence|so)$/;
// A degree word straight before the predicate is part of it, and goes in the blank ("{{too heavy for
// one man}}", "{{more useful than X}}"): left before the blank it was dropped from view with the
// connectives ("too", "so"), turning "too quick" into "quick", or cut from its comparison.
// (An intensifier, "very" or "quite", takes no complement and is left in view.)
const DEGREE = /^(?:too|so|more|less|most|least|as)$/;
// Each degree word's own complement ("more … than", "too … to/for", "so … that/as", "as … as"); a
// blank with none of it measures against something said before ("is {{more useful to the miller}}":
// "to" belongs to "useful"). (A superlative takes "of", "in" or the like, or none.)
const DEGREE_COMPLEMENT: Record<string, RegExp> = {
  more: /^than$/, less: /^than$/, too: /^(?:to|for)$/, so: /^(?:that|as)$/, as: /^as$/,
  most: /^(?:than|for|to|as|that)$/, least: /^(?:than|for|to|as|that)$/,
};
// A copula under a modal of possibility or condition ("may be", "might be", "would have been") states
// a hedge or a supposition, not what the author holds of the subject.
const HEDGE_MODAL = /^(?:may|might|could|would)$/;
const NOMINAL = /^(?:NOUN|PROPN|NUM|PRON)$/;
const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;

type Clause = { a: number; b: number }; // token range, end exclusive (no closing punctuation)

/** The clauses of a sentence: split at ";", ":" and dashes, closing punctuation dropped. */
function clauses(s: AnalysedSentence): Clause[] {
  const out: Clause[] = [];
  let a = 0;
  const t = s.tokens;
  for (let k = 0; k <= t.length; k++) {
    // ", and I have …", ", but they …": a new clause with a pronoun subject ends this one.
    const joined = t[k]?.text === "," && /^(?:and|but|for|while|whereas)$/.test(t[k + 1]?.lower ?? "") && /^(?:i|we|he|she|it|they|you)$/.test(t[k + 2]?.lower ?? "");
    if (k === t.length || joined || /^(?:;|:|—|--|–)$/.test(t[k].text)) {
      let b = k;
      while (b > a && /^[.!?,"”’)\]]$/.test(t[b - 1].text)) b--;
      if (b > a) out.push({ a, b });
      a = k + 1;
    }
  }
  return out;
}

/** The first token of the clause's body after a connective or an extraposition, or -1. */
function bodyStart(s: AnalysedSentence, c: Clause): number {
  const from = s.tokens[c.a].start;
  const text = s.text.slice(from, s.tokens[c.b - 1].end);
  let skip = 0;
  for (;;) {
    const m = LEAD.exec(text.slice(skip)) ?? EXTRAPOSED.exec(text.slice(skip));
    if (!m || !m[0].length) break;
    skip += m[0].length;
  }
  const k = s.tokens.findIndex((x, i) => i >= c.a && i < c.b && x.start >= from + skip && x.text !== ",");
  return k;
}

/** The copula's token index and where its predicate starts, or null (the last copula of the clause). */
function copulaOf(t: Token[], a: number, b: number): { verb: number; from: number } | null {
  for (let k = b - 2; k > a; k--) {
    const w = t[k].lower;
    let from = -1;
    if (COPULA.test(w)) from = k + 1;
    else if (w === "been" && t.slice(Math.max(a, k - 5), k).some((x) => /^(?:has|have)$/.test(x.lower))) from = k + 1;
    else if (w === "be" && t.slice(Math.max(a, k - 3), k).some((x) => MODAL.test(x.lower))) from = k + 1;
    if (from < 0) continue;
    // "is said to be", "is reckoned to be": the predicate follows the second "be".
    if (RAISING.test(t[from]?.lower ?? "") && t[from + 1]?.lower === "to" && t[from + 2]?.lower === "be") from += 3;
    // "may be compared to", "is likened to": the likeness is the predicate.
    else if (/^(?:compared|likened)$/.test(t[from]?.lower ?? "") && t[from + 1]?.lower === "to") from += 2;
    // A passive or a progressive ("is written in", "cannot be cast", "are growing"): no predicate noun.
    else if (t[from]?.pos === "VERB" || t[from + 1]?.pos === "VERB" && t[from]?.pos === "ADV") return null;
    // The verb group must not be a relative clause's ("the men who are …" ends nothing).
    if (t.slice(a, k).some((x, i) => RELATIVE.test(x.lower) && i === k - a - 1)) return null;
    return { verb: k, from };
  }
  return null;
}

/**
 * The predicate from token `from` to the clause's end is a list of three or more short items
 * ("a cause, a country, and an age"): the blank takes the whole list, since one item picked out
 * of it is answered by the others' neighbour as well as by itself.
 */
export function listToEnd(t: Token[], from: number, b: number): boolean {
  const items: Token[][] = [[]];
  for (let k = from; k < b; k++) {
    if (t[k].text === ",") items.push([]);
    else items.at(-1)!.push(t[k]);
  }
  const lastItem = items.at(-1)!;
  const short = (x: Token[]) => x.length > 0 && x.length <= 6 && !x.some((y) => y.pos === "VERB" || y.pos === "AUX" || /^[;:()]$/.test(y.text));
  return items.length >= 3 && items.every(short) && /^(?:and|or|nor)$/.test(lastItem[0]?.lower ?? "");
}

/** Where the blank ends: a comma (unless "not A, but B" or a list of items), a relative after a noun, or the clause's end. */
function answerEnd(t: Token[], from: number, b: number): number {
  const negated = t[from]?.lower === "not";
  if (MISPLACED_BLANK.on && listToEnd(t, from, b)) return b;
  for (let k = from + 1; k < b; k++) {
    if (t[k].text === ",") {
      if (negated && t[k + 1]?.lower === "but") continue;
      return k;
    }
    if (RELATIVE.test(t[k].lower) && /^(?:NOUN|PROPN)$/.test(t[k - 1].pos) && k > from + 1) return k;
    if (t[k].pos === "ADP" && RELATIVE.test(t[k + 1]?.lower ?? "") && /^(?:NOUN|PROPN)$/.test(t[k - 1].pos) && k > from + 1) return k;
  }
  return b;
}

/**
 * A participle the tagger read as an adjective, its preposition and a noun phrase ("vested in a
 * Congress of the States"): the token range of that noun phrase's words up to its of-phrase or the
 * next comma, or null. Only a capitalised or multi-word phrase of nouns and adjectives is taken.
 */
export function heldNoun(t: Token[], from: number, b: number): { from: number; end: number } | null {
  const p = t[from];
  if (!p || p.pos !== "ADJ" || !/(?:ed|en)$/.test(p.lower) || t[from + 1]?.pos !== "ADP") return null;
  let k = from + 2;
  if (/^(?:the|a|an)$/.test(t[k]?.lower ?? "")) k++;
  let e = k;
  while (e < b && /^(?:ADJ|NOUN|PROPN)$/.test(t[e].pos)) e++;
  if (e === k || !/^(?:NOUN|PROPN)$/.test(t[e - 1].pos)) return null;
  if (e < b && !/^(?:of|,)$/.test(t[e].lower)) return null;
  return { from: k, end: e };
}

export function predicateCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  if (/["“”]/.test(s.text) || /\?["”’)]*$/.test(s.text.trim())) return [];
  const t = s.tokens;
  const out: Candidate[] = [];
  const parts = clauses(s);
  for (const [ci, c] of parts.entries()) {
    // "X has not been A: it has been B": the next clause carries the point on, this one alone is half of it.
    const next = parts[ci + 1];
    if (next && PERSONAL.test(t[next.a].lower)) continue;
    const start = bodyStart(s, c);
    if (start < 0 || start >= c.b - 2) continue;
    const first = t[start];
    if (PERSONAL.test(first.lower) || (!OPENER_POS.test(first.pos) && first.lower !== "our")) continue;
    const cop = copulaOf(t, start, c.b);
    if (!cop) continue;
    const subject = t.slice(start, cop.verb);
    if (SHELL_SUBJECT.test(s.text.slice(first.start, t[cop.verb - 1]?.end ?? first.end).trim())) continue;
    if (!subject.length || subject.length > MAX_SUBJECT + 4 || !subject.some((x) => /^(?:NOUN|PROPN|NUM)$/.test(x.pos))) continue;
    if (subject.some((x) => PERSONAL.test(x.lower) && !RELATIVE.test(x.lower)) || BACK_COUNT.test(s.text.slice(first.start))) continue;
    // A subject with its own verb is a clause ("X cease …, and the woman remains …", "Abundant is
    // the interest …, so wonderful are …"), unless the verb is in a relative clause of the subject.
    const rel = subject.findIndex((x) => RELATIVE.test(x.lower));
    // "have, in truth, been": the auxiliary of the copula is no verb of the subject; "to consume" is an infinitive.
    const aux = (i: number) => /^(?:has|have)$/.test(subject[i].lower) && t[cop.verb].lower === "been" && i >= subject.length - 5;
    const finite = (x: Token, i: number) => FINITE_IN_SUBJECT(x) && !aux(i) && subject[i - 1]?.lower !== "to" && (rel < 0 || i < rel);
    if (subject.some(finite) || (rel >= 0 && rel < 4) || subject.some((x) => x.lower === "that")) continue;
    if (QUOTED.test(s.text.slice(first.start, t[c.b - 1].end))) continue;
    if (WORDS(s.text.slice(first.start, t[cop.verb].start)) > MAX_SUBJECT) continue;
    let from = cop.from;
    // A qualifier before the predicate stays in view ("is {{merely}} …" would ask for the hedge).
    while (t[from] && ((t[from].pos === "ADV" && t[from].lower !== "not") || t[from].text === ",") && from < c.b - 1) from++;
    if (from >= c.b || t[from].pos === "VERB") continue;
    const degree = from > cop.from && DEGREE.test(t[from - 1].lower);
    if (degree) from--;
    const degreeAt = degree ? from : -1;
    // "is seldom {{to be found}}", "is {{to be counted as …}}": the point is the second copula's, or a passive's.
    if (t[from].lower === "to" && t[from + 1]?.lower === "be") continue;
    const verbGroup = t.slice(Math.max(start, cop.verb - 3), cop.verb);
    const lastComma = verbGroup.findLastIndex((x) => x.text === ",");
    // ("may be compared to …" states a likeness, and stays.)
    if (/^(?:be|been)$/.test(t[cop.verb].lower) && cop.from === cop.verb + 1 && verbGroup.slice(lastComma + 1).some((x) => x.pos === "AUX" && HEDGE_MODAL.test(x.lower))) continue;
    // "shall be vested in a Congress of …": a participle and its preposition are the template;
    // the noun the preposition governs is what the clause names (its of-phrase stays in view).
    const held = MISPLACED_BLANK.on ? heldNoun(t, from, c.b) : null;
    if (held) from = held.from;
    let end = held ? held.end : answerEnd(t, from, c.b);
    // "is, to our minds, {{the result …}}": a phrase between commas after the copula is an aside; the
    // predicate follows it (the aside stays in view).
    if (!held && t[from - 1]?.text === "," && t[end]?.text === "," && end + 1 < c.b) {
      from = end + 1;
      if (t[from].pos === "VERB" || t[from].pos === "ADV") continue;
      end = answerEnd(t, from, c.b);
    }
    const inside = t.slice(from, end);
    // A degree with no complement of its own in the blank ("is yet {{more remarkable}}", "is {{too
    // plain}}", "is {{as durable}}": the degree word itself is no complement) measures against
    // something said before.
    if (degree && !t.slice(Math.max(from, degreeAt + 1), end).some((x) => DEGREE_COMPLEMENT[t[degreeAt].lower].test(x.lower))) continue;
    // "must be {{one of the most stubborn}}, patient … peoples": a comma between adjectives ended the blank
    // before its determiner's noun, cutting the noun phrase.
    const det = inside.findLastIndex((x) => /^(?:the|a|an)$/.test(x.lower));
    if (det >= 0 && t[end]?.text === "," && t[end - 1].pos === "ADJ" && !inside.slice(det + 1).some((x) => NOMINAL.test(x.pos))) continue;
    const content = inside.filter((x) => !x.stop && /^(?:NOUN|PROPN|ADJ|VERB|NUM)$/.test(x.pos));
    if (!content.length || inside.length > MAX_ANSWER + 2 || WORDS(s.text.slice(t[from].start, t[end - 1].end)) > MAX_ANSWER) continue;
    if (inside.some((x) => PERSONAL.test(x.lower) && !RELATIVE.test(x.lower))) continue;
    if (content.length === 1 && rarity(content[0].lower) < RARE && (a.lemmaCounts.get(content[0].lemma) ?? 0) < 3) continue;
    // "is {{an act}} which seems to …": one word before a relative; the point is in the relative.
    if (content.length === 1 && RELATIVE.test(t[end]?.lower ?? "")) continue;
    if (content.every((x) => EMPTY.test(x.lower))) continue;
    if (BACK_PREDICATE.test(s.text.slice(t[from].start)) || t[end - 1].lower === "enough") continue;
    // "The flame is {{not a candle flame}}": a predicate on the subject's own noun says little.
    const heads = new Set(subject.filter((x) => x.pos === "NOUN").map((x) => x.lemma));
    if (content.some((x) => x.pos === "NOUN" && heads.has(x.lemma))) continue;
    // The rest in view must stand alone too, and be no verb the blank was an adjunct of ("is, {{with
    // equal frequency}}, invoked").
    const rest = t.slice(end, c.b);
    if (rest.some((x) => PERSONAL.test(x.lower) && !RELATIVE.test(x.lower))) continue;
    if (rest[0]?.text === "," && /^(?:ADV|VERB)$/.test(rest[1]?.pos ?? "") && t[from].pos === "ADP") continue;
    // The author's inclusive "our" is the generic "one's" on a card ("One's habits are …").
    const pv = presentVerbs(s);
    const answer = generic(s.text.slice(t[from].start, t[end - 1].end), pv);
    const group = t.slice(cop.verb, from).filter((x) => BACK_ADVERB.test(x.lower));
    let before = s.text.slice(first.start, t[from].start);
    for (const x of group) before = before.slice(0, x.start - first.start) + "\u0000".repeat(x.end - x.start) + before.slice(x.end - first.start);
    before = before.replace(/\u0000+,?\s*/g, "").replace(/\s+/g, " ");
    const after = generic(s.text.slice(t[end - 1].end, t[c.b - 1].end), pv);
    before = generic(before, pv) ?? "";
    if (!answer || after === null || !before) continue;
    const front = `${cap(before)}{{c1::${answer}}}${after}.`;
    if (WORDS(front) > MAX_FRONT || before.split(/\s+/).length < 2) continue;
    out.push({ kind: "cloze", type: "predicate", front, back: answer, sentence: s.sentence.id, extra: [], answer: { start: t[from].start, end: t[end - 1].end }, answerKind: "clause" });
  }
  return out;
}
