export type CandidateDto = {
  id: string; kind: string; front: string; back: string; context: string | null; page: string | null; sentenceIds: number[];
  rule: string; score: number; flags: string[]; status: "PENDING" | "APPROVED" | "REJECTED" | "PUBLISHED"; edited: boolean;
  /** The ranker's strongest features in plain words (lib/card-review rankedForLine); null when the card has no ranker reason or none of its features has a phrase. */
  rankedFor: string | null;
  /** The floor's p(reject) (null: generated before it, or by the LLM); `rejectReason` is set only on a pending likely reject (lib/card-review). */
  reject: number | null; rejectReason: string | null;
};

export type SourceSentence = { id: number; text: string; page: string | null; paragraph: number };
