// Shapes of the card evaluation: the instructor's labels (docs/card-rubric.md) and the cards they
// are matched to. Plain data, no generator internals: a label never sees a score, rule or flag.

export const LABELS = ["accept", "edit", "reject"] as const;
export type LabelValue = (typeof LABELS)[number];

export const REASONS = [
  "wrong-or-trivial-blank",
  "not-standalone",
  "garbled-or-cut",
  "duplicate",
  "wrong-answer",
  "not-worth-learning",
  "other",
] as const;
export type ReasonCode = (typeof REASONS)[number];

/** What a rater sees of a card, and all that is needed to find it again in a later run. */
export interface EvalCard {
  kind: "qa" | "cloze";
  front: string;
  back: string;
  /** The card's context line (GeneratedCard.context), shown above the question: part of its identity. */
  context?: string;
  sentence: string; // the source sentence's text
}

export interface CardLabel extends EvalCard {
  fixture: string;
  label: LabelValue;
  reason: ReasonCode | null; // required for edit and reject
  note?: string;
  rater: string;
}
