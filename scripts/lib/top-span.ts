// The cloze the best-scored span of a sentence would give, as the cloze maker builds it: the audits
// that ask why a sentence offered no card (scripts/fate-audit.ts, scripts/recall-loss.ts) read this
// candidate's refusal from the blank checks (informative-blank, blank-choice).
import type { Analysis } from "@/lib/cards/analyse";
import type { Candidate } from "@/lib/cards/candidates";
import { blank } from "@/lib/cards/candidates/cloze";
import { scoredSpans } from "@/lib/cards/spans/model";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { blankChoiceWith } from "@/lib/cards/gates/blank-choice";

/** Sentence `i`'s top span (with its p) and its cloze candidate, or null when the sentence has no span. */
export function topSpanCloze(a: Analysis, i: number): { p: number; cand: Candidate } | null {
  const s = a.sentences[i];
  const top = scoredSpans(s, a)[0];
  if (!top) return null;
  const cand: Candidate = { kind: "cloze", type: "cloze", front: blank(s, top.start, top.end), back: s.text.slice(top.start, top.end), sentence: i, extra: [], answer: { start: top.start, end: top.end }, answerKind: top.kind };
  return { p: top.p, cand };
}

// Why a sentence with no candidate offered no cloze: its best-scored span's refusal (the blank checks
// the cloze maker applies, as scripts/fate-audit.ts reads them), or no span at all (scripts/recall-loss.ts,
// scripts/argument-funnel.ts).
export function spanRefusal(a: Analysis, i: number): string {
  const top = topSpanCloze(a, i);
  if (!top) return "no span";
  const why = informativeBlank(top.cand, a) ?? blankChoiceWith(top.cand, a, true);
  // A single quote counts only with no letter outside it, so possessives ("the sentence's subject") stay.
  return why ? why.replace(/".*"|\(.*\)|“.*”|(?<!\w)'[^']*'(?!\w)/g, "…").slice(0, 60) : "top span passes (a lower margin / incidental rule)";
}
