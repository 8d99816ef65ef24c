import type { DeckOptions } from "@/lib/srs/types";
import { q } from "../pg";

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
  personalRetention: number | null; // the student's own retention target, when they set one
};

export const DECK_OPTION_COLUMNS = `d."desiredRetention", d."maximumInterval", d."learningSteps" AS "learnSteps", d."relearningSteps" AS "relearnSteps",
  d."newPerDay", d."reviewsPerDay", d."leechThreshold", d."leechAction"`;

export function deckOptionsOf(row: DeckOptionRow): DeckOptions {
  return {
    desiredRetention: row.personalRetention ?? row.desiredRetention, maximumInterval: row.maximumInterval,
    learningSteps: row.learnSteps, relearningSteps: row.relearnSteps,
    newPerDay: row.newPerDay, reviewsPerDay: row.reviewsPerDay,
    leechThreshold: row.leechThreshold, leechAction: row.leechAction,
    ...(row.weights && row.weights.length === 21 ? { weights: row.weights } : {}),
  };
}

/**
 * The weights that schedule user `userCol`'s cards of deck alias `d`, as `alias`.weights (null: the
 * FSRS defaults). A column rather than $1 so that readiness can join it for a whole class at once.
 */
export function personalWeightsJoin(userCol: string, alias: string): string {
  return `LEFT JOIN LATERAL (
  SELECT fp.weights FROM "FsrsParams" fp WHERE fp."userId" = ${userCol} AND fp.scope IN (d.id, 'preset:' || d."presetId", 'all') AND cardinality(fp.weights) = 21
  ORDER BY CASE fp.scope WHEN d.id THEN 0 WHEN 'all' THEN 2 ELSE 1 END LIMIT 1) ${alias} ON true`;
}

/**
 * The student's (user $1) personal settings for deck alias `d`: FSRS weights fitted on that deck if
 * they did so, else on the deck's preset (its owner's "optimize preset"), else on all decks; likewise their own desired retention. Looked up separately, since
 * a deck-scope row may carry only a retention target while the weights come from "all decks".
 */
export const PERSONAL_WEIGHTS_JOIN = `${personalWeightsJoin("$1", "p")}
  LEFT JOIN LATERAL (
  SELECT fp."desiredRetention" AS "personalRetention" FROM "FsrsParams" fp WHERE fp."userId" = $1 AND fp.scope IN (d.id, 'all') AND fp."desiredRetention" IS NOT NULL
  ORDER BY fp.scope = 'all' LIMIT 1) pr ON true`;

/** The columns PERSONAL_WEIGHTS_JOIN adds, for DeckOptionRow. */
export const PERSONAL_COLUMNS = `p.weights, pr."personalRetention"`;

/** Each deck's options as the scheduler applies them for user `userId` (personal weights and retention included). */
export async function deckOptionsFor(userId: string, deckIds: string[]): Promise<Map<string, DeckOptions>> {
  const rows = await q<DeckOptionRow & { id: string }>(
    `SELECT d.id, ${DECK_OPTION_COLUMNS}, ${PERSONAL_COLUMNS} FROM "Deck" d ${PERSONAL_WEIGHTS_JOIN} WHERE d.id = ANY($2)`,
    [userId, deckIds],
  );
  return new Map(rows.map((r) => [r.id, deckOptionsOf(r)]));
}
