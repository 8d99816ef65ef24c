// Generated cards as CardCandidate rows: shared by the import job and regeneration.
import type { GeneratedCard } from "@/lib/cards";
import { normalizeContext } from "@/lib/notes/context";

export const CANDIDATES_PER_CHAPTER = 60;

export function candidateRows(chapterId: string, cards: GeneratedCard[], startPosition = 0) {
  return cards.map((c, i) => ({
    chapterId, kind: c.kind, front: c.front, back: c.back, context: normalizeContext(c.context), page: c.source.page, sentenceIds: c.source.sentenceIds,
    spanStart: c.source.span[0], spanEnd: c.source.span[1], rule: c.rule, score: c.score, flags: c.flags,
    why: c.why ?? null, ...(c.features ? { features: c.features } : {}),
    reject: c.reject ?? null, rejectWhy: c.rejectWhy ?? [],
    position: startPosition + i,
  }));
}
