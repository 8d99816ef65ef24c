// What the span model knows about a span: its kind, its syntactic role in the sentence's first
// clause, how common its words are in English and in the chapter, whether it names the chapter's
// topic, and where it stands (a list, brackets, an adjunct, part of a name). Works on any span,
// so labelled spans the enumeration missed can be scored and learnt from too.
import type { AnalysedSentence, Analysis } from "../analyse";
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
  "shape-pair", "shape-complement", "shape-clause-end",
] as const;

const ADJUNCT = /^(?:through|throughout|than|with|without|among|amongst|between|for|from|before|after|during|across|near|within|beyond|against|around|beneath|beside|behind|towards?|like|upon|under|over)$/;
const CAUSAL = /^(?:because|since|cause|causes|caused|therefore|hence|so|thus|due|owing|reason|result|results|resulted|leads|led|produces|produced)$/;

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
    r = Math.max(0, ...s.tokens.filter((t) => !t.stop && /^(?:NOUN|PROPN|NUM|ADJ)$/.test(t.pos) && /\p{L}|\p{N}/u.test(t.text) && !t.lower.startsWith("'")).map((t) => rarity(t.lower)));
    rarest.set(s, r);
  }
  return r;
}

export function spanFeatures(s: AnalysedSentence, a: Analysis, start: number, end: number, kind: SpanKind): number[] {
  const { tokens } = s;
  const first = tokens.findIndex((t) => t.start >= start);
  const lastIdx = tokens.findLastIndex((t) => t.end <= end);
  const inside = first >= 0 && lastIdx >= first ? tokens.slice(first, lastIdx + 1) : [];
  const words = inside.filter((t) => /\p{L}|\p{N}/u.test(t.text));
  const content = words.filter((t) => !t.stop);
  const text = s.text.slice(start, end);
  const cl = s.clause;
  const verb = cl ? tokens[cl.verb] : undefined;
  const obj = afterVerb(s);
  const inObj = !!obj && first >= obj[0] && lastIdx < obj[1];
  const prep = first >= 0 ? governing(s, first) : "";
  const before = tokens[first - 1], after = tokens[lastIdx + 1];
  const proper = (t: typeof before) => !!t && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text);
  const rar = content.map((t) => rarity(t.lower));
  const head = inside.at(-1);
  const recurs = head ? Math.max(a.lemmaCounts.get(head.lemma) ?? 0, a.entityCounts.get(text.toLowerCase()) ?? 0) : 0;
  const topic = topicWords(a);
  const named = kind !== "term" && kind !== "date" && kind !== "number";
  const isTopic = isTopicAlias(a, text) || (named ? !!head && topic.has(head.lower) : content.length > 0 && content.every((t) => topic.has(t.lower) || topic.has(t.lemma) || t.pos === "ADJ"));
  const v: Record<string, number> = {
    bias: 1,
    [`kind:${kind}`]: 1,
    subject: cl && start >= cl.subject.start && end <= cl.subject.end ? 1 : 0,
    complement: inObj && verb?.lemma === "be" ? 1 : 0,
    object: inObj && verb?.lemma !== "be" ? 1 : 0,
    "in-opening": cl?.opening && end <= cl.opening.end ? 1 : 0,
    "after-adjunct-prep": ADJUNCT.test(prep) ? 1 : 0,
    "after-place-prep": /^(?:in|at)$/.test(prep) ? 1 : 0,
    "after-of": prep === "of" ? 1 : 0,
    "after-by-as": /^(?:by|as)$/.test(prep) ? 1 : 0,
    "list-item": listItem(s.text, start, end) ? 1 : 0,
    "in-brackets": /\(\s*[^)]*$/.test(s.text.slice(0, start)) && /^[^(]*\)/.test(s.text.slice(end)) ? 1 : 0,
    possessor: /^['’]s\b/.test(s.text.slice(end)) ? 1 : 0,
    "partial-name": inside.some((t) => t.pos === "PROPN") && (proper(before) || proper(after)) ? 1 : 0,
    "partial-phrase": (before && /^(?:NOUN|ADJ)$/.test(before.pos) && !/^[,;:]$/.test(before.text)) || (after && after.pos === "NOUN") ? 1 : 0,
    "crosses-verb": words.some((t) => /^(?:VERB|AUX)$/.test(t.pos) && !/ing$/.test(t.lower)) ? 1 : 0,
    defined: a.defined.has(text.toLowerCase().replace(/^(?:the|a|an)\s+/, "")) ? 1 : 0,
    topic: isTopic ? 1 : 0,
    "rarity-max": rar.length ? Math.max(...rar) : 0,
    "rarity-mean": rar.length ? rar.reduce((x, y) => x + y, 0) / rar.length : 0,
    "chapter-recurs": Math.log1p(recurs) / 3,
    "chapter-rare": recurs <= 1 ? 1 : 0,
    "one-word": words.length === 1 ? 1 : 0,
    "one-lower-word": words.length === 1 && /^\p{Ll}/u.test(text) ? 1 : 0,
    long: Math.min(1, Math.max(0, words.length - 3) / 5),
    "sentence-start": start === 0 ? 1 : 0,
    position: tokens.length ? Math.max(0, first) / tokens.length : 0,
    "proper-share": words.length ? words.filter((t) => t.pos === "PROPN").length / words.length : 0,
    "has-number": words.some((t) => t.pos === "NUM" || /\d/.test(t.text)) ? 1 : 0,
    "proper-adjective": words.length === 1 && words[0].pos === "PROPN" && !!after && after.pos === "NOUN" && /^\p{Ll}/u.test(after.text) ? 1 : 0,
    "after-called": !!before && /^(?:called|named|termed|as)$/.test(before.lower) ? 1 : 0,
    causal: tokens.some((t) => CAUSAL.test(t.lower)) && !inside.some((t) => CAUSAL.test(t.lower)) && first > tokens.findIndex((t) => CAUSAL.test(t.lower)) ? 1 : 0,
  };
  const names = s.entities.filter((e) => e.kind !== "date" && e.kind !== "number");
  v["sentence-names"] = Math.min(1, names.length / 5);
  v["same-kind-siblings"] = Math.min(1, s.entities.filter((e) => e.kind === kind && (e.end <= start || e.start >= end)).length / 3);
  v["subject-of-be"] = v.subject && verb?.lemma === "be" ? 1 : 0;
  v["entity-mentions"] = named ? Math.log1p(a.entityCounts.get(text.toLowerCase()) ?? 0) / 3 : 0;
  const seen = a.firstSeen.get(text.toLowerCase()) ?? (head ? a.firstSeen.get(head.lemma) : undefined);
  v["first-mention"] = seen === undefined || seen >= s.sentence.id ? 1 : 0;
  // Relative to the rest of the sentence: does the span hold its rarest content word (the word a
  // reader could not guess), and how far below that word's rarity does the span's rarest word fall?
  const top = sentenceRarity(s);
  const mine = rar.length ? Math.max(...rar) : 0;
  v["holds-rarest"] = top > 0 && mine >= top ? 1 : 0;
  v["rarity-gap"] = Math.max(0, top - mine);
  // The object of any verb, clause parsed or not ("was to set up {{a council}} …"), and a term the
  // sentence itself goes on to define ("a council consisting of …", "a tax, which is …").
  let j = first - 1;
  while (j >= 0 && /^(?:DET|ADJ|NUM)$/.test(tokens[j].pos)) j--;
  if (j > 0 && /^(?:ADP|PART|ADV)$/.test(tokens[j].pos) && tokens[j - 1].pos === "VERB") j--; // "set up", "brought about"
  v["verb-object"] = j >= 0 && j < first && tokens[j].pos === "VERB" ? 1 : 0;
  v["defined-here"] = /^,?\s+(?:consisting of|composed of|made up of|comprising|which (?:is|was|means|meant)|that is|i\.e\.|meaning|called|known as)\b/.test(s.text.slice(end)) ? 1 : 0;
  // "{{Parallel}} with …", "{{Exaggerations}} of …": an English word capitalised only because it
  // opens the sentence (the chapter never writes it with a capital inside a sentence).
  v["start-capital-word"] = start === 0 && words.length === 1 && /^\p{Lu}\p{Ll}/u.test(text) && isEnglishWord(text) && !namesInside(a).has(text) ? 1 : 0;
  // The wrong blanks of ./weak-blank, and a phrase cut before its "of" ("a {{portion of the
  // guild}} of weavers"): measured, so the model can weigh them against everything else.
  v["given-away"] = givenAway(s.text, start, end) ? 1 : 0;
  v["pair-member"] = pairMember(s.text, start, end) ? 1 : 0;
  v["vague-quantity"] = vagueQuantity(text) ? 1 : 0;
  v["before-of"] = after?.lower === "of" ? 1 : 0;
  v["chapter-subject"] = isChapterSubject(phraseUses(words.map((t) => t.lower), bigramCounts(a)), a.sentences.length) ? 1 : 0;
  // "{{Thrift}} in the guilds was …", "{{Thrift}}, as a rule, …": an opening common noun that is only
  // the head of its subject; what the sentence says about it is the point.
  v["subject-head-only"] = v["start-capital-word"] && /^\s*(?:of|in|,\s*as)\s/.test(s.text.slice(end)) ? 1 : 0;
  // The predicate of a present-tense claim, taken whole (./point): what the sentence teaches.
  const point = pointSpan(s);
  // (With or without its article: "a settled will" and "settled will" are the same blank.)
  const bare = s.text.slice(start, end).replace(/^(?:the|a|an)\s+/i, "");
  v.point = point && point.end === end && s.text.slice(point.start, point.end).replace(/^(?:the|a|an)\s+/i, "") === bare ? 1 : 0;
  // The shapes strict raters named and the chunker never offered (./shapes): a pair taken whole, a
  // complement anywhere in the sentence, the full noun phrase that ends a clause.
  for (const x of shapeSpans(s)) if (x.start === start && x.end === end) v[`shape-${x.shape}`] = 1;
  return SPAN_FEATURES.map((f) => v[f] ?? 0);
}
