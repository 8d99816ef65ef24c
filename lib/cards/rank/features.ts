// A candidate's features for the ranker: what it asks (question type, answer kind), how informative
// its answer is (rarity in general English against recurrence in the chapter), where its sentence
// stands (position, TextRank centrality), how readable it is (lengths, pronoun density).
import { HAS_LETTER } from "@/lib/cards/letters";
import type { Analysis, AnalysedSentence } from "../analyse";
import { ANSWER_KINDS, ARGUMENT_QUESTION_TYPES, CORE_QUESTION_TYPES, LATER_QUESTION_TYPES, PREDICATE_QUESTION_TYPES, type Candidate } from "../candidates";
import { rarity } from "./frequency";
import { sentenceEnd } from "../candidates/phrase";
import { shownDependences } from "../decontext";
import { scoreOf } from "../spans/model";
import { shownSceneNouns } from "../gates/scene-anchor";
import type { SpanKind } from "../spans/enumerate";
import { isKeyTermBlank } from "../spans/key-terms";
import { tokensInSpan } from "../text";

export const FEATURE_NAMES = [
  "bias", ...CORE_QUESTION_TYPES.map((t) => `type:${t}`), ...ANSWER_KINDS.map((k) => `answer:${k}`),
  "answer-rarity", "answer-recurs", "answer-salience", "defined-term", "centrality", "position", "front-length", "back-length",
  "pronoun-density", "resolved-pronoun", "sentence-entities", "sentence-dates", "answer-propn", "answer-dominance",
  "answer-subject", "answer-main-clause", "entity-coverage", "answer-after-preposition", "answer-possessive", "answer-first-mention", "sentence-length",
  "context-dependence", "context-repaired",
  "span-score",
  ...LATER_QUESTION_TYPES.map((t) => `type:${t}`),
  "scene-noun",
  ...PREDICATE_QUESTION_TYPES.map((t) => `type:${t}`),
  ...ARGUMENT_QUESTION_TYPES.map((t) => `type:${t}`),
  "key-term-blank",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

const PRONOUNS = new Set(["he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "these", "those", "such"]);
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/**
 * The answer is what the sentence's main clause says (its subject or predicate), not a detail of an
 * opening clause ("When in 1922 X republished …"), an aside or a relative clause after the verb.
 */
function mainClause(s: AnalysedSentence, c: Candidate): boolean {
  const cl = s.clause;
  if (!cl || !c.answer || inAside(s, c)) return false;
  if (c.answer.start < cl.subject.start || c.answer.end > s.tokens[sentenceEnd(s) - 1]?.end) return false;
  const before = s.tokens.filter((t) => t.start > s.tokens[cl.verb].start && t.end <= c.answer!.start);
  return !before.some((t) => /^(?:which|who|whom|whose|that|when|where|while|whereas|because|although|if)$/.test(t.lower));
}

function inAside(s: AnalysedSentence, c: Candidate): boolean {
  const aside = s.clause?.aside;
  if (!aside || !c.answer) return false;
  return c.answer.start >= s.tokens[aside[0]].start && c.answer.end <= s.tokens[aside[1] - 1].end;
}

/** Share of the sentence's names and dates that the card shows (front and back together). */
function coverage(s: AnalysedSentence, c: Candidate): number {
  if (!s.entities.length) return 0;
  const shown = `${c.front} ${c.back}`;
  return s.entities.filter((e) => shown.includes(e.text)).length / s.entities.length;
}

/** True when no earlier sentence of the chapter mentions the answer: the card asks new information. */
function firstMention(a: Analysis, c: Candidate): boolean {
  const key = c.back.toLowerCase();
  const first = a.firstSeen.get(key) ?? a.firstSeen.get(key.split(/\s+/).at(-1) ?? "");
  return first === undefined || first >= c.sentence;
}

export function features(c: Candidate, a: Analysis): number[] {
  const s = a.sentences[c.sentence];
  const inside = c.answer ? tokensInSpan(s.tokens, c.answer!).filter((t) => !t.stop && HAS_LETTER.test(t.text)) : [];
  const short = c.answerKind !== "clause" && inside.length > 0;
  const rare = short ? inside.reduce((x, t) => x + rarity(t.lower), 0) / inside.length : 0;
  const recurs = short ? Math.max(a.entityCounts.get(c.back.toLowerCase()) ?? 0, ...inside.map((t) => a.lemmaCounts.get(t.lemma) ?? 0)) : 0;
  const n = a.sentences.length || 1;
  const frontTokens = c.front.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const v: Record<string, number> = {
    bias: 1,
    [`type:${c.type}`]: 1,
    [`answer:${c.answerKind}`]: 1,
    "answer-rarity": rare,
    "answer-recurs": Math.log1p(recurs) / 3,
    "answer-salience": short ? (rare * Math.log1p(recurs)) / 3 : 0,
    "defined-term": a.defined.has(c.back.toLowerCase().replace(/^(?:the|a|an) /, "")) ? 1 : 0,
    centrality: a.centrality[c.sentence] ?? 0,
    position: c.sentence / n,
    "front-length": Math.min(1, words(c.front) / 40),
    "back-length": Math.min(1, words(c.back) / 20),
    "pronoun-density": frontTokens.filter((w) => PRONOUNS.has(w)).length / (frontTokens.length || 1),
    "resolved-pronoun": s.pronoun?.resolved ? 1 : 0,
    "sentence-entities": Math.min(1, s.entities.filter((e) => e.kind !== "date" && e.kind !== "number").length / 5),
    "sentence-dates": Math.min(1, s.entities.filter((e) => e.kind === "date").length / 2),
    // Blanking the chapter's main topic ("{{Vance}}" in a chapter about Vance) is trivial.
    "answer-dominance": short && a.topEntityCount > 0 ? Math.min(1, Math.max(a.entityCounts.get(c.back.toLowerCase()) ?? 0, a.lemmaCounts.get(c.back.toLowerCase().replace(/['’]s$/, "").split(/\s+/).at(-1) ?? "") ?? 0) / a.topEntityCount) : 0,
    "answer-subject": c.answer && s.clause && c.answer.start < s.clause.subject.end && c.answer.end > s.clause.subject.start && !inAside(s, c) ? 1 : 0,
    "answer-main-clause": mainClause(s, c) ? 1 : 0,
    "entity-coverage": coverage(s, c),
    "answer-after-preposition": short && s.tokens[s.tokens.indexOf(inside[0]) - 1]?.pos === "ADP" ? 1 : 0,
    "answer-possessive": c.answer && /^['’]s\b/.test(s.text.slice(c.answer.end)) ? 1 : 0,
    "answer-first-mention": short && firstMention(a, c) ? 1 : 0,
    "sentence-length": Math.min(1, s.tokens.length / 50),
    // Decontextualisation: dependences the card still shows (those that do not drop it), and a repaired sentence.
    "context-dependence": Math.min(1, shownDependences(s, `${c.front} ${c.back}`).length),
    "context-repaired": s.context?.edits.length ? 1 : 0,
    "answer-propn": short ? inside.filter((t) => t.pos === "PROPN").length / inside.length : 0,
    // The span model's rating of the blank (lib/cards/spans), for clozes only.
    // A bare "the boats" of a story left on the card (the scene-anchor gate let the sentence's own names anchor it).
    "scene-noun": Math.min(1, shownSceneNouns(s, `${c.front} ${c.back}`, false).length),
    // A common-word key term of the chapter blanked in a general claim (spans/key-terms).
    "key-term-blank": isKeyTermBlank(c, a) ? 1 : 0,
    "span-score": c.kind === "cloze" && c.answer && short ? scoreOf(s, a, c.answer.start, c.answer.end, c.answerKind === "phrase" || c.answerKind === "list" ? "term" : c.answerKind as SpanKind) : 0,
  };
  return FEATURE_NAMES.map((f) => v[f] ?? 0);
}
