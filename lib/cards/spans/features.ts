// What the span model knows about a span: its kind, its syntactic role in the sentence's first
// clause, how common its words are in English and in the chapter, whether it names the chapter's
// topic, and where it stands (a list, brackets, an adjunct, part of a name). Works on any span,
// so labelled spans the enumeration missed can be scored and learnt from too.
import type { AnalysedSentence, Analysis, Token } from "../analyse";
import { sliceMemo } from "./slice-memo";
import { isEnglishWord, rarity } from "../rank/frequency";
import { namesInside } from "../gates/informative-blank";
import { listItem } from "./list";
import { topicWords } from "./topic";
import { isTopicAlias } from "./aliases";
import type { SpanKind } from "./enumerate";
import { givenAway, isChapterSubject, pairMember, phraseUses, vagueQuantity } from "./weak-blank";
import { bigramCounts } from "../gates/informative-blank";
import { pointSpan } from "./point";
import { shapeSpans } from "./shapes";

const KINDS: SpanKind[] = ["person", "place", "org", "group", "name", "date", "number", "term"];
export const SPAN_FEATURES = [
  "bias", ...KINDS.map((k) => `kind:${k}`),
  "subject", "complement", "object", "in-opening", "after-adjunct-prep", "after-place-prep", "after-of", "after-by-as",
  "list-item", "in-brackets", "possessor", "partial-name", "partial-phrase", "crosses-verb", "defined", "topic",
  "rarity-max", "rarity-mean", "chapter-recurs", "chapter-rare", "one-word", "one-lower-word", "long", "sentence-start",
  "position", "proper-share", "has-number", "proper-adjective", "after-called", "causal",
  "sentence-names", "same-kind-siblings", "subject-of-be", "entity-mentions", "first-mention", "holds-rarest", "rarity-gap", "verb-object", "defined-here", "start-capital-word",
  "given-away", "pair-member", "vague-quantity", "before-of", "chapter-subject", "subject-head-only", "point",
  "shape-pair", "shape-complement", "shape-clause-end", "shape-predicative", "shape-number", "shape-of-whole",
  "in-predicate", "ends-clause", "protagonist",
] as const;

const ADJUNCT = /^(?:through|throughout|than|with|without|among|amongst|between|for|from|before|after|during|across|near|within|beyond|against|around|beneath|beside|behind|towards?|like|upon|under|over)$/;
const CAUSAL = /^(?:because|since|cause|causes|caused|therefore|hence|so|thus|due|owing|reason|result|results|resulted|leads|led|produces|produced)$/;
// Compiled once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp(…)`, which a function
// body would rebuild on every call, and these run once per span or candidate.
const LOWER_START = /^\p{Ll}/u, UPPER_START = /^\p{Lu}/u, CAPITALISED = /^\p{Lu}\p{Ll}/u;


/** The word before the span, past determiners, adjectives and numbers (its governing preposition). */
function governing(s: AnalysedSentence, first: number): string {
  let j = first - 1;
  while (j >= 0 && /^(?:DET|ADJ|NUM)$/.test(s.tokens[j].pos)) j--;
  return j >= 0 && s.tokens[j].pos === "ADP" ? s.tokens[j].lower : "";
}

/** The first noun phrase after the main verb (past adverbs, auxiliaries and particles), as a token range. */
function afterVerb(s: AnalysedSentence): [number, number] | null {
  const cl = s.clause;
  if (!cl) return null;
  let j = cl.verb + 1;
  while (j < s.tokens.length && /^(?:AUX|ADV|PART|VERB)$/.test(s.tokens[j].pos) && j - cl.verb < 4) j++;
  const p = s.phrases.find((q) => q.a === j);
  if (!p) return null;
  // Its of-phrase belongs to it ("the {{cause of the motion}}").
  const next = s.phrases.find((q) => q.a === p.b + 1 && s.tokens[p.b]?.lower === "of");
  return [p.a, next ? next.b : p.b];
}

