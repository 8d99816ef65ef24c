// The point of a general statement: in a present-tense claim ("X is / becomes / remains Y",
// "X depends on / consists in / arises from Y", "X makes Y …", "X requires Y"), the predicate Y
// is what the sentence teaches, and the blank a strict reader asks for when a cloze blanks the
// actor, a detail or a modifier instead. Y is taken whole with its modifiers and of-phrases
// ("far more costly", "the division of the harvest", "a firmly settled will"), at most
// MAX_WORDS words, and without its article. General English only; no list from any text.
import { HAS_LETTER } from "@/lib/cards/letters";
import type { AnalysedSentence, Analysis, Token } from "../analyse";
import { phraseBreak } from "../analyse/clause";
import { COMPLEMENT } from "../candidates/complement";
import { reports, saidPoint } from "./report";
import { VAGUE } from "./weak-blank";
import { wordCount } from "./token-runs";

export const MAX_WORDS = 6;
// Present-tense linking verbs, as written (a past-tense verb tells an event, not a claim).
const LINKING = /^(?:is|are|was|were|becomes|become|became|remains|remain|remained|seems|seem|seemed|appears|appear|means|mean|meant|makes|make|requires|require|required|involves|involve|implies|imply|produces|produce|causes|cause|determines|determine|constitutes|constitute|embodies|embody|embodied)$/;
const PRESENT_PREP = /^(?:depends|depend|rests|rest|relies|rely|consists|consist|arises|arise|springs|spring|derives|derive|comes|come|stems|stem|originates|originate|belongs|belong|amounts|amount|refers|refer|differs|differ|turns|turn)$/;
// Words that can lead a predicate: degree adverbs ("far more", "not", "always") before it.
const LEAD_ADV = new Set(["ADV", "PART"]);
const INSIDE = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

// "a firmly settled will.": a noun the tagger read as a verb, after a modifier and before the end.
function closingNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k], prev = tokens[k - 1], next = tokens[k + 1];
  return !!t && !!prev && /^(?:VERB|AUX)$/.test(t.pos) && (prev.pos === "ADJ" || (prev.pos === "VERB" && /(?:ed|en)$/.test(prev.lower))) && (!next || next.pos === "PUNCT");
}

const nounSeen = (tokens: Token[], a: number, k: number) => tokens.slice(a, k).some((t) => t.pos === "NOUN" || t.pos === "PROPN");

