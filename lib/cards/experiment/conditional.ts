// A demonstration stated as a rule: "If you put your finger into warm water, the water will creep a
// little way up it." / "When a gas is heated under a constant pressure, its volume increases." The
// condition is something done to a thing (a procedure verb, with "we" / "you" or in the passive);
// the result is what is then seen or obtained, in the present or future. Card: "What happens if you
// put your finger into warm water?" → "The water will creep a little way up it." The question carries
// the condition, so it stands alone; the answer is the observation.
import type { Analysis, AnalysedSentence } from "../analyse";
import { lowerFirst } from "../candidates/argument";
import type { Candidate } from "../candidates/types";
import { cap, clean } from "../candidates/phrase";
import { CONDITION_PRONOUNS, NOT_GENERAL, OBSERVATION_VERBS, POINTING, PROCEDURE_VERBS, WORDS, procedureParticiple } from "./grammar";

const CONDITION_MAX = 25;
const RESULT_MAX = 22;

// Where a condition may open: the sentence's start (after a connective such as "And," or a report
// such as "It is found that"), after ";" or ":", or after a comma (a second condition, "if your hands
// are clean, if you put …"). A condition that follows its main clause has no result after it and
// is not taken.
const OPENER = /(?:^|[;:,]\s+|[,;]?\s+(and)\s+|\bthat,?\s+)(if|when|whenever)\s+/gi;
// The result's first words: the reader or the author seeing or obtaining something, or a new subject.
const RESULT_START = /^\s*(?:then\s+)?(?:(?:we|you|one)\s+(?:will\s+|shall\s+|can\s+|may\s+)?(\p{L}+)|(?:the|a|an|it|its|they|their|all|each|every|no|some)\s)/iu;
// What the author or the reader obtains ("we reproduce an air like …", "you get a …").
const OBTAIN = /^(?:obtain|obtains|get|gets|form|forms|produce|produces|reproduce|reproduces|have|has)$/;
// Advice and difficulty, not an observation: "it is easy to …", "it is better to …".
const ADVICE = /^(?:it|this) (?:is|will be) (?:easy|difficult|hard|necessary|proper|better|best|possible|impossible|useful|well)\b/i;
// An idiom of the verb, not a manipulation: "if we take the view that …", "when we turn to …".
const IDIOM = /^(?:take|make|turn|set|put|keep|leave|pass|view|bring)\s+(?:from\b|the view|it (?:that|for granted)|into account|for granted|to\b|up\b|on\b|over\b|aside\b|a (?:case|point|distinction|supposition)|the (?:case|supposition|assumption)|care|notice|place)/i;
// Where the result's own clause ends: a concession or a second claim is not the observation.
const RESULT_END = /\s*(?:;|:|\s[-–—]{1,2}\s?|--|,\s*(?:though|although|but|while|whereas|for|so that|as if|because|unless)\b)/i;

// The reader or the lecturer's "we" as the generic "one" ("you put" → "one puts", "we shall see" →
// "one shall see"): a card has no reader to address (the standalone gate drops "you"). Null when a
// "you" / "we" stands before a word that cannot be conjugated so.
const MODAL = /^(?:will|shall|can|cannot|may|must)$/;
const AGREE: Record<string, string> = { have: "has", are: "is", do: "does", go: "goes" };
function asOne(text: string): string | null {
  let ok = true;
  const out = text.replace(/\b([Yy]ou|[Ww]e)\s+(\p{L}+)/gu, (_m, who: string, verb: string) => {
    const one = /^[YW]/.test(who) ? "One" : "one", v = verb.toLowerCase();
    if (MODAL.test(v)) return `${one} ${verb}`;
    if (AGREE[v]) return `${one} ${AGREE[v]}`;
    if (!PROCEDURE_VERBS.has(v) && !OBSERVATION_VERBS.test(v) && !OBTAIN.test(v)) { ok = false; return _m; }
    return `${one} ${v.replace(/(?:s|sh|ch|x|z|o)$/, "$&e").replace(/([^aeiou])y$/, "$1ie")}s`;
  }).replace(/\b(?:your|our)\b/g, "one's").replace(/\b(?:yourself|yourselves|ourselves)\b/g, "oneself");
  return ok && !/\b(?:you|we|us)\b/i.test(out) ? out : null;
}

/** The condition's doer and act: "you hold a glass …" or "a gas is heated …"; null when it is not a manipulation. */
function manipulation(condition: string): boolean {
  const person = /^(?:we|you)\s+(\p{L}+)/iu.exec(condition);
  if (person) return PROCEDURE_VERBS.has(person[1].toLowerCase()) && !IDIOM.test(condition.slice(person[0].length - person[1].length));
  // The passive: a short noun phrase, "is / are" (or "has its N"), then a procedure verb's participle.
  const passive = /^((?:\p{L}+[ -]){1,6}?)(?:is|are|has (?:its|their) \p{L}+|have (?:its|their) \p{L}+)\s+(?:\p{L}+ly\s+)?(\p{L}+)/iu.exec(condition);
  // A definite noun phrase ("the vessel is heated") names a particular thing set up earlier.
  return !!passive && !/^(?:we|you|one|it|they|there|he|she|i|the|this|that|these|those|its|their)\b/i.test(passive[1]) && procedureParticiple(passive[2]) !== null;
}

// Prepositions: a determiner after one starts its object, not a new clause.
const PREPOSITION = /^(?:of|in|into|on|over|under|with|by|from|to|at|for|upon|through|between|about|as|than)$/;

