// The card of a signposted conclusion or a corrective contrast (./find): the clause alone, said as
// the author's claim ("According to Mara Quill, …") when the book's author is known, with the blank
// on the point — for a contrast the corrected term ("not the number of rulers but {{wealth}}"), for a
// conclusion the predicate's distinctive term (../claims/card.ts) — and, when the premise stands in
// the same sentence before the marker ("P; wherefore C"), "Why C?" → "Because P". Nothing is
// paraphrased: the card's words are the clause's, with "According to <author>," in front.
import type { Analysis, AnalysedSentence, Token } from "../analyse";
import type { Candidate } from "../candidates/types";
import { ask, generic, part, presentVerbs } from "../candidates/voice";
import { cap, clean, textOf } from "../candidates/phrase";
import { lowerFirst } from "../candidates/argument";
import { blank } from "../candidates/cloze";
// A premise is held to the claim pass's bounds on a reason (4–25 words) and tries as many terms.
import { distinctiveTerms, REASON_MAX as PREMISE_MAX, REASON_MIN as PREMISE_MIN, TERMS_TRIED } from "../claims/card";
import { markPoint, pointSpan } from "../spans/point";
import { dropsCard, shownDependences } from "../decontext";
import { letterWordCount } from "../text";
import { narratorName } from "../narrator/name";
import { PREFERENCE_WORDS, type Found } from "./find";

// A contrast's clause may be longer than a claim shown whole: its card asks the view and answers with the correction alone.
export const CLAIM_MIN = 6, CLAIM_MAX = 32, CONTRAST_MAX = 50, QUESTION_MAX = 30;
// A contrast's corrected term B may be a phrase or a clause of its own ("not A because R, but R because A"): blanked up to this many words.
export const CORRECTION_MAX = 12;
// How often a chapter must use a noun for "the <noun>" to be its generic subject rather than a thing introduced before.
export const GENERIC_USES = 12;

// Words that leave the clause pointing at the text around it. "he who", "those who", "that which"
// are generic and allowed; any other pronoun or demonstrative is not.
const POINTER = /\b(?:it|its|itself|they|them|their|themselves|this|these|those|such|he|she|him|his|her|former|latter|above|here|there|thereby|another)\b|\bthe (?:one|other)\b/i;
// "he who …", "those actions which …", "such men as …": a demonstrative its own relative clause defines.
// "it is (much) safer (for a prince) to …" (./find preferences' words): the "it" points at nothing.
const PREFERRED = PREFERENCE_WORDS.map((w) => (w === "more" || w === "less" ? `${w} \\w+` : w)).join("|");
const GENERIC_POINTER = new RegExp(String.raw`\b(?:he|those|these|they|such)(?: [A-Za-z’'-]+){0,2} (?:who|whom|which|that|as)\b|\bit (?:is|was) (?:not )?(?:possible|necessary|impossible|evident|clear|plain|true|false)\b|\bit (?:is|was) not\b(?=[^,;]{1,80}?\b(?:that|who|which)\b)|\bthere (?:is|are|was|were|will be|can be|must be|may be)\b|\bit (?:is|was) (?:\w+ )?(?:${PREFERRED}) (?:for [^,;]{1,30}? )?to\b`, "gi");
// The speaker, the reader, and the author's "we": "one" for "we"/"us" (candidates/voice generic) reads
// awkwardly in a question ("is the channel known to one at all?"), so such a clause is left to the other generators.
const SPEAKER = /\b(?:I|me|my|mine|myself|[Yy]ou|[Yy]our|yourself|yourselves|[Ww]e|us|[Oo]ur|ours|ourselves)\b/;
// A clause that opens on a subordinator or a relative is no claim by itself.
const NOT_A_CLAIM = /^(?:if|when|whenever|unless|though|although|because|since|as|while|whether|which|who|what|that|where|so|and|or|nor|but|for|to|thus|yet|then|now)\b/i;

