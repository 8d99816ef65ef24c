import "server-only";
// A "scope" of personal FSRS settings: all of the student's decks, or one deck they may study.
import { q } from "../pg";
import { STUDYABLE_DECK_SQL } from "../access";
import { NotFoundError } from "../errors";

export const ALL_DECKS = "all";

export const PRESET_SCOPE = "preset:";

/** deckIds: the decks whose reviews a preset scope fits on (null for "all" and single-deck scopes). */
export type Scope = { scope: string; deckId: string | null; label: string; deckIds?: string[] };

/** The scope if the user may use it; NotFoundError for a deck they cannot study (or no such deck). */
export async function requireScope(userId: string, scope: string): Promise<Scope> {
  if (scope === ALL_DECKS) return { scope, deckId: null, label: "All decks" };
  if (scope.startsWith(PRESET_SCOPE)) {
    const rows = await q<{ name: string; deckIds: string[] }>(
      `SELECT p.name, coalesce(array_agg(d.id) FILTER (WHERE d.id IS NOT NULL), '{}') AS "deckIds"
       FROM "DeckPreset" p LEFT JOIN "Deck" d ON d."presetId" = p.id WHERE p.id = $2 AND p."ownerId" = $1 GROUP BY p.id`,
      [userId, scope.slice(PRESET_SCOPE.length)]);
    if (!rows[0]) throw new NotFoundError("That preset");
    return { scope, deckId: null, label: `Preset ${rows[0].name}`, deckIds: rows[0].deckIds };
  }
  const rows = await q<{ id: string; title: string }>(`SELECT d.id, d.title FROM "Deck" d WHERE d.id = $2 AND ${STUDYABLE_DECK_SQL}`, [userId, scope]);
  if (!rows[0]) throw new NotFoundError("That deck");
  return { scope, deckId: rows[0].id, label: rows[0].title };
}