const rarest = new WeakMap<AnalysedSentence, number>();
function sentenceRarity(s: AnalysedSentence): number {
  let r = rarest.get(s);
  if (r === undefined) {
    r = Math.max(0, ...s.tokens.filter((t) => !t.stop && /^(?:NOUN|PROPN|NUM|ADJ)$/.test(t.pos) && WORDLIKE.test(t.text) && !t.lower.startsWith("'")).map((t) => rarity(t.lower)));
    rarest.set(s, r);
  }
  return r;
}

// A span's features in SPAN_FEATURES order. Every span of a sentence is scored, so what depends on
// the sentence alone (its object, causal word, names, the rarity of each token, its point) is
// worked out once per sentence (sentenceFacts), and the span's own tests write straight into the
// vector by position.
const AT = new Map<string, number>(SPAN_FEATURES.map((f, i) => [f, i]));
/** Writes feature `f` (a flag as 1 or 0). */
function put(x: number[], f: (typeof SPAN_FEATURES)[number], v: number | boolean): void {
  x[AT.get(f)!] = typeof v === "number" ? v : v ? 1 : 0;
}
const isProper = (t: Token | undefined) => !!t && t.pos === "PROPN" && UPPER_START.test(t.text);
const WORDLIKE = /\p{L}|\p{N}/u;
const ARTICLE = /^(?:the|a|an)\s+/i;

type Facts = {
  obj: [number, number] | null;
  causalAt: number;
  isWord: boolean[];
  rarity: (number | undefined)[];
  names: number;
  point: { end: number; bare: string } | null;
};
const facts = new WeakMap<AnalysedSentence, Facts>();
function sentenceFacts(s: AnalysedSentence): Facts {
  let f = facts.get(s);
  if (!f) {
    const point = pointSpan(s);
    f = {
      obj: afterVerb(s),
      causalAt: s.tokens.findIndex((t) => CAUSAL.test(t.lower)),
      isWord: s.tokens.map((t) => WORDLIKE.test(t.text)),
      rarity: [],
      names: s.entities.filter((e) => e.kind !== "date" && e.kind !== "number").length,
      point: point && { end: point.end, bare: s.text.slice(point.start, point.end).replace(ARTICLE, "") },
    };
    facts.set(s, f);
  }
  return f;
}

