// Small chapters for pipeline tests: plain text through the real clean-up and analysis.
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";

export function analyse(text: string): Analysis {
  const chapter = cleanDocument(`# Chapter 1. Test\n\n${text}\n`, { filename: "test.md" }).chapters[0];
  return analyseChapter(chapter);
}

export function candidates(text: string): { a: Analysis; all: Candidate[] } {
  const a = analyse(text);
  return { a, all: overgenerate(a) };
}

/** A candidate for gate tests, on sentence `sentence` of the analysis. */
export function cand(over: Partial<Candidate>): Candidate {
  return { kind: "qa", type: "what", front: "What is x?", back: "x", sentence: 0, extra: [], answer: null, answerKind: "phrase", ...over };
}
