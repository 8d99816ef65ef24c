export type CandidateDto = {
  id: string; kind: string; front: string; back: string; context: string | null; page: string | null; sentenceIds: number[];
  rule: string; score: number; flags: string[]; why: string | null; status: "PENDING" | "APPROVED" | "REJECTED" | "PUBLISHED"; edited: boolean;
  /** The floor's p(reject) (null: generated before it, or by the LLM); `rejectReason` is set only on a pending likely reject (lib/card-review). */
  reject: number | null; rejectReason: string | null;
};

export type SourceSentence = { id: number; text: string; page: string | null; paragraph: number };
