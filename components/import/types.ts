export type CandidateDto = {
  id: string; kind: string; front: string; back: string; context: string | null; page: string | null; sentenceIds: number[];
  rule: string; score: number; flags: string[]; why: string | null; status: "PENDING" | "APPROVED" | "REJECTED" | "PUBLISHED"; edited: boolean;
};

export type SourceSentence = { id: number; text: string; page: string | null; paragraph: number };
