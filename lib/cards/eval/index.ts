// Card evaluation: labels, matching, figures, rater agreement and the blind labelling queue.
// Framework-free; the scripts (scripts/eval-cards.ts, scripts/label-queue.ts) do the file work.
export * from "./types";
export { normalise, cardKey, sentenceKey, contextKey } from "./normalise";
export { LabelIndex, parseLabels, formatLabels, labelProblem, type Match } from "./labels";
export { scoreChapter, pool, pairLabels, type ChapterFigures, type PooledFigures, type GoldFact } from "./metrics";
export { duplicateIndexes, isDuplicateOf } from "./duplicates";
export { cohenKappa } from "./kappa";
export { baselineProblems, type BaselineFigures } from "./baseline";
export { extendQueue, takeLabelled, mergeLabels, shuffle, type QueueItem } from "./queue";
export { matchLabels, sentenceFinder, answerKey, overlap, SENTENCE_OVERLAP, FRONT_OVERLAP, type LabelMatch, type MatchCandidate, type MatchedBy } from "./match";
