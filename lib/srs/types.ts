// Plain scheduling shapes shared by the scheduler, the queue and the data layer.
export type Rating = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy
export type CardStateValue = 0 | 1 | 2 | 3; // New, Learning, Review, Relearning (ts-fsrs State)

/** One student's memory of one card: exactly the scheduling fields of a CardState row. */
export type MemoryState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateValue;
  lastReview: Date | null;
};

export type DeckOptions = {
  desiredRetention: number;
  maximumInterval: number; // days
  learningSteps: string[]; // e.g. ["1m", "10m"]
  relearningSteps: string[];
  newPerDay: number;
  reviewsPerDay: number;
  leechThreshold: number;
  leechAction: "SUSPEND" | "TAG_ONLY";
  weights?: number[]; // personal FSRS-6 weights (21), default parameters when absent
  enableFuzz?: boolean; // default true; tests turn it off to compare with ts-fsrs directly
};

export type ReviewLogFields = {
  rating: Rating;
  state: CardStateValue; // before the review
  due: Date; // before the review
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
};
