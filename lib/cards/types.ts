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
  /** The floor's features that raise `reject` most against the chapter's other cards ("low:centrality"; phrases in lib/cards/floor/reasons.ts). */
  rejectWhy?: string[];
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
  /** The book's title as the import names it; the situation line cites it when the chapter's own title is a file's name. */
  title?: string;
  /** Print a situation line (author, chapter, section, a narrative's place and date; lib/cards/situation) in `context`. Default SITUATION_ON (off; LECTERN_SITUATION=1). */
  situation?: boolean;
}

export interface CardGenerator {
  name: string;
  generate(chapter: CleanChapter, opts?: GenerateOptions): Promise<GeneratedCard[]>;
}
