// The generator: analyse (NLP toolkit) → overgenerate (every question type) → hard gates → rank
// (fitted logistic model) → select (one card per fact, spread). Deterministic, CPU only.
import type { CleanChapter } from "@/lib/chapters/types";
import type { GeneratedCard, GenerateOptions } from "./types";
import { analyseChapter, type Analysis } from "./analyse";
import { overgenerate, type Candidate } from "./candidates";
import { gate } from "./gates";
import { DEFAULT_WEIGHTS, rank, why, type Weights } from "./rank/model";
import { select, type Ranked } from "./select";

export function toCard(r: Ranked, a: Analysis, w: Weights): GeneratedCard {
  const { c } = r;
  const s = a.chapter.sentences[c.sentence];
  const as = a.sentences[c.sentence];
  // Offsets are into the analysed text; when a pronoun was replaced they are found again in the original.
  let span: [number, number] = [s.start, s.end];
  if (c.answer && as.text === s.text) span = [s.start + c.answer.start, s.start + c.answer.end];
  else if (c.answer) {
    const at = s.text.indexOf(as.text.slice(c.answer.start, c.answer.end));
    if (at >= 0) span = [s.start + at, s.start + at + (c.answer.end - c.answer.start)];
  }
  return {
    kind: c.kind, front: c.front, back: c.back, rule: c.type, type: c.type, score: Math.round(r.p * 1000) / 1000,
    flags: as.pronoun?.resolved ? ["resolved-pronoun"] : [], why: why(r.x, w), features: r.x,
    source: { chapter: a.chapter.index, chapterTitle: a.chapter.title, page: s.page, sentence: s.id, sentenceIds: [s.id, ...c.extra.filter((e) => e !== s.id)], span },
  };
}

/** Candidates that pass every gate, scored, in source order. */
export function rankedCandidates(chapter: CleanChapter, w: Weights = DEFAULT_WEIGHTS): { a: Analysis; ranked: Ranked[] } {
  const a = analyseChapter(chapter);
  const passed: Candidate[] = overgenerate(a).filter((c) => !gate(c, a));
  const ranked = rank(passed, a, w).map((r) => ({ ...r, section: a.sentences[r.c.sentence].section }));
  return { a, ranked };
}

export function candidateCards(chapter: CleanChapter, opts: GenerateOptions = {}): GeneratedCard[] {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const { a, ranked } = rankedCandidates(chapter, w);
  return ranked.map((r) => toCard(r, a, w));
}

export function generateCards(chapter: CleanChapter, opts: GenerateOptions = {}): GeneratedCard[] {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const { a, ranked } = rankedCandidates(chapter, w);
  return select(ranked, opts.max ?? 40).map((r) => toCard(r, a, w));
}
