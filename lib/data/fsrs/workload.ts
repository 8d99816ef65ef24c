import "server-only";
// "What would this retention cost me?": simulated reviews per day at 0.80/0.85/0.90/0.95 (and the
// current target) for the cards of a scope, under the student's weights. The simulation is pure
// CPU (lib/optimizer/workload, ~50 ms for 300 cards, ~0.6 s for 10,000), so results are memoised
// per input for a few minutes: the page re-renders on every poll of a running job.
import { default_w } from "ts-fsrs";
import { DEFAULT_RETENTIONS, simulateWorkload, type WorkloadResult } from "@/lib/optimizer";
import { q } from "../pg";
import { STUDYABLE_DECK_SQL, requireOwnedDeck } from "../access";
import { requireScope } from "./scope";
import { DECK_OPTION_COLUMNS, PERSONAL_COLUMNS, PERSONAL_WEIGHTS_JOIN, deckOptionsOf, type DeckOptionRow } from "../review/deck-options";
import { effectiveWeights } from "./params";

export type WorkloadView = {
  deckSize: number;
  newPerDay: number;
  maximumInterval: number;
  currentRetention: number;
  personalWeights: boolean;
  results: WorkloadResult[];
};

const memo = new Map<string, { at: number; value: WorkloadResult[] }>();
const MEMO_MS = 5 * 60_000;

function simulate(weights: readonly number[], deckSize: number, newPerDay: number, maximumInterval: number, retentions: number[]): WorkloadResult[] {
  const key = JSON.stringify([weights, deckSize, newPerDay, maximumInterval, retentions]);
  const hit = memo.get(key);
  if (hit && Date.now() - hit.at < MEMO_MS) return hit.value;
  // Small decks give noisy single runs: average more of them, keeping the total work bounded
  // (cost grows with cards simulated; ~1,500 card-years is about 0.1 s).
  const runs = Math.max(1, Math.min(8, Math.floor(1500 / Math.max(1, deckSize))));
  const value = simulateWorkload({ weights, deckSize, newPerDay, maximumInterval, retentions, runs });
  if (memo.size > 200) memo.clear();
  memo.set(key, { at: Date.now(), value });
  return value;
}

function retentionsWith(current: number): number[] {
  const rounded = Math.round(current * 100) / 100;
  return [...new Set([...DEFAULT_RETENTIONS, rounded])].sort((a, b) => a - b);
}

/** Workload of the student's cards in a scope, with their weights and their effective retention. */
export async function studentWorkload(userId: string, scopeId: string): Promise<WorkloadView> {
  const scope = await requireScope(userId, scopeId);
  // The same deck options and personal settings the scheduler reads, so "current" is what grading uses.
  const rows = await q<DeckOptionRow & { id: string }>(
    `SELECT d.id, ${DECK_OPTION_COLUMNS}, ${PERSONAL_COLUMNS} FROM "Deck" d ${PERSONAL_WEIGHTS_JOIN}
     WHERE ${STUDYABLE_DECK_SQL} ${scope.deckIds ? "AND d.id = ANY($2)" : scope.deckId ? "AND d.id = $2" : ""}`,
    scope.deckIds ? [userId, scope.deckIds] : scope.deckId ? [userId, scope.deckId] : [userId],
  );
  const decks = rows.map(deckOptionsOf);
  const [{ n: deckSize }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "Card" WHERE "deckId" = ANY($1)`, [rows.map((d) => d.id)]);
  // Across decks: their new-card limits add up, the longest maximum interval applies, and the
  // target is the average (per-deck targets differ only when set so).
  const newPerDay = Math.max(1, decks.length ? decks.reduce((sum, d) => sum + d.newPerDay, 0) : 20);
  const maximumInterval = decks.length ? Math.max(...decks.map((d) => d.maximumInterval)) : 36500;
  const currentRetention = decks.length ? decks.reduce((sum, d) => sum + d.desiredRetention, 0) / decks.length : 0.9;
  const { weights, personal } = await effectiveWeights(userId, scope.scope);
  return { deckSize, newPerDay, maximumInterval, currentRetention, personalWeights: personal, results: simulate(weights, deckSize, newPerDay, maximumInterval, retentionsWith(currentRetention)) };
}

/** Workload of one of the owner's decks for a typical student (default FSRS-6 weights). */
export async function deckWorkload(ownerId: string, deckId: string): Promise<WorkloadView> {
  const deck = await requireOwnedDeck(ownerId, deckId);
  const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "Card" WHERE "deckId" = $1`, [deckId]);
  return {
    deckSize: n, newPerDay: Math.max(1, deck.newPerDay), maximumInterval: deck.maximumInterval, currentRetention: deck.desiredRetention, personalWeights: false,
    results: simulate(default_w, n, Math.max(1, deck.newPerDay), deck.maximumInterval, retentionsWith(deck.desiredRetention)),
  };
}