/** The token range [a, b) of the predicate phrase starting at token i, or null. */
export function phraseAt(tokens: Token[], i: number): [number, number] | null {
  let j = i;
  while (j < tokens.length && LEAD_ADV.has(tokens[j].pos) && j - i < 3) j++;
  const a = tokens[j]?.pos === "DET" && /^(?:the|a|an)$/.test(tokens[j].lower) ? j + 1 : j;
  let k = a;
  let b = -1;
  let coordinated = false;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    // A count word after a noun opens the next phrase ("released from their leases three ways", gen26),
    // and so does a name after a common noun or a verb read as a noun after a name (gen27).
    if (k > a && phraseBreak(tokens, k)) break;
    if (INSIDE.has(t.pos) || (t.pos === "ADV" && !nounSeen(tokens, a, k) && INSIDE.has(tokens[k + 1]?.pos ?? ""))) { b = k + 1; continue; }
    if (t.pos === "ADV" && tokens[k + 1]?.pos === "VERB" && /(?:ed|en)$/.test(tokens[k + 1].lower)) continue;
    // A participle modifying a noun ("a firmly settled will"), not a verb of its own.
    if (t.pos === "VERB" && /(?:ed|en)$/.test(t.lower) && (tokens[k + 1]?.pos === "NOUN" || closingNoun(tokens, k + 1))) continue;
    if (closingNoun(tokens, k)) { b = k + 1; continue; }
    // An of-phrase belongs to its noun ("the division of the harvest").
    const owner = /^(?:its|his|her|their|our)$/.test(tokens[k + 1]?.lower ?? "");
    if (t.lower === "of" && b === k && (owner || /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k + 1]?.pos ?? ""))) {
      if (tokens[k + 1].pos === "DET" || owner) k++;
      continue;
    }
    // "common pasture and common woodland", "slow and out of step": a coordinated
    // predicate is taken whole when it runs to the end of the clause (checked by the caller).
    if (/^(?:and|or)$/.test(t.lower) && b === k && k > a && /^(?:DET|ADJ|NOUN|PROPN|ADV|ADP)$/.test(tokens[k + 1]?.pos ?? "") && !coordinated) {
      coordinated = true;
      if (tokens[k + 1].pos === "DET") k++;
      continue;
    }
    if (t.lower === "out" && tokens[k + 1]?.lower === "of" && b === k) { k++; continue; }
    break;
  }
  if (b <= a) return null;
  // "the record of a town's growth": a possessor belongs with what it possesses.
  if (/^['’]s$/.test(tokens[b]?.text ?? "") || /^['’]$/.test(tokens[b]?.text ?? "")) {
    let e = b + 1;
    while (/^(?:ADJ|NOUN)$/.test(tokens[e]?.pos ?? "")) e++;
    if (e === b + 1 || tokens[e - 1].pos !== "NOUN") return null;
    b = e;
  }
  if (coordinated && !/^[.;:!?]?$/.test(tokens[b]?.text ?? "")) return null;
  // Leading adverbs belong to an adjective predicate ("far more costly"), not to a noun one.
  const lead = tokens.slice(i, a).every((t) => t.pos !== "DET") && a > i && tokens[a].pos === "ADJ" && tokens.slice(a, b).every((t) => t.pos !== "NOUN") ? i : a;
  const words = wordCount(tokens, lead, b);
  if (words > MAX_WORDS) {
    // Too long with its of-phrase: the noun phrase before "of" alone, if that is short enough.
    const of = tokens.findIndex((t, x) => x > lead && x < b && t.lower === "of");
    return of > lead && of - lead <= MAX_WORDS ? [lead, of] : null;
  }
  return [lead, b];
}

/** The main clause's verb: the clause's first verb, or, when a relative clause inside the subject
 * holds that one ("Tools which are blunt are a danger"), the next verb after it. -1 when unclear. */
function mainVerb(s: AnalysedSentence): number {
  const c = s.clause!;
  const { tokens } = s;
  if (c.subject.a > 0 && !c.opening) return -1;
  const rel = tokens.slice(c.subject.a, c.verb).some((t) => /^(?:which|who|whom|whose|that)$/.test(t.lower));
  if (!rel) return c.verb;
  for (let k = c.verb + 1; k < Math.min(tokens.length, c.verb + 8); k++) {
    if (/^[,;:]$/.test(tokens[k].text) || /^(?:which|who|that|and|but|if|when|because)$/.test(tokens[k].lower)) return -1;
    if (/^(?:AUX|VERB)$/.test(tokens[k].pos) && /^(?:NOUN|PROPN|ADJ|ADV|VERB)$/.test(tokens[k - 1].pos) && LINKING.test(tokens[k].lower)) return k;
  }
  return -1;
}

/** The point of the sentence as a token range: what a report says (./report), or the predicate of a present-tense claim. */
export function pointRange(s: AnalysedSentence): [number, number] | null {
  // "As X says, 'a habit is a second nature'": the idea, whoever said it (the speaker stays visible).
  for (const r of reports(s)) {
    const p = saidPoint(s, r, phraseAt);
    if (p) return p;
  }
  return numberRange(s) ?? claimRange(s);
}