// Auxiliaries a yes/no question may open on. "Has a man everything to do?" is archaic: "have" only
// before a participle ("Have those rules been …?").
const ASKABLE = /^(?:am|is|are|was|were|be|can|could|may|might|must|shall|should|will|would|do|does|did|cannot)$/;
const COPULA = /^(?:is|are|was|were)$/;
function askable(clause: AnalysedSentence, verb: number, next: number): boolean {
  const t = clause.tokens;
  const c = clause.clause!;
  // A subject that ends on a relative ("those which") was cut by a bad parse: the verb is the relative clause's.
  if (/^(?:which|who|whom|that|whose)$/.test(t[c.subject.b - 1]?.lower ?? "")) return false;
  if (ASKABLE.test(t[verb].lower)) return true;
  return /^(?:has|have|had)$/.test(t[verb].lower) && t[next]?.pos === "VERB" && /(?:ed|en|wn|ne|t)$/.test(t[next].lower);
}

/** The author's name as a card prints it ("Mara Quill", "Tobias Rend"; a library's "Quill, Mara" turned round), or null for no person. */
export function attribution(author: string | undefined): string | null {
  if (!author || /\b(?:of|the|society|committee|convention|council|press)\b/i.test(author)) return null;
  return narratorName(author)?.full ?? null;
}

// "men … for their advantage": a plural pronoun after a plural noun of the card's own words points
// inside the card, not back into the chapter (the noun's lemma differs from its form: "men", "laws").
const PLURAL_PRONOUN = /^(?:they|them|their|themselves)$/;
const pluralNoun = (t: Token) => t.pos === "NOUN" && t.lemma !== t.lower && /s$|men$|ren$/.test(t.lower);
/** The clause's text with each plural pronoun that a plural noun before it (in the clause, or in `before`) answers blanked out. */
function withoutInnerPlurals(p: AnalysedSentence, before: readonly Token[]): string {
  let seen = before.some(pluralNoun);
  let text = p.text;
  for (const t of p.tokens) {
    if (pluralNoun(t)) seen = true;
    else if (seen && PLURAL_PRONOUN.test(t.lower)) text = text.slice(0, t.start) + " ".repeat(t.end - t.start) + text.slice(t.end);
  }
  return text;
}

