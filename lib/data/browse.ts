import "server-only";
// The card browser: one row per card with the viewer's own scheduling state, filterable.
import { q } from "./pg";
import { STUDYABLE_DECK_SQL } from "./access";
import { db } from "@/lib/db";
import { NotFoundError } from "./errors";

export type BrowseFilters = { text?: string; tag?: string; state?: "new" | "learning" | "review" | "suspended" | "leech" | ""; page?: number };

export type BrowseRow = {
  cardId: string; noteId: string; ordinal: number; kind: "BASIC" | "REVERSED" | "CLOZE"; front: string; back: string; context: string | null;
  tags: string[]; state: number | null; due: Date | null; suspended: boolean; leech: boolean; lapses: number; reps: number;
  leechStudents: number;
};

export const PAGE_SIZE = 100;

const STATE_FILTER: Record<string, string> = {
  new: "(s.id IS NULL OR s.state = 0)",
  learning: "s.state IN (1, 3)",
  review: "s.state = 2",
  suspended: "s.suspended",
  leech: `(s.leech OR EXISTS (SELECT 1 FROM "CardState" x WHERE x."cardId" = c.id AND x.leech))`,
};

/** Readable by the owner and by students of a class the deck is assigned to. */
export async function getBrowsableDeck(userId: string, deckId: string) {
  const rows = await q<{ id: string }>(`SELECT d.id FROM "Deck" d WHERE d.id = $2 AND d."deletedAt" IS NULL AND (d."ownerId" = $1 OR (${STUDYABLE_DECK_SQL}))`, [userId, deckId]);
  if (!rows.length) throw new NotFoundError("That deck");
  return db().deck.findUniqueOrThrow({ where: { id: deckId } });
}

export async function browseCards(userId: string, deckId: string, f: BrowseFilters): Promise<{ rows: BrowseRow[]; total: number; tags: string[] }> {
  await getBrowsableDeck(userId, deckId);
  const where = [`c."deckId" = $2`];
  const values: unknown[] = [userId, deckId];
  if (f.text?.trim()) {
    values.push(`%${f.text.trim().replace(/[\\%_]/g, (m) => "\\" + m)}%`);
    where.push(`(n.front ILIKE $${values.length} OR n.back ILIKE $${values.length} OR n.context ILIKE $${values.length})`);
  }
  if (f.tag?.trim()) {
    values.push(f.tag.trim().toLowerCase());
    where.push(`$${values.length} = ANY(n.tags)`);
  }
  if (f.state && STATE_FILTER[f.state]) where.push(STATE_FILTER[f.state]);
  const from = `FROM "Card" c JOIN "Note" n ON n.id = c."noteId" LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1 WHERE ${where.join(" AND ")}`;
  const page = Math.max(0, (f.page ?? 1) - 1);
  const [rows, count, tags] = await Promise.all([
    q<BrowseRow>(
      `SELECT c.id AS "cardId", n.id AS "noteId", c.ordinal, n.kind, n.front, n.back, n.context, n.tags, s.state, s.due,
         coalesce(s.suspended, false) AS suspended, coalesce(s.leech, false) AS leech, coalesce(s.lapses, 0) AS lapses,
         coalesce(s.reps, 0) AS reps,
         (SELECT count(*)::int FROM "CardState" x WHERE x."cardId" = c.id AND x.leech) AS "leechStudents"
       ${from} ORDER BY n.position, c.ordinal LIMIT ${PAGE_SIZE} OFFSET ${page * PAGE_SIZE}`,
      values,
    ),
    q<{ n: string }>(`SELECT count(*) AS n ${from}`, values),
    q<{ tag: string }>(`SELECT DISTINCT unnest(tags) AS tag FROM "Note" WHERE "deckId" = $1 ORDER BY 1 LIMIT 200`, [deckId]),
  ]);
  return { rows, total: Number(count[0]?.n ?? 0), tags: tags.map((t) => t.tag) };
}
