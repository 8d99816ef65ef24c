import "server-only";
// Custom study (Anki's custom study / filtered decks): a temporary session over a chosen set of a
// deck's cards. By default answers do not touch the schedule (they are kept in CustomStudyAnswer,
// never in CardState or ReviewLog); with "reschedule cards based on my answers" each answer goes
// through the normal grade path instead (gradeCard).
import { renderCard } from "@/lib/notes/render";
import { studyDay } from "@/lib/srs/study-day";
import type { Rating } from "@/lib/srs/types";
import { q, ts } from "../pg";
import { canStudyDeck } from "../access";
import { NotFoundError, ValidationError } from "../errors";
import type { StudyCard } from "./types";

export type CustomStudySpec =
  | { mode: "ahead"; days: number } // review cards due within the next N days
  | { mode: "forgotten" } // cards answered Again today
  | { mode: "tag"; tag: string }
  | { mode: "chapter"; chapterId: string }
  | { mode: "preview"; limit: number }; // new cards, in source order

export const CUSTOM_SESSION_MAX = 200;

type Viewer = { id: string; timeZone: string; dayStartHour: number };

type Row = { cardId: string; noteId: string; deckId: string; deckTitle: string; ordinal: number; kind: StudyCard["kind"]; front: string; back: string; context: string | null;
  tags: string[]; sourcePage: string | null; chapterTitle: string | null; version: number | null; state: number | null; leech: boolean | null };

/** Card ids of the session, in study order; each query scoped to the viewer's own states. */
async function selectIds(viewer: Viewer, deckId: string, spec: CustomStudySpec, now: Date): Promise<string[]> {
  const day = studyDay(now, viewer.timeZone, viewer.dayStartHour);
  const base = [viewer.id, deckId];
  let rows: { id: string }[];
  switch (spec.mode) {
    case "ahead":
      if (!Number.isInteger(spec.days) || spec.days < 1 || spec.days > 365) throw new ValidationError("Study ahead 1 to 365 days.", "days");
      rows = await q(`SELECT s."cardId" AS id FROM "CardState" s WHERE s."userId" = $1 AND s."deckId" = $2 AND s.state = 2 AND NOT s.suspended
        AND s.due < $3 ORDER BY s.due, s."cardId" LIMIT ${CUSTOM_SESSION_MAX}`, [...base, ts(new Date(day.end.getTime() + spec.days * 86_400_000))]);
      break;
    case "forgotten":
      rows = await q(`SELECT r."cardId" AS id FROM "ReviewLog" r JOIN "CardState" s ON s."cardId" = r."cardId" AND s."userId" = r."userId"
        WHERE r."userId" = $1 AND r."deckId" = $2 AND r.rating = 1 AND r.review >= $3 AND NOT s.suspended
        GROUP BY r."cardId" ORDER BY min(r.review) LIMIT ${CUSTOM_SESSION_MAX}`, [...base, ts(day.start)]);
      break;
    case "tag":
    case "chapter": {
      const filter = spec.mode === "tag" ? `$3 = ANY(n.tags)` : `n."chapterId" = $3`;
      const value = spec.mode === "tag" ? spec.tag.trim() : spec.chapterId;
      if (!value) throw new ValidationError(spec.mode === "tag" ? "Choose a tag." : "Choose a chapter.", spec.mode);
      rows = await q(`SELECT c.id FROM "Card" c JOIN "Note" n ON n.id = c."noteId" LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
        WHERE c."deckId" = $2 AND ${filter} AND (s.id IS NULL OR NOT s.suspended) ORDER BY c.position LIMIT ${CUSTOM_SESSION_MAX}`, [...base, value]);
      break;
    }
    case "preview":
      if (!Number.isInteger(spec.limit) || spec.limit < 1 || spec.limit > CUSTOM_SESSION_MAX) throw new ValidationError(`Preview 1 to ${CUSTOM_SESSION_MAX} new cards.`, "limit");
      rows = await q(`SELECT c.id FROM "Card" c LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
        WHERE c."deckId" = $2 AND (s.id IS NULL OR (s.state = 0 AND NOT s.suspended)) ORDER BY c.position LIMIT $3`, [...base, spec.limit]);
      break;
  }
  return rows.map((r) => r.id);
}

