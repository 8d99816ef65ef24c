// The card of a paragraph's thesis, one of two shapes:
// - "Why P?" → "Because Q" when the thesis states its own reason ("P, for Q", "P because Q",
//   "Since Q, P"): the reason is what an exam asks of an argument;
// - otherwise a cloze on the claim's distinctive term: the content phrase of the predicate that the
//   paragraph (or the section heading) keeps using, never a function word or the subject, so the
//   blank is the point the paragraph argues for.
import type { AnalysedSentence, Token } from "../analyse";
import type { Candidate } from "../candidates/types";
import { compressedFront, type Cut } from "../compress";
import { ask, generic, part, presentVerbs } from "../candidates/voice";
import { cap, clean } from "../candidates/phrase";
import { pointSpan } from "../spans/point";
import { rarity } from "../rank/frequency";
import { lowerFirst } from "../candidates/argument";
import { blank } from "../candidates/cloze";
import type { Analysis } from "../analyse";
import { letterWordCount } from "../text";
import { negatedReason, REASON_QUALIFIER } from "../candidates/english";

export const REASON_MIN = 4, REASON_MAX = 25, TERM_MAX = 7, TERMS_TRIED = 3;

const content = (t: Token) => !t.stop && /^(?:NOUN|PROPN|VERB|ADJ)$/.test(t.pos) && t.lemma.length > 2;
const inCut = (cuts: Cut[], start: number, end: number) => cuts.some((c) => start < c.end && c.start < end);

/** "for" as a conjunction: after a comma or semicolon, before a clause (not "for example", "for the sake of"). */
const REASON_FOR = /^for (?!example\b|instance\b|the sake\b|ever\b|a (?:time|while)\b|which\b|whom\b|what\b|whose\b|this\b|that\b|these\b|those\b|it\b|them\b|him\b|her\b|me\b|us\b|you\b|one\b|each\b|all\b)/;

/** Where the reason opens inside the sentence: [connective token, first reason token], or null. */
function reasonAt(s: AnalysedSentence): [number, number] | null {
  const t = s.tokens;
  for (let k = 4; k < t.length - 4; k++) {
    const w = t[k].lower;
    const after = t.slice(k + 1).map((x) => x.lower).join(" ");
    if (w === "because" && t[k + 1]?.lower !== "of") return [k, k + 1];
    if ((w === "since" || w === "for") && /^[,;]$/.test(t[k - 1].text) && (w === "since" || REASON_FOR.test(`for ${after}`))) return [k, k + 1];
  }
  return null;
}

const PRESENT_AUX = /^(?:is|are|am|has|have|do|does|can|may|must|will|shall)$/;
const presentVerb = (x: Token) => (x.pos === "AUX" ? PRESENT_AUX.test(x.lower) : x.lower === x.lemma || x.lower === `${x.lemma}s` || x.lower === `${x.lemma}es`);

/**
 * A "since" of time, not of cause (session 27, gen27; the tests of ../candidates/cause's link): a
 * number after it ("since 1838"), no verb in its clause ("since the date of the survey"), or a past
 * event before a claim in the perfect ("since the river was dredged, the harbour has received …":
 * since tells from when). A present-tense reason stays a cause ("since the passes close every winter,
 * the villages have kept …").
 */
