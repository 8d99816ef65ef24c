// A claim about a unique description, the sentence an argument turns on: "The only X which … is Y",
// "The sole end of X is Y", "The chief cause of X was Y" → "What is the only X which …?" → "Y".
// "only / sole / chief / main / principal / real / true / essential / one …" and superlatives make
// the subject name exactly one thing, so the question has one right answer, and the predicate (often
// in common words, which no cloze blank may take) is the point. The claim may sit inside "That
// principle is, that …" or open with "That …" (a thesis announced by the sentence before).
import { LOWER_INITIAL } from "@/lib/cards/letters";
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { cap, clean, textOf } from "./phrase";
import { generic, presentVerbs } from "./voice";

const RESTRICTIVE = /^(?:only|sole|chief|main|principal|real|true|essential|ultimate|fundamental|one|single|most|least|best|worst|\p{Ll}{3,}est)$/u;
const COPULA = /^(?:is|are|was|were)$/;
// A word that opens a relative or content clause inside the subject: its own verb comes before the main one.
const OPENS_CLAUSE = /^(?:which|who|whom|whose|that|where|when|why)$/;
// The claim inside a frame: "That principle is, that …", "The fact is that …", "That …" (a thesis stated as a clause).
const FRAME = /^(?:(?:[\p{L}-]+\s+){1,3}(?:is|was),?\s+that,?\s+|That\s+(?=the\b))/iu;
const LEAD = /^(?:But|And|Now|Thus|Hence|So|Yet),?\s+/;
const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;
// Strict raters accepted 6 % of generated questions of 21–30 words against 18–40 % of shorter ones
// (train books' labels): a description longer than this is a paragraph to reread, not a question.
export const MAX_QUESTION_WORDS = 20;
// Words that need the sentence before ("this", "they") make the question unanswerable alone; a
// possessive inside the subject ("any member … against his will") refers within it.
const POINTS_BACK = /^(?:he|she|it|they|him|them|this|these|those|such|there|here)$/;

/**
 * Whether a noun follows the restrictive word at `k` ("only purpose", "most conspicuous feature",
 * "greatest danger"), not a bare superlative ("the largest on the coast") or a noun "chief".
 */
function describedNoun(s: AnalysedSentence, k: number): boolean {
  const t = s.tokens;
  // (The toolkit tags "chief", "principal" as nouns as often as adjectives: what follows decides.)
  let head = k + 1;
  if (/^(?:most|least)$/.test(t[k].lower)) head++;
  while (head < t.length && t[head].pos === "ADJ") head++;
  // The toolkit sometimes tags the head noun as a verb ("the only purpose/VERB for which …"): a
  // lower-case word followed by a preposition or a relative word is the head all the same.
  const nounLike = t[head]?.pos === "NOUN" || (t[head]?.pos === "VERB" && /^(?:ADP|PRON|SCONJ)$/.test(t[head + 1]?.pos ?? ""));
  return nounLike && LOWER_INITIAL.test(t[head].text);
}

/** Index of the subject's main copula from token `from`, or -1 (a relative clause's own verb is skipped). */
function mainCopula(s: AnalysedSentence, from: number): number {
  let open = false;
  for (let k = from + 2; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (t.text === ";" || t.text === ":") return -1;
    if (COPULA.test(t.lower) && (!open || s.tokens[k - 1].text === ",")) return k;
    if (OPENS_CLAUSE.test(t.lower)) open = true;
    else if (open && (t.pos === "VERB" || t.pos === "AUX")) open = false;
  }
  return -1;
}

