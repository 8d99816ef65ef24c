// Puts a (synthetic) review history into the database for one student and deck: one basic note and
// card per history card, every answer as a ReviewLog, and each card's CardState as the scheduler
// would have left it (the history replayed with the deck's options). Bulk SQL: thousands of rows.
import { randomUUID } from "node:crypto";
import { q } from "@/lib/data/pg";
import { replayHistory, type ReviewRow } from "@/lib/optimizer";
import type { DeckOptions } from "@/lib/srs/types";

const OPTIONS: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"],
  newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND", enableFuzz: false,
};

export async function seedReviewHistory(userId: string, deckId: string, rows: readonly ReviewRow[]): Promise<{ cards: number; reviews: number }> {
  const byCard = new Map<string, ReviewRow[]>();
  for (const r of rows) byCard.set(r.cardId, [...(byCard.get(r.cardId) ?? []), r]);
  const synthetic = [...byCard.keys()];
  const noteIds = synthetic.map(() => randomUUID()), cardIds = synthetic.map(() => randomUUID());
  await q(`INSERT INTO "Note" (id, "deckId", kind, front, back, position, "updatedAt")
           SELECT n, $1, 'BASIC', 'Q ' || i, 'A ' || i, i, now() FROM unnest($2::text[]) WITH ORDINALITY AS t(n, i)`, [deckId, noteIds]);
  await q(`INSERT INTO "Card" (id, "noteId", "deckId", ordinal, position)
           SELECT c, n, $1, 0, i * 100 FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(c, n, i)`, [deckId, cardIds, noteIds]);
  const cardOf = new Map(synthetic.map((s, i) => [s, cardIds[i]]));
  const logs = rows.map((r) => [randomUUID(), cardOf.get(r.cardId)!, r.rating, r.state, r.review.toISOString()] as const);
  for (let i = 0; i < logs.length; i += 5000) {
    const chunk = logs.slice(i, i + 5000);
    await q(`INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review)
             SELECT id, $1, c, $2, r, s, rv, 0, 0, 0, 0, 0, 0, rv
             FROM unnest($3::text[], $4::text[], $5::int[], $6::int[], $7::timestamp[]) AS t(id, c, r, s, rv)`,
      [userId, deckId, chunk.map((l) => l[0]), chunk.map((l) => l[1]), chunk.map((l) => l[2]), chunk.map((l) => l[3]), chunk.map((l) => l[4])]);
  }
  const states = synthetic.map((s) => {
    const m = replayHistory(byCard.get(s)!.map((r) => ({ rating: r.rating, review: r.review, state: r.state })), OPTIONS)!;
    const history = byCard.get(s)!;
    return { id: randomUUID(), cardId: cardOf.get(s)!, m, reps: history.length, lapses: history.filter((r) => r.rating === 1 && r.state === 2).length };
  });
  await q(`INSERT INTO "CardState" (id, "userId", "cardId", "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview", "updatedAt")
           SELECT id, $1, c, $2, due, st, di, 0, sd, 0, reps, lapses, state, lr, now()
           FROM unnest($3::text[], $4::text[], $5::timestamp[], $6::float8[], $7::float8[], $8::int[], $9::int[], $10::int[], $11::int[], $12::timestamp[])
             AS t(id, c, due, st, di, sd, reps, lapses, state, lr)`,
    [userId, deckId, states.map((s) => s.id), states.map((s) => s.cardId), states.map((s) => s.m.due.toISOString()), states.map((s) => s.m.stability),
      states.map((s) => s.m.difficulty), states.map((s) => s.m.scheduledDays), states.map((s) => s.reps), states.map((s) => s.lapses),
      states.map((s) => s.m.state), states.map((s) => s.m.lastReview?.toISOString() ?? null)]);
  return { cards: synthetic.length, reviews: rows.length };
}
