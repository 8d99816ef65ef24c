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
  const decks = await q<{ id: string; newPerDay: number; maximumInterval: number; retention: number }>(
    `SELECT d.id, d."newPerDay", d."maximumInterval", COALESCE(pr."desiredRetention", d."desiredRetention") AS retention
     FROM "Deck" d
     LEFT JOIN LATERAL (SELECT fp."desiredRetention" FROM "FsrsParams" fp WHERE fp."userId" = $1 AND fp.scope IN (d.id, 'all')
       AND fp."desiredRetention" IS NOT NULL ORDER BY fp.scope = 'all' LIMIT 1) pr ON true
     WHERE ${STUDYABLE_DECK_SQL} ${scope.deckId ? "AND d.id = $2" : ""}`,
    scope.deckId ? [userId, scope.deckId] : [userId],
  );
  const [{ n: cards }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "Card" WHERE "deckId" = ANY($1)`, [decks.map((d) => d.id)]);
  // Across decks: their new-card limits add up, the longest maximum interval applies, and the
  // target is the average (per-deck targets differ only when set so).
  const row = decks.length ? {
    cards, newPerDay: decks.reduce((s, d) => s + d.newPerDay, 0), maximumInterval: Math.max(...decks.map((d) => d.maximumInterval)),
    retention: decks.reduce((s, d) => s + d.retention, 0) / decks.length,
  } : null;
  const { weights, personal } = await effectiveWeights(userId, scope.scope);
  const deckSize = row?.cards ?? 0, newPerDay = Math.max(1, row?.newPerDay ?? 20), maximumInterval = row?.maximumInterval ?? 36500;
  const currentRetention = row?.retention ?? 0.9;
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
