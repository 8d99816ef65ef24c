// A card of a sentence's claim when none of its own cards passes the gates (session 27, claim27).
// Thin chapters lose most must-know sentences before any candidate exists: the claim is written in
// common words ("The council restricted the franchise to the freeholders"), and the blank finders
// refuse every span of it (a passing description, an of-phrase object, adjective + noun). When the
// grammatical subject is a name or a term the chapter defines or repeats, the clause after the
// subject — the verb and its complement, the predicate's own words — is the blank; the subject stays
// in view. A copula's predicate is ../candidates/predicate.ts's; a hedge ("may", "might"), a pronoun
// or demonstrative anywhere in the clause, a quotation and a bare common noun as subject are refused.
// Behind LECTERN_CLAIM_CARD (./switch.ts), off by default.
import type { Analysis, AnalysedSentence, Token } from "../analyse";
import type { Candidate } from "../candidates/types";
import { gate } from "../gates";
import { cap } from "../candidates/phrase";
import { isEnglishWord, rarity } from "../rank/frequency";
import { tenseOf } from "../analyse/tense";
import { RARE } from "../gates/informative-blank";

const MIN_ANSWER = 3;
const MAX_ANSWER = 14;
const MAX_SUBJECT = 8;
const MAX_FRONT = 32;
const NAMED = /^(?:person|place|org|group|name)$/;
const PERSONAL = /^(?:i|me|my|mine|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their|this|these|those|such|there|here|former|latter|same|one|others?|another)$/;
const COPULA = /^(?:is|are|was|were|be|been|being|becomes?|became|remains?|remained|seems?|seemed|appears?|appeared)$/;
const HEDGE = /^(?:may|might|could|would|should|perhaps|probably)$/;
// "The author says / thinks …": a report of a view, not the claim itself; "did", "had" alone ask nothing.
const EMPTY_VERB = /^(?:say|says|said|think|thinks|thought|tell|tells|told|do|does|did|have|has|had|get|gets|got|make|makes|made|go|goes|went|come|comes|came)$/;
const LEAD = /^(?:and|but|yet|so|now|thus|hence|therefore|indeed)$/;
// A counted or quantified subject ("Some of the nerves", "Both reactions", "Many tribes") picks out
// part of something said before, or nothing in particular.
const QUANTIFIER = /^(?:some|many|most|both|few|several|all|each|every|no|any|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/** Tokens of the sentence's first clause: up to a ";", ":" or dash, closing punctuation dropped. */
function firstClauseEnd(t: Token[]): number {
  let b = t.findIndex((x) => /^(?:;|:|—|--|–|\(|\))$/.test(x.text));
  if (b < 0) b = t.length;
  while (b > 0 && /^[.!?,"”’)\]]$/.test(t[b - 1].text)) b--;
  return b;
}

/** Whether a repeated multi-word phrase occurs at least `n` times in the chapter (lower case). */
function phraseCount(a: Analysis, phrase: string): number {
  let n = 0;
  for (const s of a.sentences) {
    const text = s.text.toLowerCase();
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) n++;
  }
  return n;
}

/** The subject names something the chapter is about: an entity, a defined term, or a rare or repeated multi-word term. */
export function subjectIsTerm(s: AnalysedSentence, a: Analysis, from: number, to: number): boolean {
  const t = s.tokens;
  // (A capital at the sentence's start is no name: "Men gathered …" is tagged as one.)
  const named = (e: AnalysedSentence["entities"][number]) => e.a > 0 || e.b - e.a >= 2 || !isEnglishWord(e.text.toLowerCase());
  if (s.entities.some((e) => NAMED.test(e.kind) && e.a >= from && e.b <= to && named(e))) return true;
  const content = t.slice(from, to).filter((x) => /^(?:NOUN|PROPN|ADJ)$/.test(x.pos) && !x.stop);
  const head = content.findLast((x) => x.pos === "NOUN" || x.pos === "PROPN");
  if (!head) return false;
  const phrase = content.map((x) => x.lower).join(" ");
  if (a.defined.has(phrase) || a.defined.has(head.lower) || a.defined.has(head.lemma)) return true;
  // A rare noun the chapter repeats ("the franchise", "the tithe").
  if (rarity(head.lower) >= RARE && (a.lemmaCounts.get(head.lemma) ?? 0) >= 3) return true;
  // A multi-word term the chapter repeats ("the privy council"); one common noun is not a term.
  const words = t.slice(from, to).filter((x) => !/^(?:the|a|an)$/.test(x.lower)).map((x) => x.lower);
  return content.length >= 2 && words.length >= 2 && phraseCount(a, words.join(" ")) >= 2;
}

/** `made`: the sentence's other candidates; a claim card only when none of them passes the gates. */
export function claimCardCandidates(s: AnalysedSentence, a: Analysis, made: Candidate[], on: boolean): Candidate[] {
  if (!on || !s.clause || s.pronoun || /["“”‘]|(?:^|\s)'/.test(s.text) || /\?["”’)]*$/.test(s.text.trim())) return [];
  const t = s.tokens;
  const { subject, verb } = s.clause;
  const end = firstClauseEnd(t);
  if (verb <= subject.a || verb >= end || subject.b > verb) return [];
  let from = subject.a;
  while (from < subject.b && (LEAD.test(t[from].lower) || t[from].text === ",")) from++;
  const to = subject.b;
  if (to - from < 1 || to - from > MAX_SUBJECT) return [];
  // Everything before the blank must stand alone: no pronoun, demonstrative or "one of the others".
  const before = t.slice(0, verb);
  if (before.some((x) => PERSONAL.test(x.lower) || x.pos === "PRON") || before.some((x) => x.pos === "VERB" && x !== t[verb])) return [];
  if (t.slice(from, to).some((x) => x.text === "," || x.lower === "to" || /^['‘’]/.test(x.text)) || QUANTIFIER.test(t[from].lower)) return [];
  // The blank opens at the verb group: an auxiliary straight before the main verb goes in it.
  let start = verb;
  while (start > to && /^(?:AUX|PART|ADV)$/.test(t[start - 1].pos) && t[start - 1].text !== ",") start--;
  const group = t.slice(start, verb + 1);
  if (group.some((x) => COPULA.test(x.lower) || HEDGE.test(x.lower)) || COPULA.test(t[verb].lower) || EMPTY_VERB.test(t[verb].lower)) return [];
  // "Orla demanded, like a miller …": a verb of saying with its words elsewhere.
  if (t[verb].pos !== "VERB" || t[verb + 1]?.text === ",") return [];
  // A claim is stated in the present ("The guild wardens consist of …"); a past verb is a step of a
  // story ("Mrs. Venn kept a mill", "The bell called …"): on training, 2 of 14 such cards were worth publishing.
  if (tenseOf(group.find((x) => x.pos === "AUX" || x.pos === "VERB")) !== "present") return [];
  if (t.slice(to, start).some((x) => x.pos !== "PUNCT" && !/^(?:ADV)$/.test(x.pos))) return [];
  // The blank runs to the clause's end, or to the first comma when the clause is too long for one answer.
  let stop = end;
  const words = (a0: number, b0: number) => t.slice(a0, b0).filter((x) => x.pos !== "PUNCT").length;
  if (words(start, stop) > MAX_ANSWER) {
    const comma = t.findIndex((x, k) => k > start && k < end && x.text === ",");
    if (comma < 0 || words(start, comma) > MAX_ANSWER) return [];
    stop = comma;
  }
  const inside = t.slice(start, stop);
  if (words(start, stop) < MIN_ANSWER || inside.some((x) => PERSONAL.test(x.lower) || x.pos === "PRON")) return [];
  // A second finite verb inside the blank ("scattered through the clay {{is washed out}}") means the
  // parser took a participle of the subject for the main verb: the subject was cut short.
  if (inside.some((x, k) => k > verb - start && /^(?:is|are|was|were)$/.test(x.lower) && !/^(?:that|which|who|when|if|as|while)$/.test(inside[k - 1]?.lower ?? "") && !inside.slice(0, k).some((y) => /^(?:that|which|who|when|if|as|while|where)$/.test(y.lower)))) return [];
  if (inside.filter((x) => !x.stop && /^(?:NOUN|PROPN|ADJ|VERB|NUM)$/.test(x.pos)).length < 2) return [];
  const rest = t.slice(stop, end);
  if (rest.some((x) => PERSONAL.test(x.lower) || x.pos === "PRON")) return [];
  if (!subjectIsTerm(s, a, from, to)) return [];
  if (made.some((c) => !gate(c, a))) return [];
  // An opening adverbial ("In the next reign,") stays in view; a leading connective does not.
  let first = 0;
  while (first < from && (LEAD.test(t[first].lower) || t[first].text === ",")) first++;
  const head = s.text.slice(t[first].start, t[start].start);
  const answer = s.text.slice(t[start].start, t[stop - 1].end);
  const after = stop < end ? s.text.slice(t[stop - 1].end, t[end - 1].end) : "";
  const front = `${cap(head)}{{c1::${answer}}}${after}.`;
  if (front.split(/\s+/).length > MAX_FRONT) return [];
  return [{ kind: "cloze", type: "predicate", front, back: answer, sentence: s.sentence.id, extra: [], answer: { start: t[start].start, end: t[stop - 1].end }, answerKind: "clause", claimCard: true }];
}
