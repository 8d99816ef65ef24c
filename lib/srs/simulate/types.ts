// Inputs and outputs of the workload simulator (lib/srs/simulate).
import type { Random } from "@/lib/optimizer/random";

/** A card the student has already learned, relative to day 0 (today). */
export type ExistingCard = {
  stability: number;
  difficulty: number;
  /** Days since the last review (>= 0). */
  elapsedDays: number;
  /** Day index it is due (0 = today; overdue cards are due today). */
  dueDay: number;
};

/** Behaviour of the simulated student, in fsrs-rs's terms (its defaults in DEFAULT_BEHAVIOUR). */
export type Behaviour = {
  firstRatingProb: readonly [number, number, number, number];
  reviewRatingProb: readonly [number, number, number]; // Hard, Good, Easy among recalled
  learningStepTransitions: readonly (readonly number[])[]; // row: previous rating Again/Hard/Good
  relearningStepTransitions: readonly (readonly number[])[];
  /** Seconds per answer by state (learning, review, relearning) and rating. */
  stateRatingCosts: readonly (readonly number[])[];
};

export type SimulatorInput = {
  weights: readonly number[]; // FSRS-6, 21 numbers
  desiredRetention: number;
  days: number;
  newPerDay: number;
  reviewsPerDay: number;
  maximumInterval: number;
  learningSteps: number; // how many learning steps the deck has
  relearningSteps: number;
  existing: readonly ExistingCard[];
  newCards: number; // unseen cards, introduced in order at newPerDay
  behaviour?: Partial<Behaviour>;
  random: Random;
};

export type SimulationResult = {
  desiredRetention: number;
  reviewsPerDay: number[]; // answers to review-state cards (each lapse's relearning steps cost minutes, not counts)
  learnedPerDay: number[]; // new cards introduced
  minutesPerDay: number[];
  memorizedPerDay: number[]; // sum of retrievability over every card learned so far, each day
  totalReviews: number;
  totalMinutes: number;
  memorizedAtEnd: number;
};