// A measure the subject names ("the number of …", "the cost of …"), and verbs that bring it to a figure.
export const MEASURE = /^(?:number|numbers|total|sum|amount|count|cost|price|population|loss|losses|toll|strength|size|length|depth|height|distance|weight|area|rate|yield|income|revenue|debt|wages?)$/;
const TO_FIGURE = /^(?:swells?|swelled|swelling|rises?|rose|risen|raises?|raised|increases?|increased|reduces?|reduced|brings?|brought|falls?|fell|fallen|grows?|grew|grown|climbs?|climbed|drops?|dropped|amounts?|amounted|puts?|estimates?|estimated|places?|placed|sets?|fix|fixes|fixed)$/;

/** "The number of ships lost was seven", "… swells the number of the dead to ten thousand": the figure that ends the clause. */
function numberRange(s: AnalysedSentence): [number, number] | null {
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i].pos !== "NUM" || t[i - 1].pos === "NUM") continue;
    let e = i;
    while (e < t.length && (t[e].pos === "NUM" || (/^(?:and|,)$/.test(t[e].lower) && t[e + 1]?.pos === "NUM"))) e++;
    // The figure ends its clause: "was seven.", "to ten thousand;" (before a unit or "per cent" it is half a measure).
    if (e < t.length && !/^[.;:,!?)—–-]$/.test(t[e].text)) continue;
    const from = Math.max(0, i - 16);
    const before = t.slice(from, i);
    if (!before.some((x) => MEASURE.test(x.lower))) continue;
    const prev = t[i - 1];
    const isFigure = /^(?:is|was|are|were|reached|exceeded|totalled|totaled)$/.test(prev.lower);
    const toFigure = prev.lower === "to" && before.some((x) => TO_FIGURE.test(x.lower));
    if (isFigure || toFigure) return [i, e];
  }
  return null;
}

/** The predicate phrase of the sentence's main clause when it is a present-tense claim, as a token range. */
function claimRange(s: AnalysedSentence): [number, number] | null {
  const c = s.clause;
  if (!c || /\?\s*$/.test(s.text)) return null;
  const { tokens } = s;
  // "There is a limit …", "What is X?": the subject, not a predicate, is what such a sentence states.
  if (/^(?:there|what|which|who|it|this|that)$/.test(tokens[c.subject.a]?.lower ?? "") && c.subject.b - c.subject.a === 1) return null;
  const v = mainVerb(s);
  if (v < 0) return null;
  const verb = tokens[v];
  let i = v + 1;
  if (PRESENT_PREP.test(verb.lower)) {
    const allowed = COMPLEMENT[verb.lemma];
    while (tokens[i]?.pos === "ADV" && i - v < 3) i++;
    if (!allowed) return null;
    const two = `${tokens[i]?.lower} ${tokens[i + 1]?.lower}`;
    const prep = allowed.test(two) ? 2 : allowed.test(tokens[i]?.lower ?? "") ? 1 : 0;
    if (!prep) return null;
    i += prep;
  } else if (!LINKING.test(verb.lower)) return null;
  // "is not …", "is always …" are kept with the predicate; "is to be …", "is made …" are not claims of this shape.
  const next = tokens[i];
  // "X are (thus) rooted in the habits of trade", "X were founded on custom": a passive whose
  // prepositional complement ends the clause says where the claim lands; that phrase is its point.
  if (/^(?:is|are|was|were)$/.test(verb.lower)) {
    let j = i;
    while (tokens[j]?.pos === "ADV" && j - i < 2) j++;
    if (/^(?:VERB|ADJ)$/.test(tokens[j]?.pos ?? "") && /(?:ed|en|wn|un|ght)$/.test(tokens[j].lower) && /^(?:in|on|upon|from|into|to)$/.test(tokens[j + 1]?.lower ?? "")) {
      const r = phraseAt(tokens, j + 2);
      const end = r ? tokens[r[1]] : undefined;
      if (r && (!end || /^[.;:!?]$/.test(end.text)) && tokens.slice(r[0], r[1]).some((t) => t.pos === "NOUN")) return r;
      return null;
    }
  }
  if (!next || next.pos === "VERB" || next.pos === "AUX" || next.pos === "PRON" || next.pos === "ADP" || next.pos === "SCONJ") return null;
  const r = phraseAt(tokens, i);
  if (!r) return null;
  // One adjective ("is crude", "is necessary") has many right answers; a participle ("is
  // forbidden") is a passive verb, not a predicate; an adjective that governs what follows ("is
  // due to …", "is necessary in order to …") is half of its phrase.
  const inner = tokens.slice(r[0], r[1]).filter((t) => HAS_LETTER.test(t.text));
  // A phrase that opens or ends on a verb ("is disproved by", "capable of keeping a …") is a cut one.
  if (tokens[r[0]].pos === "VERB" || /^(?:VERB|AUX)$/.test(tokens[r[1] - 1].pos) && !closingNoun(tokens, r[1] - 1)) return null;
  const nouns = inner.filter((t) => t.pos === "NOUN" || t.pos === "PROPN");
  if (!nouns.length && (inner.filter((t) => !/^(?:not|never)$/.test(t.lower)).length < 2 || /^(?:to|by|in|for|with|of|that)$/.test(tokens[r[1]]?.lower ?? ""))) return null;
  // Degree words alone ("is very much more") measure a claim the sentence leaves unsaid.
  if (!nouns.length && inner.every((t) => t.pos === "ADV" || VAGUE.has(t.lower))) return null;
  const after = tokens[r[1]], rest = s.text.slice(tokens[r[1] - 1].end);
  // Cut inside a word ("world-wide"), one item of a pair or list ("the cart or barrow", "round,
  // red and glossy"), or a bare head whose point is the relative clause after it ("a thing which …").
  if (/^[-\p{L}]/u.test(rest) || /^\s*(?:,|and\b|or\b|nor\b)/.test(rest)) return null;
  if (r[1] - r[0] === 1 && after && /^(?:which|that|who|whom|whose)$/.test(after.lower)) return null;
  return r;
}