export function spanFeatures(s: AnalysedSentence, a: Analysis, start: number, end: number, kind: SpanKind): number[] {
  const { tokens } = s;
  const sf = sentenceFacts(s);
  const first = tokens.findIndex((t) => t.start >= start);
  const lastIdx = tokens.findLastIndex((t) => t.end <= end);
  const inAt = first >= 0 && lastIdx >= first ? first : 0, inEnd = first >= 0 && lastIdx >= first ? lastIdx + 1 : 0; // tokens [inAt, inEnd)
  const words: Token[] = [];
  const rar: number[] = [];
  let crossesVerb = false, properWords = 0, hasNumber = false, hasProper = false, causalInside = false;
  for (let i = inAt; i < inEnd; i++) {
    const t = tokens[i];
    if (t.pos === "PROPN") hasProper = true;
    if (CAUSAL.test(t.lower)) causalInside = true;
    if (!sf.isWord[i]) continue;
    words.push(t);
    if (!t.stop) rar.push((sf.rarity[i] ??= rarity(t.lower)));
    if ((t.pos === "VERB" || t.pos === "AUX") && !/ing$/.test(t.lower)) crossesVerb = true;
    if (t.pos === "PROPN") properWords++;
    if (t.pos === "NUM" || /\d/.test(t.text)) hasNumber = true;
  }
  const text = s.text.slice(start, end);
  const lower = text.toLowerCase();
  const cl = s.clause;
  const verb = cl ? tokens[cl.verb] : undefined;
  const obj = sf.obj;
  const inObj = !!obj && first >= obj[0] && lastIdx < obj[1];
  const prep = first >= 0 ? governing(s, first) : "";
  const before = tokens[first - 1], after = tokens[lastIdx + 1];
  const head = inEnd > inAt ? tokens[inEnd - 1] : undefined;
  const recurs = head ? Math.max(a.lemmaCounts.get(head.lemma) ?? 0, a.entityCounts.get(lower) ?? 0) : 0;
  const topic = topicWords(a);
  const named = kind !== "term" && kind !== "date" && kind !== "number";
  const isTopic = isTopicAlias(a, text) || (named ? !!head && topic.has(head.lower) : rar.length > 0 && words.every((t) => t.stop || topic.has(t.lower) || topic.has(t.lemma) || t.pos === "ADJ"));
  const x: number[] = new Array(SPAN_FEATURES.length).fill(0);
  put(x, "bias", 1);
  const kindAt = AT.get(`kind:${kind}`);
  if (kindAt !== undefined) x[kindAt] = 1;
  const subject = !!cl && start >= cl.subject.start && end <= cl.subject.end;
  put(x, "subject", subject);
  put(x, "complement", inObj && verb?.lemma === "be");
  put(x, "object", inObj && verb?.lemma !== "be");
  put(x, "in-opening", !!cl?.opening && end <= cl.opening.end);
  put(x, "after-adjunct-prep", ADJUNCT.test(prep));
  put(x, "after-place-prep", /^(?:in|at)$/.test(prep));
  put(x, "after-of", prep === "of");
  put(x, "after-by-as", /^(?:by|as)$/.test(prep));
  put(x, "list-item", listItem(s.text, start, end));
  put(x, "in-brackets", openBracketBefore(s.text, start) && closeBracketAfter(s.text, end));
  put(x, "possessor", possessiveAfter(s.text, end));
  put(x, "partial-name", hasProper && (isProper(before) || isProper(after)));
  put(x, "partial-phrase", !!((before && /^(?:NOUN|ADJ)$/.test(before.pos) && !/^[,;:]$/.test(before.text)) || (after && after.pos === "NOUN")));
  put(x, "crosses-verb", crossesVerb);
  put(x, "defined", a.defined.has(lower.replace(/^(?:the|a|an)\s+/, "")));
  put(x, "topic", isTopic);
  const mine = rar.length ? Math.max(...rar) : 0;
  put(x, "rarity-max", mine);
  put(x, "rarity-mean", rar.length ? rar.reduce((p, q) => p + q, 0) / rar.length : 0);
  put(x, "chapter-recurs", Math.log1p(recurs) / 3);
  put(x, "chapter-rare", recurs <= 1);
  put(x, "one-word", words.length === 1);
  put(x, "one-lower-word", words.length === 1 && LOWER_START.test(text));
  put(x, "long", Math.min(1, Math.max(0, words.length - 3) / 5));
  put(x, "sentence-start", start === 0);
  put(x, "position", tokens.length ? Math.max(0, first) / tokens.length : 0);
  put(x, "proper-share", words.length ? properWords / words.length : 0);
  put(x, "has-number", hasNumber);
  put(x, "proper-adjective", words.length === 1 && words[0].pos === "PROPN" && !!after && after.pos === "NOUN" && LOWER_START.test(after.text));
  put(x, "after-called", !!before && /^(?:called|named|termed|as)$/.test(before.lower));
  put(x, "causal", sf.causalAt >= 0 && !causalInside && first > sf.causalAt);
  put(x, "sentence-names", Math.min(1, sf.names / 5));
  put(x, "same-kind-siblings", Math.min(1, s.entities.filter((e) => e.kind === kind && (e.end <= start || e.start >= end)).length / 3));
  put(x, "subject-of-be", subject && verb?.lemma === "be");
  put(x, "entity-mentions", named ? Math.log1p(a.entityCounts.get(lower) ?? 0) / 3 : 0);
  const seen = a.firstSeen.get(lower) ?? (head ? a.firstSeen.get(head.lemma) : undefined);
  put(x, "first-mention", seen === undefined || seen >= s.sentence.id);
  // Relative to the rest of the sentence: does the span hold its rarest content word (the word a
  // reader could not guess), and how far below that word's rarity does the span's rarest word fall?
  const top = sentenceRarity(s);
  put(x, "holds-rarest", top > 0 && mine >= top);
  put(x, "rarity-gap", Math.max(0, top - mine));
  // The object of any verb, clause parsed or not ("was to set up {{a council}} …"), and a term the
  // sentence itself goes on to define ("a council consisting of …", "a tax, which is …").
  let j = first - 1;
  while (j >= 0 && /^(?:DET|ADJ|NUM)$/.test(tokens[j].pos)) j--;
  if (j > 0 && /^(?:ADP|PART|ADV)$/.test(tokens[j].pos) && tokens[j - 1].pos === "VERB") j--; // "set up", "brought about"
  put(x, "verb-object", j >= 0 && j < first && tokens[j].pos === "VERB");
  put(x, "defined-here", definedAfter(s.text, end));
  // "{{Parallel}} with …", "{{Exaggerations}} of …": an English word capitalised only because it
  // opens the sentence (the chapter never writes it with a capital inside a sentence).
  const startCapital = start === 0 && words.length === 1 && CAPITALISED.test(text) && isEnglishWord(text) && !namesInside(a).has(text);
  put(x, "start-capital-word", startCapital);
  // The wrong blanks of ./weak-blank, and a phrase cut before its "of" ("a {{portion of the
  // guild}} of weavers"): measured, so the model can weigh them against everything else.
  put(x, "given-away", givenAway(s.text, start, end));
  put(x, "pair-member", pairMember(s.text, start, end));
  put(x, "vague-quantity", vagueQuantity(text));
  put(x, "before-of", after?.lower === "of");
  put(x, "chapter-subject", isChapterSubject(phraseUses(words.map((t) => t.lower), bigramCounts(a)), a.sentences.length));
  // "{{Thrift}} in the guilds was …", "{{Thrift}}, as a rule, …": an opening common noun that is only
  // the head of its subject; what the sentence says about it is the point.
  put(x, "subject-head-only", startCapital && /^\s*(?:of|in|,\s*as)\s/.test(s.text.slice(end)));
  // The predicate of a present-tense claim, taken whole (./point): what the sentence teaches.
  // (With or without its article: "a settled will" and "settled will" are the same blank.)
  put(x, "point", !!sf.point && sf.point.end === end && sf.point.bare === text.replace(ARTICLE, ""));
  // The shapes strict raters named and the chunker never offered (./shapes): a pair taken whole, a
  // complement anywhere in the sentence, the full noun phrase that ends a clause.
  for (const sh of shapeSpans(s)) if (sh.start === start && sh.end === end) { const i = AT.get(`shape-${sh.shape}`); if (i !== undefined) x[i] = 1; }
  // Session 11 (blankchoice), from the strict raters' "blank X instead" notes: the claim sits in the
  // main clause's predicate (after its verb, before any semicolon that starts another clause), and
  // often at the close of its clause; the chapter's protagonist is a blank every reader guesses
  // ("the hero's name is given away"), measured as its mentions against the chapter's most mentioned name.
  const verbEnd = verb ? verb.end : -1;
  put(x, "in-predicate", !!verb && start >= verbEnd && !/[;:]/.test(s.text.slice(verbEnd, start)));
  put(x, "ends-clause", endsClause(s.text, end));
  put(x, "protagonist", named && a.topEntityCount >= 3 ? Math.min(1, (a.entityCounts.get(lower) ?? 0) / a.topEntityCount) : 0);
  return x;
}

// The span's surroundings, tested once per offset of the sentence (./slice-memo).
const openBracketBefore = sliceMemo("before", (part) => /\(\s*[^)]*$/.test(part));
const closeBracketAfter = sliceMemo("after", (part) => /^[^(]*\)/.test(part));
const possessiveAfter = sliceMemo("after", (part) => /^['’]s\b/.test(part));
const definedAfter = sliceMemo("after", (part) => /^,?\s+(?:consisting of|composed of|made up of|comprising|which (?:is|was|means|meant)|that is|i\.e\.|meaning|called|known as)\b/.test(part));
const endsClause = sliceMemo("after", (part) => /^\s*(?:[.;:!?)]|$|,\s*(?:and|but|or|which|who|for|as|while|whereas)\b)/.test(part));
