import "server-only";
// The FSRS simulator on a student's own deck: their weights, the deck's steps and daily limits,
// their cards' memory states and due days, and the cards they have not seen yet.
import { default_w } from "ts-fsrs";
import { simulateRetentions, type ExistingCard, type SimulationResult } from "@/lib/srs/simulate";
import { validSteps } from "@/lib/srs/scheduler";
import { q } from "../pg";
import { canStudyDeck } from "../access";
import { NotFoundError, ValidationError } from "../errors";
import { deckOptionsFor } from "../review/deck-options";

const DAY_MS = 86_400_000;
export const SIMULATOR_RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;

export type SimulatorView = {
  days: number;
  cards: number; // learned cards simulated from their state
  newCards: number;
  newPerDay: number;
  reviewsPerDay: number;
  currentRetention: number;
  personalWeights: boolean;
  results: SimulationResult[];
};

const memo = new Map<string, { at: number; value: SimulatorView }>();
const MEMO_MS = 2 * 60_000;

export async function simulateDeck(userId: string, deckId: string, now: Date, opts: { days?: number } = {}): Promise<SimulatorView> {
  const days = opts.days ?? 365;
  if (!Number.isInteger(days) || days < 7 || days > 1825) throw new ValidationError("Simulate between 7 and 1,825 days.", "days");
  if (!(await canStudyDeck(userId, deckId))) throw new NotFoundError("That deck");
  const options = (await deckOptionsFor(userId, [deckId])).get(deckId)!;
  const [states, [{ n: unseen }]] = await Promise.all([
    q<{ stability: number; difficulty: number; due: Date; lastReview: Date | null }>(
      `SELECT stability, difficulty, due, "lastReview" FROM "CardState"
       WHERE "userId" = $1 AND "deckId" = $2 AND state <> 0 AND NOT suspended AND stability > 0`, [userId, deckId]),
    q<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Card" c LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
       WHERE c."deckId" = $2 AND (s.id IS NULL OR (s.state = 0 AND NOT s.suspended))`, [userId, deckId]),
  ]);
  const existing: ExistingCard[] = states.map((s) => ({
    stability: s.stability, difficulty: s.difficulty,
    elapsedDays: s.lastReview ? Math.max(0, Math.floor((now.getTime() - s.lastReview.getTime()) / DAY_MS)) : 0,
    dueDay: Math.max(0, Math.floor((s.due.getTime() - now.getTime()) / DAY_MS)),
  }));
  const current = Math.round(options.desiredRetention * 100) / 100;
  const retentions = [...new Set([...SIMULATOR_RETENTIONS, current])].sort((a, b) => a - b);
  const input = {
    weights: options.weights ?? [...default_w], days, newPerDay: options.newPerDay, reviewsPerDay: options.reviewsPerDay,
    maximumInterval: options.maximumInterval, learningSteps: validSteps(options.learningSteps).length,
    relearningSteps: validSteps(options.relearningSteps).length, existing, newCards: unseen,
  };
  const key = JSON.stringify([userId, deckId, Math.floor(now.getTime() / DAY_MS), input.weights, days, states.length, unseen, retentions, options]);
  const hit = memo.get(key);
  if (hit && Date.now() - hit.at < MEMO_MS) return hit.value;
  const value: SimulatorView = {
    days, cards: existing.length, newCards: unseen, newPerDay: options.newPerDay, reviewsPerDay: options.reviewsPerDay,
    // Small decks are noisy in one run: average up to 8, keeping the work near 10,000 card-runs.
    currentRetention: current, personalWeights: !!options.weights,
    results: simulateRetentions(input, retentions, 42, Math.min(8, Math.max(1, Math.floor(10_000 / Math.max(1, existing.length + unseen))))),
  };
  if (memo.size > 100) memo.clear();
  memo.set(key, { at: Date.now(), value });
  return value;
}