const cache = new WeakMap<AnalysedSentence, { start: number; end: number } | null>();

/** The point span of the sentence in character offsets, or null (cached: every span's features ask). */
export function pointSpan(s: AnalysedSentence): { start: number; end: number } | null {
  if (cache.has(s)) return cache.get(s)!;
  const r = pointRange(s);
  const p = r ? { start: s.tokens[r[0]].start, end: s.tokens[r[1] - 1].end } : null;
  cache.set(s, p);
  return p;
}

// Blanks a card maker knows to be the point of the claim it shows, whatever the words: the corrected
// term of "not A but {{B}}" (lib/cards/conclusions). Registered by the maker, so no other card changes.
const knownPoints = new WeakSet<object>();
/** Marks a candidate's blank as the point of its claim (the blank gates judge it as they judge a claim's point). */
export function markPoint<T extends object>(c: T): T {
  knownPoints.add(c);
  return c;
}

/** Is the candidate's answer the point of its sentence? (The blank gates let such a span through
 * their "common words" checks: the point of a general statement is often said in common words.) */
export function isPointBlank(c: { sentence: number; answer: { start: number; end: number } | null }, a: Analysis): boolean {
  if (knownPoints.has(c)) return true;
  const s = a.sentences[c.sentence];
  const p = s && c.answer ? pointSpan(s) : null;
  return !!p && p.start === c.answer!.start && p.end === c.answer!.end;
}

/**
 * The course or quality an author keeps against another on the same card ("it is safer to be
 * {{feared}} than loved", "to be thought {{clement}} and not cruel", lib/cards/conclusions): the
 * claim's point even as one common word or one adjective, since the alternative stands beside it.
 */
export function isChosenPoint(c: { type?: string; answerKind?: string; sentence: number; answer: { start: number; end: number } | null }, a: Analysis): boolean {
  return c.type === "thesis" && c.answerKind === "phrase" && isPointBlank(c, a);
}
