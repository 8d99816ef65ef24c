import type { CleanChapter } from "@/lib/chapters/types";

export interface CardSource {
  chapter: number;
  chapterTitle: string;
  page: string | null;
  sentence: number;
  sentenceIds: number[];
  span: [number, number]; // offsets into CleanChapter.text of the answer (or of the sentence)
}

export interface GeneratedCard {
  kind: "qa" | "cloze";
  front: string;
  back: string;
  /** A short line printed above the question so the card stands alone ("Orlen Vance"; Anki's "Context" field); part of the card's front. */
  context?: string;
  source: CardSource;
  rule: string;
  score: number; // 0..1
  flags: string[];
  /** Question type of the pipeline (cause, definition, cloze, …); absent on legacy cards. */
  type?: string;
  /** One line: the features that ranked the card high. */
  why?: string;
  /** The publishability floor's predicted probability that a strict rater rejects the card (lib/cards/floor); generated cards only. */
  reject?: number;
  /** The ranker's feature vector (names in lib/cards/rank/features.ts), for learning from review decisions. */
  features?: number[];
}

export interface GenerateOptions {
  max?: number;
  now?: Date;
  /** Ranker weights to use instead of the shipped ones (a deck's refitted model), with their calibration and cut (lib/cards/rank/calibrate.ts). */
  weights?: { source: string; weights: Record<string, number>; calibration?: { a: number; b: number }; cut?: { p: number; min: number } };
  /** The book's author as the user or the file's metadata names them (lets a first-person narrator be named). */
  author?: string;
}

export interface CardGenerator {
  name: string;
  generate(chapter: CleanChapter, opts?: GenerateOptions): Promise<GeneratedCard[]>;
}
