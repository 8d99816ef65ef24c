// Puts a (synthetic) review history into the database for one student and deck: one basic note and
// card per history card, then every answer through the data layer's bulk history writer.
import { randomUUID } from "node:crypto";
import { q } from "@/lib/data/pg";
import { insertReviewHistory, type PastAnswer } from "@/lib/data/review-history";
import type { ReviewRow } from "@/lib/optimizer";
import type { DeckOptions, Rating } from "@/lib/srs/types";

export const HISTORY_OPTIONS: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"],
  newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND", enableFuzz: false,
};

export async function seedReviewHistory(userId: string, deckId: string, rows: readonly ReviewRow[]): Promise<{ cards: number; reviews: number }> {
  const synthetic = [...new Set(rows.map((r) => r.cardId))];
  const noteIds = synthetic.map(() => randomUUID()), cardIds = synthetic.map(() => randomUUID());
  await q(`INSERT INTO "Note" (id, "deckId", kind, front, back, position, "updatedAt")
           SELECT n, $1, 'BASIC', 'Q ' || i, 'A ' || i, i, now() FROM unnest($2::text[]) WITH ORDINALITY AS t(n, i)`, [deckId, noteIds]);
  await q(`INSERT INTO "Card" (id, "noteId", "deckId", ordinal, position)
           SELECT c, n, $1, 0, i * 100 FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(c, n, i)`, [deckId, cardIds, noteIds]);
  const cardOf = new Map(synthetic.map((s, i) => [s, cardIds[i]]));
  const answers: PastAnswer[] = rows.map((r) => ({ cardId: cardOf.get(r.cardId)!, rating: r.rating as Rating, review: r.review }));
  return insertReviewHistory(userId, deckId, answers, HISTORY_OPTIONS);
}
