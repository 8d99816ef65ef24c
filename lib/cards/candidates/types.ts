import type { EntityKind } from "../analyse";

export const QUESTION_TYPES = ["cloze", "who", "what", "when", "where", "object", "cause", "consequence", "mechanism", "definition", "comparison", "enumeration", "gist"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type AnswerKind = EntityKind | "term" | "phrase" | "clause" | "list";
export const ANSWER_KINDS: AnswerKind[] = ["person", "place", "org", "group", "name", "date", "number", "term", "phrase", "clause", "list"];

/** A card proposed from one sentence (and perhaps its neighbours), before gates and ranking. */
export type Candidate = {
  kind: "qa" | "cloze";
  type: QuestionType;
  front: string;
  back: string;
  sentence: number;
  extra: number[]; // other sentences the card uses (antecedent, previous sentence)
  answer: { start: number; end: number } | null; // offsets into the analysed sentence text
  answerKind: AnswerKind;
};