/** "The only X … is Y": asks for Y. */
function describedSubject(s: AnalysedSentence): Candidate[] {
  const lead = LEAD.exec(s.text)?.[0].length ?? 0;
  const frame = FRAME.exec(s.text.slice(lead));
  const at = lead + (frame?.[0].length ?? 0);
  const from = s.tokens.findIndex((t) => t.start >= at);
  const t = s.tokens;
  if (from < 0 || t[from].lower !== "the") return [];
  // "The only …", "The sole …", "The one thing …", "The most important …", "The greatest …".
  if (!RESTRICTIVE.test(t[from + 1]?.lower ?? "") || !describedNoun(s, from + 1)) return [];
  const be = mainCopula(s, from);
  if (be < 0 || be - from > 30) return [];
  const subjectTokens = t.slice(from, be);
  // "The real X, if there is one, is …": an aside in the subject hedges the description.
  if (subjectTokens.some((x) => POINTS_BACK.test(x.lower)) || /,\s*(?:if|as|though|although)\b/.test(textOf(s, from, be))) return [];
  // The predicate up to ";" or ":" (what follows is another claim); a name, a noun phrase, a "that"-
  // or "to"-clause, "not …": never a bare participle ("was lost in …") or a lone adjective.
  let after = be + 1;
  if (t[after]?.text === ",") after++;
  if (!t[after] || !/^[\p{L}\p{N}]/u.test(t[after].text) || /^(?:VERB|ADJ|ADV)$/.test(t[after].pos) && !/^(?:not|to)$/.test(t[after].lower)) return [];
  let end = t.findIndex((x, k) => k > after && (x.text === ";" || x.text === ":"));
  if (end < 0) end = t.length;
  while (end > after && /^[.!?"”’),]$/.test(t[end - 1].text)) end--;
  // A pronoun later in the answer may refer inside it ("… deprive others of theirs"); one opening it cannot.
  if (end <= after || (POINTS_BACK.test(t[after].lower) && t[after].lower !== "that" && !OPENS_CLAUSE.test(t[after + 1]?.lower ?? "") && t[after + 1]?.lower !== "of")) return [];
  const pv = presentVerbs(s);
  const subject = generic(clean(textOf(s, from, be)), pv);
  const answer = generic(clean(textOf(s, after, end)), pv);
  const front = subject && `What ${t[be].lower} ${subject.charAt(0).toLowerCase()}${subject.slice(1)}?`;
  if (!front || !answer || WORDS(front) > MAX_QUESTION_WORDS || WORDS(answer) > 30) return [];
  const words = WORDS(answer);
  return [{
    kind: "qa", type: "what", front, back: cap(answer),
    sentence: s.sentence.id, extra: [], answer: { start: t[after].start, end: t[end - 1].end },
    answerKind: words > 3 ? "clause" : "phrase",
  }];
}

// In the predicate "the great means of X", "the first object of X" single out one thing too (a
// subject "The great X" or "The first X" is as often a step of a story: "The first decade was …").
const DESCRIPTIVE = /^(?:great|first|proper|prime|leading)$/;
const QUANTIFIER = /^(?:each|every|all|some|any|one|both|either|neither|no|none|many|few|most)$/;
// Adverbs and asides between the copula and the description ("is, in truth, the …", "is then the …").
const ASIDE = /^(?:,|thus|then|therefore|indeed|also|still|always|perhaps|in|truth|fact|short|reality|effect|after|all)$/;

/**
 * The same claim the other way round, "Y is the great means of X" → "What is the great means of
 * X?" → "Y": the description is the question and the thing it picks out the answer (a strict
 * rater's own fix for "What is Y? → the great means of X", which has many right answers).
 */
function describedPredicate(s: AnalysedSentence): Candidate[] {
  const t = s.tokens;
  const lead = LEAD.exec(s.text)?.[0].length ?? 0;
  const from = t.findIndex((x) => x.start >= lead);
  if (from < 0 || !/^(?:DET|NOUN|ADJ|PROPN|VERB|PART|NUM)$/.test(t[from].pos) || POINTS_BACK.test(t[from].lower) || QUANTIFIER.test(t[from].lower)) return [];
  // The copula that ends the subject: "is", or the perfect "have (, in truth,) been".
  const be = mainCopula(s, from - 1);
  const been = t.findIndex((x, k) => k > from && x.lower === "been");
  const aux = been > 0 ? t.slice(from, been).reduce((last, x, i) => (/^(?:has|have|had)$/.test(x.lower) ? from + i : last), -1) : -1;
  let verb: string, subjectEnd: number, k: number;
  if (be >= 0 && (aux < 0 || be < aux)) { verb = t[be].lower; subjectEnd = be; k = be + 1; }
  else if (aux > from) { verb = `${t[aux].lower} been`; subjectEnd = aux; k = been + 1; }
  else return [];
  let skipped = 0;
  while (k < t.length && ASIDE.test(t[k].lower) && t[k].lower !== "the" && skipped < 5) { k++; skipped++; }
  if (t[k]?.lower !== "the" || !(RESTRICTIVE.test(t[k + 1]?.lower ?? "") || DESCRIPTIVE.test(t[k + 1]?.lower ?? ""))) return [];
  if (!describedNoun(s, k + 1)) return [];
  let end = t.findIndex((x, j) => j > k && (x.text === ";" || x.text === ":"));
  if (end < 0) end = t.length;
  while (end > k && /^[.!?"”’),]$/.test(t[end - 1].text)) end--;
  const subjectTokens = t.slice(from, subjectEnd);
  if (subjectTokens.some((x) => POINTS_BACK.test(x.lower)) || subjectTokens.length < 1) return [];
  const pv = presentVerbs(s);
  const subject = generic(clean(textOf(s, from, subjectEnd)), pv);
  const description = generic(clean(textOf(s, k, end)), pv);
  if (!subject || !description || WORDS(subject) > 15 || WORDS(description) < 3) return [];
  // A subject that is a name asks "Who" of a person or a group; an untyped name could be a place
  // or a work as well as a person, so no question word fits it for sure.
  const name = s.entities.find((e) => e.a === from && e.b === subjectEnd);
  if (name && name.kind !== "person" && name.kind !== "group") return [];
  const front = `${name ? "Who" : "What"} ${verb} ${description}?`;
  if (WORDS(front) > MAX_QUESTION_WORDS) return [];
  const words = WORDS(subject);
  return [{
    kind: "qa", type: "what", front, back: cap(subject),
    sentence: s.sentence.id, extra: [], answer: { start: t[from].start, end: t[subjectEnd - 1].end },
    answerKind: name ? name.kind : words > 3 ? "clause" : "term",
  }];
}

export function uniqueClaimCandidates(s: AnalysedSentence): Candidate[] {
  return [...describedSubject(s), ...describedPredicate(s)];
}
