import type { DeckOptions } from "@/lib/srs/types";

export type DeckOptionRow = {
  desiredRetention: number;
  maximumInterval: number;
  learnSteps: string[]; // aliased: CardState has its own "learningSteps" column
  relearnSteps: string[];
  newPerDay: number;
  reviewsPerDay: number;
  leechThreshold: number;
  leechAction: "SUSPEND" | "TAG_ONLY";
  weights: number[] | null; // the student's personal FSRS weights, when they have optimized them
};

export const DECK_OPTION_COLUMNS = `d."desiredRetention", d."maximumInterval", d."learningSteps" AS "learnSteps", d."relearningSteps" AS "relearnSteps",
  d."newPerDay", d."reviewsPerDay", d."leechThreshold", d."leechAction"`;

export function deckOptionsOf(row: DeckOptionRow): DeckOptions {
  return {
    desiredRetention: row.desiredRetention, maximumInterval: row.maximumInterval,
    learningSteps: row.learnSteps, relearningSteps: row.relearnSteps,
    newPerDay: row.newPerDay, reviewsPerDay: row.reviewsPerDay,
    leechThreshold: row.leechThreshold, leechAction: row.leechAction,
    ...(row.weights && row.weights.length === 21 ? { weights: row.weights } : {}),
  };
}

/** The student's personal FSRS weights for deck alias `d`: fitted on that deck if they did so, else on all decks. */
export const PERSONAL_WEIGHTS_JOIN = `LEFT JOIN LATERAL (
  SELECT fp.weights FROM "FsrsParams" fp WHERE fp."userId" = $1 AND fp.scope IN (d.id, 'all')
  ORDER BY fp.scope = 'all' LIMIT 1) p ON true`;
