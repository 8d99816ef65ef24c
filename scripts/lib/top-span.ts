// The cloze the best-scored span of a sentence would give, as the cloze maker builds it: the audits
// that ask why a sentence offered no card (scripts/fate-audit.ts, scripts/recall-loss.ts) read this
// candidate's refusal from the blank checks (informative-blank, blank-choice).
import type { Analysis } from "@/lib/cards/analyse";
import type { Candidate } from "@/lib/cards/candidates";
import { blank } from "@/lib/cards/candidates/cloze";
import { scoredSpans } from "@/lib/cards/spans/model";

/** Sentence `i`'s top span (with its p) and its cloze candidate, or null when the sentence has no span. */
export function topSpanCloze(a: Analysis, i: number): { p: number; cand: Candidate } | null {
  const s = a.sentences[i];
  const top = scoredSpans(s, a)[0];
  if (!top) return null;
  const cand: Candidate = { kind: "cloze", type: "cloze", front: blank(s, top.start, top.end), back: s.text.slice(top.start, top.end), sentence: i, extra: [], answer: { start: top.start, end: top.end }, answerKind: top.kind };
  return { p: top.p, cand };
}
