import "server-only";
// Suspend / bury / unsuspend from the review screen or the card browser. A new card gets a state
// row (state 0) to carry the flag. Always scoped to cards the student may study.
import { randomUUID } from "node:crypto";
import { studyDay } from "@/lib/srs/study-day";
import { q, ts } from "../pg";
import { STUDYABLE_DECK_SQL } from "../access";
import { NotFoundError } from "../errors";

async function setFlags(userId: string, cardId: string, now: Date, flags: { suspended?: boolean; buriedUntil?: Date | null }) {
  const sets = [
    flags.suspended !== undefined ? `suspended = ${flags.suspended ? "true" : "false"}` : null,
    flags.buriedUntil !== undefined ? `"buriedUntil" = $4::timestamp` : null,
  ].filter(Boolean).join(", ");
  const rows = await q<{ id: string }>(
    `WITH card AS (SELECT c.id, c."deckId" FROM "Card" c JOIN "Deck" d ON d.id = c."deckId" WHERE c.id = $2 AND ${STUDYABLE_DECK_SQL})
     INSERT INTO "CardState" (id, "userId", "cardId", "deckId", due, stability, difficulty, "elapsedDays", "scheduledDays",
       "learningSteps", reps, lapses, state, suspended, "buriedUntil", version, "updatedAt")
     SELECT $3::text, $1::text, card.id, card."deckId", $5::timestamp, 0, 0, 0, 0, 0, 0, 0, 0, $6::boolean, $4::timestamp, 1, now() FROM card
     ON CONFLICT ("userId", "cardId") DO UPDATE SET ${sets}, version = "CardState".version + 1, "updatedAt" = now()
     RETURNING id`,
    [userId, cardId, randomUUID(), flags.buriedUntil ? ts(flags.buriedUntil) : null, ts(now), flags.suspended ?? false],
  );
  if (!rows.length) throw new NotFoundError("That card");
}

export function suspendCard(userId: string, cardId: string, now: Date) {
  return setFlags(userId, cardId, now, { suspended: true });
}

export function unsuspendCard(userId: string, cardId: string, now: Date) {
  return setFlags(userId, cardId, now, { suspended: false });
}

/** Hidden until the student's next study day begins. */
export function buryCard(user: { id: string; timeZone: string; dayStartHour: number }, cardId: string, now: Date) {
  return setFlags(user.id, cardId, now, { buriedUntil: studyDay(now, user.timeZone, user.dayStartHour).end });
}