/** The cards of a custom-study session, rendered like the review screen's. */
export async function customStudyCards(viewer: Viewer, deckId: string, spec: CustomStudySpec, now: Date): Promise<StudyCard[]> {
  if (!(await canStudyDeck(viewer.id, deckId))) throw new NotFoundError("That deck");
  const ids = await selectIds(viewer, deckId, spec, now);
  if (!ids.length) return [];
  const rows = await q<Row>(
    `SELECT c.id AS "cardId", c."noteId", c."deckId", d.title AS "deckTitle", c.ordinal, n.kind, n.front, n.back, n.context, n.tags, n."sourcePage",
       ch.title AS "chapterTitle", s.version, s.state, s.leech
     FROM unnest($2::text[]) WITH ORDINALITY AS t(id, i) JOIN "Card" c ON c.id = t.id JOIN "Note" n ON n.id = c."noteId"
     JOIN "Deck" d ON d.id = c."deckId" LEFT JOIN "Chapter" ch ON ch.id = n."chapterId"
     LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1 ORDER BY t.i`,
    [viewer.id, ids],
  );
  return rows.map((r) => {
    const faces = renderCard({ kind: r.kind, front: r.front, back: r.back }, r.ordinal);
    return {
      cardId: r.cardId, noteId: r.noteId, deckId: r.deckId, deckTitle: r.deckTitle, kind: r.kind, ordinal: r.ordinal,
      front: faces.front, back: faces.back, extra: r.kind === "CLOZE" ? r.back : "", context: r.context,
      source: [r.chapterTitle, r.sourcePage ? `p. ${r.sourcePage}` : null].filter(Boolean).join(", ") || null,
      version: r.version, state: r.state ?? 0, leech: r.leech ?? false, tags: r.tags,
    };
  });
}

/** Tags and chapters of a deck, for the custom-study form. */
export async function customStudyChoices(userId: string, deckId: string) {
  if (!(await canStudyDeck(userId, deckId))) throw new NotFoundError("That deck");
  const [tags, chapters] = await Promise.all([
    q<{ tag: string }>(`SELECT DISTINCT unnest(tags) AS tag FROM "Note" WHERE "deckId" = $1 ORDER BY 1 LIMIT 500`, [deckId]),
    q<{ id: string; title: string }>(`SELECT DISTINCT ch.id, ch.title, ch.index FROM "Note" n JOIN "Chapter" ch ON ch.id = n."chapterId" WHERE n."deckId" = $1 ORDER BY ch.index LIMIT 500`, [deckId]),
  ]);
  return { tags: tags.map((t) => t.tag), chapters: chapters.map((c) => ({ id: c.id, title: c.title })) };
}

/**
 * An answer given without rescheduling: recorded as a custom-study answer (like Anki's "filtered"
 * review-log type), with CardState and ReviewLog left untouched.
 */
export async function recordCustomAnswer(userId: string, input: { cardId: string; rating: Rating; mode: CustomStudySpec["mode"]; durationMs: number }, now: Date): Promise<void> {
  const rows = await q<{ deckId: string }>(`SELECT "deckId" FROM "Card" WHERE id = $1`, [input.cardId]);
  if (!rows[0] || !(await canStudyDeck(userId, rows[0].deckId))) throw new NotFoundError("That card");
  await q(`INSERT INTO "CustomStudyAnswer" (id, "userId", "cardId", mode, rating, "durationMs", "answeredAt") VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6)`,
    [userId, input.cardId, input.mode, input.rating, Math.max(0, Math.min(Math.round(input.durationMs), 3_600_000)), ts(now)]);
}
