// What an experiment showed, stated inside the report of it: "…; and consequently that the air is
// composed of two gases of opposite qualities", "Examination of the results shows that the output is
// proportional to the load", "we may conclude that …". The conclusion clause is a general statement in
// the present tense, so it stands alone once cut from the report around it; the card is that clause
// as a cloze with the blank on what it says of its subject (the complement of its verb).
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates/types";
import { cap } from "../candidates/phrase";
import { POINTING, WORDS, experimentalParagraph } from "./grammar";

// The markers of a result drawn from an experiment or an argument about one.
const MARK = /\b(?:(?:and\s+)?(?:consequently|therefore|hence|thus),?\s+that|(?:shows?|showed|shown|proves?|proved|demonstrates?|demonstrated|establish(?:es|ed)?)\s+that|(?:conclude|concluded|infer|inferred|perceive|perceived|find|found)\s*,?\s+that|it follows,?\s+that)\s*,?\s*/gi;
// Where the conclusion's own clause ends: another "that" clause, a new clause, a qualification.
const CLAUSE_END = /\s*(?:;|:|,\s*(?:and\s+)?that\b|\s+and\s+that\b|,\s*(?:but|while|whereas|though|although|which|unless|except|so that|as)\b|\s[-–—]{1,2}\s?|--|\.\s*$|$)/i;
// A present-tense verb a general statement makes (the copula, or a verb of composition or dependence).
const GENERAL_VERB = /^(?:is|are|consists|consist|contains|contain|depends|depend|varies|vary|increases|increase|decreases|decrease|remains|remain)$/;
const SUBJECT_START = /^(?:the|a|an|all|every|each|no|\p{Ll}+)$/u;
const NOT_SUBJECT = /^(?:it|this|that|these|those|they|he|she|we|you|i|there|here|if|when|as|in|on|at|by|for|with|to|from|such|its|their|his|her|our|your|my)$/;
const ANSWER_MAX = 14;

export function conclusionCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  // Only in a paragraph that reports an experiment: elsewhere "hence that …" is an argument's step,
  // which the claim and argument candidates already read.
  if (!/\bthat\b/i.test(s.text) || !MARK.test(s.text) || !experimentalParagraph(a, a.sentences, s.sentence.id)) return [];
  MARK.lastIndex = 0;
  const t = s.tokens;
  for (const m of s.text.matchAll(MARK)) {
    const from = m.index! + m[0].length;
    const rest = s.text.slice(from);
    const stop = CLAUSE_END.exec(rest)!;
    const to = from + stop.index;
    const inside = t.filter((x) => x.start >= from && x.end <= to);
    if (inside.length < 5 || !SUBJECT_START.test(inside[0].lower) || NOT_SUBJECT.test(inside[0].lower)) continue;
    const v = inside.findIndex((x) => x.pos === "AUX" || x.pos === "VERB");
    if (v < 1 || v > 10 || !GENERAL_VERB.test(inside[v].lower)) continue;
    // The stem keeps the verb and what completes it ("is composed of", "consists of", "depends on").
    let b = v + 1;
    if (inside[b]?.pos === "VERB" && /ed$/.test(inside[b].lower)) b++;
    if (inside[b]?.pos === "ADP" && b > v + 1) b++;
    else if (inside[v].lower !== "is" && inside[v].lower !== "are" && inside[b]?.pos === "ADP") b++;
    const answer = inside.slice(b);
    if (answer.length < 2 || WORDS(s.text.slice(answer[0].start, to)) > ANSWER_MAX) continue;
    const clause = s.text.slice(inside[0].start, to);
    if (POINTING.test(clause) || /\b(?:was|were|had|would|could|might|I|we|you|one)\b/i.test(clause) || /[()[\]]/.test(clause)) continue;
    const stem = s.text.slice(inside[0].start, answer[0].start).trimEnd();
    const back = s.text.slice(answer[0].start, to);
    out.push({
      kind: "cloze", type: "cloze", front: `${cap(stem)} {{c1::${back}}}.`, back, sentence: s.sentence.id, extra: [],
      answer: { start: answer[0].start, end: to }, answerKind: answer.length > 6 ? "clause" : "phrase",
    });
  }
  return out;
}