/** Why the clause [from, to) is no claim that stands alone, or null when it is one. `shown`: the card's words shown ahead of the clause (a reason's claim). */
export function clauseRefusal(s: AnalysedSentence, from: number, to: number, max = CLAIM_MAX, shown: readonly Token[] = [], a?: Analysis): string | null {
  const p = part(s, from, to);
  if (!p?.clause) return "no clause";
  // Inside a quotation the claim is someone else's, not the author's: an opening quotation mark before
  // the clause that is not closed before it (or a sentence that opens on one).
  const before = s.text.slice(0, s.tokens[from].start);
  if (/^['‘"“]/.test(s.text.trim()) || (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2) return "inside a quotation";
  // A clause cut before its phrase ends ("by an order upon, or by a transfer in, the books …").
  if (/^(?:ADP|DET|CCONJ|SCONJ|PART|AUX|PRON)$/.test(s.tokens[to - 1]?.pos ?? "") || /^(?:of|to|upon|in|by|with|for|from|the|a|an|and|or)$/.test(s.tokens[to - 1]?.lower ?? "")) return "cut before its phrase ends";
  if (p.clause.opening) return "opens on an adverbial";
  const n = letterWordCount(p.text);
  if (n < CLAIM_MIN) return "too short";
  if (n > max) return "too long";
  if (NOT_A_CLAIM.test(p.text)) return "opens on a subordinator";
  if (SPEAKER.test(p.text)) return "speaker or reader";
  if (POINTER.test(withoutInnerPlurals(p, shown).replace(GENERIC_POINTER, " "))) return "points back";
  // "The picture was not …": a subject of "the" and one noun names something the text introduced before (which picture?).
  // A noun the chapter keeps using (GENERIC_USES times or more: "the crowd" in a chapter on crowds) is the generic subject of its argument.
  const definite = /^the ([\p{L}-]+)$/iu.exec(p.clause.subject.text.trim());
  if (definite && !((a?.lemmaCounts.get(p.tokens[p.clause.subject.b - 1]?.lemma ?? "") ?? 0) >= GENERIC_USES)) return "a definite subject the text introduced before";
  // "We must not linger over the quay, but go on": the speaker's own act, not a claim.
  if (/^(?:we|us|one)$/i.test(p.clause.subject.text.trim())) return "the speaker's act";
  if (/[()[\]"“”?]/.test(p.text)) return "brackets, quotes or a question";
  // "we should consider whether …": the question raised, not the answer given.
  if (/\bwhether\b/i.test(p.text)) return "raises a question";
  // "the more excusable", "the less certain": a comparison with something said before.
  if (/\bthe (?:more|less)\b/i.test(p.text) && !/\bthan\b/i.test(p.text)) return "compares with the text before";
  if (shownDependences(s, p.text).some(dropsCard)) return "depends on the text before";
  return null;
}

/** The clause as a sentence of its own, or null when it is no claim that stands alone. */
export function standingClause(s: AnalysedSentence, from: number, to: number, max = CLAIM_MAX, before: readonly Token[] = [], a?: Analysis): AnalysedSentence | null {
  return clauseRefusal(s, from, to, max, before, a) ? null : part(s, from, to);
}

const said = (front: string, who: string | null, a: Analysis) => (who ? `According to ${who}, ${lowerFirst(front, a)}` : cap(front));
const stop = (x: string) => (/[.!?]["”’')]*$/.test(x) ? x : `${x}.`);

// Adjectives that rank with "to" ("inferior to", "superior to", "prior to").
// (Not "equal to", "similar to": a likeness is no judgement, and its point is what it is equal to.)
const COMPARED_TO = /^(?:inferior|superior|prior|posterior|anterior|preferable|contrary|opposite|subordinate)$/;
/** Whether the adjective at k compares: "-er than", "more / less … than", or one of COMPARED_TO before a "to" that is no infinitive. */
function comparedBy(t: readonly Token[], k: number): boolean {
  const next = t[k + 1]?.lower;
  if (next === "than") return /(?:er)$/.test(t[k].lower) || /^(?:more|less)$/.test(t[k - 1]?.lower ?? "");
  return next === "to" && COMPARED_TO.test(t[k].lower) && !/^(?:VERB|AUX)$/.test(t[k + 2]?.pos ?? "");
}

/**
 * Whether "but" at `but` opens a new clause rather than the corrected view. A correction's B shares A's
 * subject and verb ("not by calculation but by observation", "but must be inferred"); a B with a subject
 * and verb of its own ("but each harbour shall have …") is a new clause joined by "but" — unless A is
 * itself a reason ("X is not A because R, but R because A"): the correction is then of the reason, and
 * B, a clause, is what the author puts in its place.
 */
function newClause(t: readonly Token[], not: number, but: number): boolean {
  const bFirst = t.findIndex((x, k) => k > but && !/^[,;]$/.test(x.text));
  if (t.slice(not + 1, but).some((x) => x.lower === "because")) return false;
  return t.some((x, k) => k > bFirst && /^(?:VERB|AUX)$/.test(x.pos)) && !/^(?:VERB|AUX)$/.test(t[bFirst]?.pos ?? "");
}

/** Clozes of the clause, best first. */
function clozes(s: AnalysedSentence, f: Found, clause: AnalysedSentence, paragraph: AnalysedSentence[], a: Analysis, who: string | null): Candidate[] {
  const base = s.tokens[f.from].start;
  const spans: [number, number][] = [];
  // The spans of the "and not" and comparison rules: the term the author keeps, asked like a preferred course.
  const kept = new Set<string>();
  let point: { start: number; end: number } | null = null;
  if (f.shape === "contrast") {
    // The corrected term: after "but" up to the clause's end or its next comma.
    const t = clause.tokens;
    // The pivot: "but" after the "not", or "as" after "not so much".
    const not = t.findIndex((x, k) => x.lower === "not" && (!f.degree || (t[k + 1]?.lower === "so" && t[k + 2]?.lower === "much")));
    const but = not < 0 ? -1 : t.findIndex((x, k) => k > not + (f.degree ? 3 : 1) && x.lower === (f.degree ? "as" : "but"));
    let end = t.findIndex((x, k) => k > but && /^[,;:.—–]$/.test(x.text));
    if (end < 0) end = t.length;
    // "not by calculation but by observation": the preposition both terms share is no part of the answer.
    let from = but + 1;
    if (t[from]?.pos === "ADP" && t[not + (f.degree ? 3 : 1)]?.lower === t[from].lower) from++;
    if (but > 0 && !newClause(t, not, but) && end - from >= 1 && letterWordCount(textOf(clause, from, end) ?? "") <= CORRECTION_MAX) spans.push([from, end]);
  } else {
    // "to be considered clement and not cruel", "by experience, not by reason": the term the author keeps
    // against the one denied is the conclusion's point (one to three words before "and not" / ", not").
    const t = clause.tokens;
    const not = t.findIndex((x, k) => x.lower === "not" && k >= 2 && (t[k - 1].lower === "and" || t[k - 1].text === ",") && !/^(?:only|merely|so|as)$/.test(t[k + 1]?.lower ?? ""));
    if (not > 0) {
      const end = not - 1;
      let from = end;
      while (from > 0 && end - from < 3 && /^(?:ADJ|NOUN|PROPN)$/.test(t[from - 1].pos)) from--;
      if (from < end) { spans.push([from, end]); kept.add(`${from}:${end}`); }
    }
    // A comparison the conclusion draws ("the crowd is always intellectually {{inferior}} to the isolated
    // individual", "is {{more}} dangerous than …"): the adjective before "to" / "than" after the verb "be".
    const cmp = t.findIndex((x, k) => x.pos === "ADJ" && comparedBy(t, k) && t.slice(0, k).some((y) => y.lemma === "be"));
    if (cmp > 0) { spans.push([cmp, cmp + 1]); kept.add(`${cmp}:${cmp + 1}`); }
    // The predicate of a general claim ("the crowd is always {{intellectually inferior}} to …", spans/point).
    const p = pointSpan(clause);
    point = p;
    const pa = p ? t.findIndex((x) => x.start === p.start) : -1, pb = p ? t.findIndex((x) => x.end === p.end) + 1 : 0;
    if (pa >= 0 && pb > pa) spans.push([pa, pb]);
    const heading = a.sections[s.section]?.title ?? "";
    spans.push(...distinctiveTerms(clause, paragraph, heading, a.lemmaCounts).slice(0, TERMS_TRIED));
  }
  const out: Candidate[] = [];
  for (const [ta, tb] of spans) {
    const start = clause.tokens[ta].start, end = clause.tokens[tb - 1].end;
    const body = generic(blank(clause, start, end), presentVerbs(s));
    if (!body) continue;
    // The term kept against the one denied ("clement and not cruel") is the claim's point, asked like a preferred course.
    const keptTerm = f.shape === "conclusion" && kept.has(`${ta}:${tb}`);
    // A corrected B that is a clause of its own ("but the miller is paid well because bread is dear") is blanked as a clause.
    const finite = f.shape === "contrast" && clause.tokens.slice(ta, tb).some((x) => /^(?:VERB|AUX)$/.test(x.pos) && !/ing$/.test(x.lower));
    const card: Candidate = { kind: "cloze", type: "thesis", front: stop(said(body, who, a)), back: clause.text.slice(start, end), sentence: s.sentence.id, extra: [], answer: { start: base + start, end: base + end }, answerKind: keptTerm ? "phrase" : finite ? "clause" : "term" };
    // "not by calculation but by {{observation}}": the corrected term is the claim's point even in common words (the rubric's "not {{logic}}: … experience").
    out.push(f.shape === "contrast" || keptTerm || (point && start === point.start && end === point.end) ? markPoint(card) : card);
  }
  return out;
}

/** "men have less scruple …" asked with "do" ("do men have less scruple …"), not the archaic "have men less scruple …". */
function haveAsked(clause: AnalysedSentence): string | null {
  const c = clause.clause;
  const t = clause.tokens;
  if (!c || c.opening || c.aside || !/^(?:has|have|had)$/.test(t[c.verb].lower) || /^(?:VERB|AUX)$/.test(t[c.verb + 1]?.pos ?? "") || t[c.verb + 1]?.lower === "not") return null;
  const subject = textOf(clause, c.subject.a, c.subject.b);
  const rest = textOf(clause, c.verb + 1, t.length);
  if (!subject || !rest) return null;
  const does = { has: "does", have: "do", had: "did" }[t[c.verb].lower as "has" | "have" | "had"];
  return clean(`${does} ${t[c.subject.a].pos === "PROPN" ? subject : subject.charAt(0).toLowerCase() + subject.slice(1)} have ${rest}`);
}

/** "Why C?" → "Because P" from "P; wherefore C" / "P, it follows that C". */
function why(s: AnalysedSentence, f: Found, clause: AnalysedSentence, a: Analysis, who: string | null): Candidate | null {
  if (!f.premise) return null;
  // A reason after its claim may name the claim's plural noun again by "they" ("men …, for they …").
  const premise = standingClause(s, f.premise[0], f.premise[1], CLAIM_MAX, f.shape === "reason" ? clause.tokens : [], a);
  return premise && because(s, clause, premise, f.premise, a, who);
}

/**
 * "Why C?" → "Because P" once P stands: C is `clause` and P is `premise`, tokens [from, to) of `s`,
 * whose verbs set the tense. (Session 17's consequences, retired in session 19, passed the sentence
 * before as the premise's source; with them gone the premise is always in `s`, fixg19.)
 */
export function because(s: AnalysedSentence, clause: AnalysedSentence, premise: AnalysedSentence, [from, to]: [number, number], a: Analysis, who: string | null): Candidate | null {
  const asked = haveAsked(clause) ?? ask(clause);
  if (!asked) return null;
  const n = letterWordCount(premise.text);
  if (n < PREMISE_MIN || n > PREMISE_MAX) return null;
  const q = generic(`Why ${asked.replace(clause.tokens[0].text, lowerFirst(clause.tokens[0].text, a))}?`, presentVerbs(s));
  const reason = generic(clean(premise.text), presentVerbs(s));
  if (!q || !reason) return null;
  const front = who ? `According to ${who}, w${q.slice(1)}` : q;
  return { kind: "qa", type: "thesis", front, back: `Because ${lowerFirst(reason, a)}`, sentence: s.sentence.id, extra: [], answer: { start: premise.tokens[0].start + s.tokens[from].start, end: s.tokens[to - 1].end }, answerKind: "clause" };
}

/**
 * "According to Mara Quill, does a good trader possess the virtue which makes a good neighbour?" →
 * "No: a good trader does not possess …": the question the conclusion settles, asked in the clause's
 * own words (its "not" left out), answered by the conclusion. One right answer, and the card says
 * whose claim it is. Only a clause led by an auxiliary or modal is asked, so no verb is conjugated.
 */
function settled(s: AnalysedSentence, f: Found, clause: AnalysedSentence, a: Analysis, who: string | null): Candidate | null {
  const c = clause.clause;
  if (!c?.aux || c.aside) return null;
  const t = clause.tokens;
  let aux = t[c.verb].lower, from = c.verb + 1, negated = false;
  if (aux === "cannot") { aux = "can"; negated = true; }
  else if (/^(?:can't|won't|don't|doesn't|isn't|aren't)$/.test(aux)) return null;
  else if (t[from]?.lower === "not") { negated = true; from++; }
  // Only a conclusion that denies is asked: "Must X differ …? → Yes: X must differ …" restates the
  // claim as its own question (the answer is given away); "Does X possess …? → No" is what a student can get wrong.
  if (!negated) return null;
  // A second negation ("can in no case be", "nothing can be") would make "Yes"/"No" wrong.
  if (t.some((x, k) => k !== from - 1 && /^(?:not|never|no|nothing|none|nor|neither|nobody|hardly|scarcely|cannot)$/.test(x.lower))) return null;
  if (!askable(clause, c.verb, from)) return null;
  const subject = textOf(clause, c.subject.a, c.subject.b);
  const rest = textOf(clause, from, t.length);
  if (!subject || !rest) return null;
  const q = generic(`${aux} ${lowerFirst(subject, a)} ${rest}`, presentVerbs(s));
  const back = generic(clean(clause.text), presentVerbs(s));
  if (!q || !back) return null;
  const front = who ? `According to ${who}, ${q}?` : `${cap(q)}?`;
  return { kind: "qa", type: "thesis", front, back: `No: ${lowerFirst(back, a)}`, sentence: s.sentence.id, extra: [], answer: { start: s.tokens[f.from].start, end: s.tokens[f.to - 1].end }, answerKind: "clause" };
}

/**
 * "According to Mara Quill, are tide tables made by calculation?" → "No: tide tables are made not
 * by calculation but by long observation of the harbour": the view the author corrects, asked, answered by
 * the correction. Only "<subject> <aux> [words] not A, but B" with the "not" after the auxiliary's
 * words and B running to the clause's end, so the question is the clause less "not" and "but B".
 */
function corrected(s: AnalysedSentence, clause: AnalysedSentence, f: Found, a: Analysis, who: string | null): Candidate | null {
  const c = clause.clause;
  // "not so much A as B" plays A down without denying it: "No" would be wrong.
  if (f.degree || !c || c.aside) return null;
  const t = clause.tokens;
  // The copula is asked like an auxiliary ("Is X A?") however the tagger reads it.
  if (!c.aux && !COPULA.test(t[c.verb].lower)) return null;
  const not = t.findIndex((x, k) => k > c.verb && x.lower === "not");
  const but = t.findIndex((x, k) => k > not && x.lower === "but");
  if (not < 0 || but < 0 || not - c.verb > 4 || t.slice(c.verb + 1, not).some((x) => /^[;:]$/.test(x.text))) return null;
  if (newClause(t, not, but)) return null;
  // Any other negation would make "No" wrong; a second "not … but" is another contrast.
  if (t.some((x, k) => k !== not && /^(?:not|never|no|nothing|none|nor|neither|cannot)$/.test(x.lower))) return null;
  let aEnd = but;
  while (aEnd > not + 1 && /^[,;]$/.test(t[aEnd - 1].text)) aEnd--;
  if (aEnd <= not + 1 || !askable(clause, c.verb, c.verb + 1 === not ? not + 1 : c.verb + 1)) return null;
  const subject = textOf(clause, c.subject.a, c.subject.b);
  const middle = textOf(clause, c.verb + 1, not).replace(/[,;\s]+$/, "");
  const q = generic(clean(`${t[c.verb].lower} ${lowerFirst(subject, a)} ${middle} ${textOf(clause, not + 1, aEnd)}`), presentVerbs(s));
  // The answer: the whole clause when it is short, else the correction alone ("No: not A, but B").
  const whole = letterWordCount(clause.text) <= CLAIM_MAX;
  const back = generic(clean(whole ? clause.text : textOf(clause, not, t.length)), presentVerbs(s));
  if (!q || !back || letterWordCount(q) > QUESTION_MAX || letterWordCount(back) > PREMISE_MAX + 7) return null;
  return { kind: "qa", type: "thesis", front: who ? `According to ${who}, ${q}?` : `${cap(q)}?`, back: `No: ${whole ? lowerFirst(back, a) : back}`, sentence: s.sentence.id, extra: [], answer: { start: s.tokens[f.from].start, end: s.tokens[f.to - 1].end }, answerKind: "clause" };
}

// A preference's clause may weigh two long courses; its card blanks the chosen course only when that is short.
export const PREFERENCE_MAX = 40, CHOSEN_MAX = 4;

/**
 * "According to Mara Quill, it is much safer to be {{feared}} than loved." The chosen course is the
 * claim's point (marked, so the blank gates judge it as a claim's point); a leading "be" stays on the
 * card. In a course longer than CHOSEN_MAX words the blank is the one noun the other course lacks.
 */
function preferred(s: AnalysedSentence, f: Found, clause: AnalysedSentence, a: Analysis, who: string | null): Candidate | null {
  if (!f.point) return null;
  const t = s.tokens;
  let [pa, pb] = f.point;
  if (t[pa].lower === "be" && pb - pa > 1) pa++;
  const base = t[f.from].start;
  const start = t[pa].start - base, end = t[pb - 1].end - base;
  if (letterWordCount(clause.text.slice(start, end)) > CHOSEN_MAX) {
    // A long course: blank the one noun that sets it apart from the other course ("a reputation for
    // {{meanness}} which brings reproach without hatred" against "a name for rapacity …").
    const other = new Set(t.slice(pb, f.to).map((x) => x.lemma));
    const own = t.slice(pa, pb).map((x, i) => ({ x, k: pa + i })).filter(({ x }) => x.pos === "NOUN" && !other.has(x.lemma));
    if (own.length !== 1) return null;
    pa = own[0].k; pb = pa + 1;
  }
  const from = t[pa].start - base, to = t[pb - 1].end - base;
  const body = generic(blank(clause, from, to), presentVerbs(s));
  if (!body) return null;
  const card: Candidate = { kind: "cloze", type: "thesis", front: stop(said(body, who, a)), back: clause.text.slice(from, to), sentence: s.sentence.id, extra: [], answer: { start: t[pa].start, end: t[pb - 1].end }, answerKind: "phrase" };
  return markPoint(card);
}

/** The cards of one found clause, in order of preference. */
export function foundCards(s: AnalysedSentence, f: Found, paragraph: AnalysedSentence[], a: Analysis, who: string | null): Candidate[] {
  if (f.shape === "preference") {
    const clause = standingClause(s, f.from, f.to, PREFERENCE_MAX, [], a);
    const card = clause && preferred(s, f, clause, a, who);
    return card ? [card] : [];
  }
  if (f.shape === "reason") {
    // A claim and its reason: only "Why C?" → "Because R" (a cloze of C alone would drop the reason the sentence gives).
    const clause = standingClause(s, f.from, f.to, CLAIM_MAX, [], a);
    const w = clause && why(s, f, clause, a, who);
    return w ? [w] : [];
  }
  const clause = standingClause(s, f.from, f.to, CLAIM_MAX, [], a);
  if (!clause) {
    const long = f.shape === "contrast" ? standingClause(s, f.from, f.to, CONTRAST_MAX, [], a) : null;
    const yn = long && corrected(s, long, f, a, who);
    return yn ? [yn] : [];
  }
  const w = why(s, f, clause, a, who);
  const yn = f.shape === "conclusion" ? settled(s, f, clause, a, who) : corrected(s, clause, f, a, who);
  return [...(w ? [w] : []), ...(yn ? [yn] : []), ...clozes(s, f, clause, paragraph, a, who)];
}
