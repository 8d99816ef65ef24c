import "server-only";
// Per-deck "due today" numbers for the Today page, with the daily limits applied.
import { studyDay } from "@/lib/srs/study-day";
import { q, ts } from "../pg";
import { STUDYABLE_DECK_SQL } from "../access";
import { todayActivity } from "./candidates";

export type DeckDue = {
  deckId: string; title: string; className: string | null; learning: number; review: number; new: number; total: number;
  /** Studied cards falling due during the next study day, and during the next seven. */
  tomorrow: number; week: number;
};

export async function todayOverview(viewer: { id: string; timeZone: string; dayStartHour: number }, now: Date): Promise<DeckDue[]> {
  const day = studyDay(now, viewer.timeZone, viewer.dayStartHour);
  const decks = await q<{ id: string; title: string; newPerDay: number; reviewsPerDay: number; className: string | null }>(
    `SELECT d.id, d.title, d."newPerDay", d."reviewsPerDay",
       (SELECT min(c.name) FROM "ClassDeck" cd JOIN "Class" c ON c.id = cd."classId" JOIN "Enrollment" e ON e."classId" = c.id AND e."userId" = $1
        WHERE cd."deckId" = d.id) AS "className"
     FROM "Deck" d WHERE ${STUDYABLE_DECK_SQL} ORDER BY d."createdAt"`,
    [viewer.id],
  );
  if (!decks.length) return [];
  const ids = decks.map((d) => d.id);
  const [states, fresh, activity] = await Promise.all([
    q<{ deckId: string; learning: string; review: string; tomorrow: string; week: string }>(
      `SELECT "deckId", count(*) FILTER (WHERE state IN (1, 3) AND due < $4) AS learning,
              count(*) FILTER (WHERE state = 2 AND due < $4) AS review,
              count(*) FILTER (WHERE state <> 0 AND due >= $4 AND due < $4::timestamp + interval '1 day') AS tomorrow,
              count(*) FILTER (WHERE state <> 0 AND due >= $4 AND due < $4::timestamp + interval '7 days') AS week
       FROM "CardState" WHERE "userId" = $1 AND "deckId" = ANY($2::text[]) AND NOT suspended
         AND ("buriedUntil" IS NULL OR "buriedUntil" <= $3) GROUP BY "deckId"`,
      [viewer.id, ids, ts(now), ts(day.end)],
    ),
    q<{ deckId: string; n: string }>(
      `SELECT c."deckId", count(*) AS n FROM "Card" c LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
       WHERE c."deckId" = ANY($2::text[]) AND (s.id IS NULL OR (s.state = 0 AND NOT s.suspended)) GROUP BY c."deckId"`,
      [viewer.id, ids],
    ),
    todayActivity(viewer.id, day.start),
  ]);
  const st = new Map(states.map((r) => [r.deckId, r]));
  const nw = new Map(fresh.map((r) => [r.deckId, Number(r.n)]));
  const done = new Map(activity.counts.map((c) => [c.deckId, c]));
  return decks.map((d) => {
    const learning = Number(st.get(d.id)?.learning ?? 0);
    const review = Math.min(Number(st.get(d.id)?.review ?? 0), Math.max(0, d.reviewsPerDay - (done.get(d.id)?.reviewsDone ?? 0)));
    const fresh = Math.min(nw.get(d.id) ?? 0, Math.max(0, d.newPerDay - (done.get(d.id)?.newDone ?? 0)));
    return {
      deckId: d.id, title: d.title, className: d.className, learning, review, new: fresh, total: learning + review + fresh,
      tomorrow: Number(st.get(d.id)?.tomorrow ?? 0), week: Number(st.get(d.id)?.week ?? 0),
    };
  });
}
