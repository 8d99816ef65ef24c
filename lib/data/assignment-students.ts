import "server-only";
// What readiness, pace and calibration need to know about each student to agree with the scheduler:
// their study clock (time zone + rollover hour) and the FSRS weights that schedule their cards of a
// deck (personal, preset or all-decks weights as the grade path picks them; else the defaults).
// One query for a whole class.
import { DEFAULT_WEIGHTS } from "@/lib/assignments/curve";
import type { StudyClock } from "@/lib/srs/study-clock";
import { q } from "./pg";
import { personalWeightsJoin } from "./review/deck-options";

export type StudentModel = { clock: StudyClock; weights: Map<string, readonly number[]> }; // deck id -> weights

/** Students (already authorized by the caller) with their clock and weights for each of `deckIds`. */
export async function studentModels(userIds: string[], deckIds: string[]): Promise<Map<string, StudentModel>> {
  const out = new Map<string, StudentModel>();
  if (!userIds.length) return out;
  const rows = await q<{ userId: string; timeZone: string; dayStartHour: number; deckId: string | null; weights: number[] | null }>(
    `SELECT u.id AS "userId", u."timeZone", u."dayStartHour", d.id AS "deckId", pw.weights
     FROM "User" u LEFT JOIN "Deck" d ON d.id = ANY($2::text[]) ${personalWeightsJoin("u.id", "pw")}
     WHERE u.id = ANY($1::text[])`,
    [userIds, deckIds],
  );
  for (const r of rows) {
    let m = out.get(r.userId);
    if (!m) out.set(r.userId, (m = { clock: { timeZone: r.timeZone, dayStartHour: r.dayStartHour }, weights: new Map() }));
    // The shared default array keeps the curve's per-weights constants cached across students.
    if (r.deckId) m.weights.set(r.deckId, r.weights && r.weights.length === 21 ? r.weights : DEFAULT_WEIGHTS);
  }
  return out;
}

/** A student's model, or UTC days and default weights for someone without a row (deleted meanwhile). */
export function modelOf(models: Map<string, StudentModel>, userId: string, deckId: string): { clock: StudyClock; weights: readonly number[] } {
  const m = models.get(userId);
  return { clock: m?.clock ?? { timeZone: "UTC", dayStartHour: 0 }, weights: m?.weights.get(deckId) ?? DEFAULT_WEIGHTS };
}