/**
 * Where the result begins when no comma marks it ("when you make it very hot the gas flies off"): a
 * determiner, not after a preposition, opening a short noun phrase whose verb follows at once.
 */
function unmarkedResult(s: AnalysedSentence, from: number): number {
  const t = s.tokens;
  const first = t.findIndex((x) => x.start >= from);
  for (let j = first + 3; j > 0 && j < t.length - 2; j++) {
    if (/^[,;:]$/.test(t[j].text)) return -1;
    if (!/^(?:the|a|an)$/.test(t[j].lower) || PREPOSITION.test(t[j - 1].lower) || t[j - 1].pos === "VERB" || t[j - 1].pos === "AUX") continue;
    let k = j + 1;
    while (k < t.length && k <= j + 4 && /^(?:ADJ|NOUN|PROPN|ADV)$/.test(t[k].pos)) k++;
    // "the water in it escapes": a short of/in phrase inside the noun phrase.
    if (/^(?:of|in)$/.test(t[k]?.lower ?? "") && /^(?:NOUN|PRON)$/.test(t[k + 1]?.pos ?? "")) k += 2;
    if (k > j + 1 && /^(?:VERB|AUX)$/.test(t[k]?.pos ?? "") && !/ing$/.test(t[k].lower) && /^(?:NOUN|PRON)$/.test(t[k - 1].pos)) return t[j].start;
  }
  return -1;
}

/**
 * "Chalk is a compound of two things, and when you make it very hot …": the "it" of a condition
 * joined by "and" to its sentence's first clause is that clause's subject, when the subject is a
 * bare noun (no pointer, no pronoun). Null when the condition's pronoun has no such antecedent.
 */
function ownSubject(s: AnalysedSentence, a: Analysis): string | null {
  const subject = s.clause?.subject;
  if (!subject || subject.start !== 0) return null;
  const words = subject.text.split(/\s+/);
  if (words.length > 3 || POINTING.test(subject.text) || CONDITION_PRONOUNS.test(subject.text) || /\b(?:he|she|we|you|i|one)\b/i.test(subject.text)) return null;
  // Singular: the condition says "it".
  const head = s.tokens[subject.b - 1];
  // (The tagger calls a sentence's capitalised first word a name; the chapter's own usage decides its case.)
  if (!head || !/^(?:NOUN|PROPN)$/.test(head.pos) || /s$/.test(head.lower)) return null;
  return lowerFirst(subject.text, a);
}

export function conditionalCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  const text = s.text.trim();
  // (Most sentences have no condition: one cheap test before the opener's scan.)
  if (!/\b(?:if|when)/i.test(text) || /\?["”’)]*$/.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(OPENER)) {
    const from = m.index! + m[0].length;
    // The condition ends at the first comma after which a result clause begins (or, with no comma,
    // where a new subject and its verb begin).
    let cut = -1, restStart = -1;
    for (let k = text.indexOf(",", from); k > 0 && k - from < 220; k = text.indexOf(",", k + 1)) {
      const after = text.slice(k + 1);
      if (RESULT_START.test(after) && !/^\s*(?:if|when|whenever)\b/i.test(after)) { cut = k; restStart = k + 1 + (/^\s*/.exec(after)?.[0].length ?? 0); break; }
    }
    if (cut < 0) {
      const at = unmarkedResult(s, from);
      if (at < 0) continue;
      cut = at; restStart = at;
    }
    let condition = clean(text.slice(from, cut));
    if (!manipulation(condition) || WORDS(condition) < 3 || WORDS(condition) > CONDITION_MAX) continue;
    // A pronoun object in the condition is the sentence's own subject, or the card is not made.
    if (/\b(?:it)\b/.test(condition)) {
      const own = m[1] ? ownSubject(s, a) : null;
      if (!own) continue;
      condition = condition.replace(/\bit\b/, own);
    }
    const rest = text.slice(restStart);
    const result = RESULT_START.exec(rest);
    if (!result) continue;
    const stop = RESULT_END.exec(rest);
    const resultText = clean((stop ? rest.slice(0, stop.index) : rest).replace(/[.!]["”’)]*$/, "")).replace(/^then\s+/i, "");
    // The reader sees or obtains: only verbs of observing or obtaining ("you will see", "we form").
    if (result[1] && !OBSERVATION_VERBS.test(result[1].toLowerCase()) && !OBTAIN.test(result[1].toLowerCase())) continue;
    if (ADVICE.test(resultText) || WORDS(resultText) < 3 || WORDS(resultText) > RESULT_MAX) continue;
    // General, not one occasion or an imagined one; nothing pointing outside the card.
    const asked = asOne(condition), answer = asOne(resultText);
    if (!asked || !answer) continue;
    const shown = `${asked} ${answer}`.replace(/\bsuch as\b/gi, "");
    if (NOT_GENERAL.test(shown) || POINTING.test(shown) || CONDITION_PRONOUNS.test(asked) || /[()[\]]/.test(shown)) continue;
    const end = restStart + (stop ? stop.index : rest.replace(/[.!]["”’)]*$/, "").length);
    const word = m[2].toLowerCase() === "if" ? "if" : "when";
    out.push({
      kind: "qa", type: "consequence", front: `What happens ${word} ${asked}?`, back: cap(answer), sentence: s.sentence.id, extra: [],
      answer: { start: restStart, end }, answerKind: "clause",
    });
  }
  return out;
}
