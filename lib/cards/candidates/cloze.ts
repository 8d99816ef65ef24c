// Cloze deletions: per sentence, the spans the span model (../spans) rates best among its names,
// dates, numbers and noun phrases that pass the blank gates: the best and any within MARGIN of it.
// Which span is blanked is a learned choice; the gates only rule out malformed or trivial blanks.
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { scoredSpans } from "../spans/model";
import { informativeBlank } from "../gates/informative-blank";
import { blankChoice } from "../gates/blank-choice";

// At most PER_SENTENCE spans per sentence, each within MARGIN of the sentence's best (chosen on
// the train books' top 40: one span alone lost recall, a wider margin added no accepted card).
export const MARGIN = 0.2;
export const PER_SENTENCE = 3;

export function blank(s: AnalysedSentence, start: number, end: number): string {
  return `${s.text.slice(0, start)}{{c1::${s.text.slice(start, end)}}}${s.text.slice(end)}`;
}

export function clozeCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  let best = -1;
  // Best first; a malformed span (part of a name or word, one item of a list, the chapter's own
  // topic...) is skipped here rather than left to take a slot and be dropped later.
  for (const c of scoredSpans(s, a)) {
    if (out.length >= PER_SENTENCE || (best >= 0 && c.p < best - MARGIN)) break;
    const cand: Candidate = { kind: "cloze", type: "cloze", front: blank(s, c.start, c.end), back: s.text.slice(c.start, c.end), sentence: s.sentence.id, extra: [], answer: { start: c.start, end: c.end }, answerKind: c.kind };
    if (informativeBlank(cand, a) || blankChoice(cand, a)) continue;
    if (best < 0) best = c.p;
    out.push(cand);
  }
  return out;
}