export function temporalSince(t: Token[], reason: [number, number], claim: [number, number]): boolean {
  if (t[reason[0]]?.pos === "NUM") return true;
  // A "verb" right after a possessive, article, adjective or preposition is a noun the tagger misread
  // ("since the date of the engineer's address").
  const verb = t.slice(reason[0], reason[1]).find((x, k, r) => /^(?:VERB|AUX)$/.test(x.pos) && !(k > 0 && (/^(?:DET|ADJ|ADP)$/.test(r[k - 1].pos) || /^['’]s$/.test(r[k - 1].text))));
  if (!verb) return true;
  if (presentVerb(verb)) return false;
  return t.slice(claim[0], claim[1]).some((x, k, c) => /^(?:has|have|had)$/.test(x.lower) && (c[k + 1]?.pos === "VERB" || (c[k + 1]?.pos === "ADV" && c[k + 2]?.pos === "VERB")));
}

/** "Why P?" → "Because Q" from a thesis that gives its own reason. */
export function whyCard(s: AnalysedSentence, cuts: Cut[], a: Analysis): Candidate | null {
  const t = s.tokens;
  let claimFrom = 0, claimTo: number, reasonFrom: number, reasonTo: number;
  const lead = cuts.find((c) => c.start === 0);
  if (lead) claimFrom = t.findIndex((x) => x.start >= lead.end);
  if (t[claimFrom]?.lower === "since") {
    // "Since Q, P."
    const comma = t.findIndex((x, k) => k > claimFrom + 3 && x.text === ",");
    if (comma < 0) return null;
    reasonFrom = claimFrom + 1; reasonTo = comma; claimFrom = comma + 1; claimTo = t.length;
    if (temporalSince(t, [reasonFrom, reasonTo], [claimFrom, claimTo])) return null;
  } else {
    const at = reasonAt(s);
    if (!at) return null;
    claimTo = at[0]; reasonFrom = at[1]; reasonTo = t.length;
    if (t[at[0]].lower === "since") {
      const clauseEnd = t.findIndex((x, k) => k > reasonFrom && /^[,;:.!?]$/.test(x.text));
      if (temporalSince(t, [reasonFrom, clauseEnd > 0 ? clauseEnd : t.length], [claimFrom, claimTo])) return null;
    }
    // "Salt is not dear because a duty is paid, but …": the sentence denies the reason.
    if (negatedReason(s, at[0], reasonTo)) return null;
  }
  // "… simply because Q": the adverb qualifies the reason and goes with it (only when "because" follows
  // the claim: after "Since Q, P" the claim's last word is no qualifier).
  let qualified = claimTo;
  const reasonFollows = reasonFrom >= claimTo;
  while (reasonFollows && qualified - 1 > claimFrom + 1 && REASON_QUALIFIER.test(t[qualified - 1].lower)) qualified--;
  const qualifier = t.slice(qualified, claimTo).map((x) => x.lower).join(" ");
  claimTo = qualified;
  // The reason's own clause: up to a ";" or ":" (what follows is a further claim).
  const stop = t.findIndex((x, k) => k > reasonFrom && k < reasonTo && /^[;:]$/.test(x.text));
  if (stop > 0) reasonTo = stop;
  while (claimTo > claimFrom && /^[,;.!]$/.test(t[claimTo - 1].text)) claimTo--;
  while (reasonTo > reasonFrom && /^[,;.!?"”’)]$/.test(t[reasonTo - 1].text)) reasonTo--;
  if (reasonTo <= reasonFrom || claimTo <= claimFrom || inCut(cuts, t[reasonFrom].start, t[reasonTo - 1].end)) return null;
  const claim = part(s, claimFrom, claimTo);
  const reason = part(s, reasonFrom, reasonTo);
  if (!claim?.clause || !reason?.clause || /^(?:which|who|whom|what|whose|that)\b/i.test(reason.text)) return null;
  // The reason and the claim must both lie inside the text kept as the claim.
  if (inCut(cuts, t[claimFrom].start, t[claimTo - 1].end)) return null;
  const asked = ask(claim);
  if (!asked) return null;
  const question = generic(`Why ${asked.replace(claim.tokens[0].text, lowerFirst(claim.tokens[0].text, a))}?`, presentVerbs(s));
  const answer = generic(clean(reason.text), presentVerbs(s));
  if (!question || !answer || letterWordCount(answer) < REASON_MIN || letterWordCount(answer) > REASON_MAX || /[—–]/.test(answer)) return null;
  return {
    kind: "qa", type: "thesis", front: question, back: qualifier ? cap(`${qualifier} because ${lowerFirst(answer, a)}`) : `Because ${lowerFirst(answer, a)}`, sentence: s.sentence.id, extra: [],
    answer: { start: t[reasonFrom].start, end: t[reasonTo - 1].end }, answerKind: "clause",
  };
}

/** The predicate's content phrases, [first token, end token) without a leading article or pronoun. */
function predicatePhrases(s: AnalysedSentence): [number, number][] {
  const c = s.clause;
  if (!c) return [];
  const out: [number, number][] = [];
  const coordinator = (k: number) => /^(?:and|or|nor)$/.test(s.tokens[k]?.lower ?? "");
  for (const p of s.phrases) {
    if (p.a <= c.verb) continue;
    // The second half of a pair ("… leisure and {costly consumption}") is an item of a list.
    if (coordinator(p.a - 1) || (s.tokens[p.a - 1]?.pos === "DET" && coordinator(p.a - 2))) continue;
    let a = p.a;
    while (a < p.b && /^(?:DET|PRON)$/.test(s.tokens[a].pos)) a++;
    if (a >= p.b) continue;
    // "the perfectibility of the mass of mankind": the phrase with its of-phrases, which name what it
    // is of (a bare common noun is a trivial blank; the gates drop it). "the norm of conspicuous
    // leisure and conspicuous consumption": a coordinated pair is one term, offered only whole.
    const ends = [p.b];
    let b = p.b;
    for (let guard = 0; guard < 3 && /^(?:of|and|or)$/.test(s.tokens[b]?.lower ?? ""); guard++) {
      const next = s.phrases.find((q) => q.a === b + 1 || (q.a === b + 2 && s.tokens[b + 1]?.pos === "DET"));
      if (!next) break;
      if (coordinator(b)) ends.length = 0;
      b = next.b;
      ends.push(b);
    }
    // A pair left open at the end (no phrase after its "and") is not offered at all.
    if (coordinator(ends.at(-1) ?? -1)) continue;
    for (const end of ends) out.push([a, end]);
  }
  const point = pointSpan(s);
  if (point) {
    const a = s.tokens.findIndex((t) => t.start >= point.start), b = s.tokens.findIndex((t) => t.start >= point.end);
    if (a >= 0) out.push([a, b < 0 ? s.tokens.length : b]);
  }
  return out;
}

/** The claim's distinctive terms, best first: predicate phrases whose words the paragraph, heading or chapter repeat. */
export function distinctiveTerms(s: AnalysedSentence, paragraph: AnalysedSentence[], heading: string, chapterCounts: ReadonlyMap<string, number> = new Map()): [number, number][] {
  const others = new Map<string, number>();
  for (const o of paragraph) if (o !== s) for (const t of o.tokens) if (content(t)) others.set(t.lemma, (others.get(t.lemma) ?? 0) + 1);
  const head = heading.toLowerCase();
  const subject = s.clause?.subject;
  const scored: { span: [number, number]; score: number }[] = [];
  for (const [a, b] of predicatePhrases(s)) {
    const ts = s.tokens.slice(a, b);
    if (!ts.length || b - a > TERM_MAX || ts.some((t) => /^[,;:()—–]$/.test(t.text))) continue;
    const inner = ts.filter(content);
    if (!inner.some((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ")) continue;
    // Already named by the subject: the blank would be given away on the card.
    if (subject && inner.every((t) => s.tokens.slice(subject.a, subject.b).some((x) => x.lemma === t.lemma))) continue;
    // The paragraph's repetitions count most; a word the chapter keeps using (three times or more) counts half.
    const chain = inner.reduce((z, t) => z + Math.min(2, others.get(t.lemma) ?? 0) + (head.includes(t.lower) ? 1 : 0) + ((chapterCounts.get(t.lemma) ?? 0) >= 3 ? 0.5 : 0), 0);
    if (chain < 0.5) continue;
    // A phrase of several content words is a term; one common noun alone is what the gates reject.
    const score = chain + inner.reduce((z, t) => z + rarity(t.lower), 0) / inner.length + 0.5 * (inner.length - 1);
    if (!scored.some((x) => x.span[0] === a && x.span[1] === b)) scored.push({ span: [a, b], score });
  }
  return scored.sort((x, y) => y.score - x.score || x.span[0] - y.span[0]).map((x) => x.span);
}

/** The best distinctive term, or null. */
export const distinctiveTerm = (s: AnalysedSentence, paragraph: AnalysedSentence[], heading: string, chapterCounts?: ReadonlyMap<string, number>) => distinctiveTerms(s, paragraph, heading, chapterCounts)[0] ?? null;

/** Clozes of the thesis on its distinctive terms, best first (at most TERMS_TRIED), the cuts left out. */
export function termClozes(s: AnalysedSentence, cuts: Cut[], paragraph: AnalysedSentence[], heading: string, chapterCounts?: ReadonlyMap<string, number>): Candidate[] {
  return distinctiveTerms(s, paragraph, heading, chapterCounts).slice(0, TERMS_TRIED).map((t) => clozeOn(s, cuts, t)).filter((c): c is Candidate => !!c);
}

/** The cloze of the thesis on one term. */
export function clozeOn(s: AnalysedSentence, cuts: Cut[], term: [number, number]): Candidate | null {
  const answer = { start: s.tokens[term[0]].start, end: s.tokens[term[1] - 1].end };
  const used = cuts.filter((c) => c.end <= answer.start || c.start >= answer.end);
  if (used.length !== cuts.length) return null;
  // No cut: the whole sentence with its blank (compressedFront checks what a cut leaves, and would
  // refuse a whole sentence that opens on "If" or "Although").
  const shown = used.length ? compressedFront(s, used, answer) : { front: blank(s, answer.start, answer.end), back: s.text.slice(answer.start, answer.end) };
  if (!shown) return null;
  if (!/[.!?]["”’')]*$/.test(shown.front)) shown.front += ".";
  // The answer must not be given away by the rest of the card.
  const rest = shown.front.replace(/\{\{c1::.*?\}\}/, " ").toLowerCase();
  if (s.tokens.slice(term[0], term[1]).filter(content).every((t) => new RegExp(`\\b${t.lower.replace(/[^\p{L}]/gu, "")}\\b`, "u").test(rest))) return null;
  return { kind: "cloze", type: "thesis", front: shown.front, back: shown.back, sentence: s.sentence.id, extra: [], answer, answerKind: "term", ...(used.length ? { compressed: [...new Set(used.map((c) => c.op))] } : {}) };
}
