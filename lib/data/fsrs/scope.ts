import "server-only";
// A "scope" of personal FSRS settings: all of the student's decks, or one deck they may study.
import { q } from "../pg";
import { STUDYABLE_DECK_SQL } from "../access";
import { NotFoundError } from "../errors";

export const ALL_DECKS = "all";

export type Scope = { scope: string; deckId: string | null; label: string };

/** The scope if the user may use it; NotFoundError for a deck they cannot study (or no such deck). */
export async function requireScope(userId: string, scope: string): Promise<Scope> {
  if (scope === ALL_DECKS) return { scope, deckId: null, label: "All decks" };
  const rows = await q<{ id: string; title: string }>(`SELECT d.id, d.title FROM "Deck" d WHERE d.id = $2 AND ${STUDYABLE_DECK_SQL}`, [userId, scope]);
  if (!rows[0]) throw new NotFoundError("That deck");
  return { scope, deckId: rows[0].id, label: rows[0].title };
}
