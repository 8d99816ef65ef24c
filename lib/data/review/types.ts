// DTOs the review screen receives. Plain JSON-safe data (dates as ISO strings).
export type { Segment } from "@/lib/notes/render";
import type { Segment } from "@/lib/notes/render";

export type StudyCard = {
  cardId: string;
  noteId: string;
  deckId: string;
  deckTitle: string;
  kind: "BASIC" | "REVERSED" | "CLOZE";
  ordinal: number;
  front: Segment[];
  back: Segment[];
  extra: string; // note back text shown under a cloze answer
  context: string | null; // the note's context line, shown in small type above the question on both sides
  source: string | null; // e.g. "Lessons of October, p. 4"
  version: number | null;
  state: number;
  leech: boolean;
  tags: string[];
};

export type IntervalPreview = Record<"1" | "2" | "3" | "4", string>;

export type QueueCounts = { learning: number; review: number; new: number };

export type StudyView = {
  card: StudyCard | null;
  preview: IntervalPreview | null;
  counts: QueueCounts;
  nextLearningDue: string | null; // when the queue is empty but learning cards come back later today
  deckId: string | null; // null = all decks
  today: { reviews: number; seconds: number };
};
