import type { EntityKind } from "../analyse";
import type { CompressOp } from "../compress/types";

export const CORE_QUESTION_TYPES = ["cloze", "who", "what", "when", "where", "object", "cause", "consequence", "mechanism", "definition", "comparison", "enumeration", "gist"] as const;
// Rule ids added later (session 7: numbered or named schemes, named laws). Their ranker features go
// at the end of FEATURE_NAMES, so weights fitted before them (by name) still line up; unknown weights are 0.
export const LATER_QUESTION_TYPES = ["scheme", "law"] as const;
// Session 7, wave 2: a general claim with the blank on its predicate (candidates/predicate.ts). Its
// feature goes after "scene-noun", the last feature before it.
export const PREDICATE_QUESTION_TYPES = ["predicate"] as const;
// Session 8: a claim and its reason, or a question and its answer, across two sentences
// (candidates/argument.ts). Its feature goes last in FEATURE_NAMES.
export const ARGUMENT_QUESTION_TYPES = ["argument"] as const;
// Session 11: a paragraph's thesis (lib/cards/claims). No ranker feature of its own (FEATURE_NAMES is
// unchanged, so an instructor's stored decisions still line up); the ranker scores it by its other features.
export const THESIS_QUESTION_TYPES = ["thesis"] as const;
export const QUESTION_TYPES = [...CORE_QUESTION_TYPES, ...LATER_QUESTION_TYPES, ...PREDICATE_QUESTION_TYPES, ...ARGUMENT_QUESTION_TYPES, ...THESIS_QUESTION_TYPES] as const;
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
  /** Sentences a clause of which the card carries, checked by the candidate's maker rather than the
   * gates (an experiment's set-up read from a sentence whose other parts are broken: lib/cards/experiment). Cited with the card. */
  linked?: number[];
  /** Sentence-compression ops that left material out of the card (../compress). */
  compressed?: CompressOp[];
  /** A claim card (../claim-card): kept only where no other card of its sentence passes. */
  claimCard?: true;
  /** A line shown above the front that names what it points to (../context-line), when admitted with one. */
  context?: string;
};
