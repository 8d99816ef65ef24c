import "server-only";
// The instructor's class dashboard: roster, falling-behind list, weekly retention and hardest cards.
import {
  classRetentionOverTime, classRetentionWeeklySql, fallingBehind, hardestCards, hardestCardsSql, rosterRows, rosterSql, sortRoster,
  type HardCardRow, type RosterSortKey, type RosterSqlRow, type WeekRetentionRow,
} from "@/lib/stats";
import { renderCard, plainText, type NoteKind } from "@/lib/notes/render";
import { dayKey } from "@/lib/srs/study-day";
import { q } from "../pg";
import { requireOwnedClass } from "../access";

export async function classRoster(instructorId: string, classId: string, now: Date, sort: RosterSortKey = "name", dir: "asc" | "desc" = "asc") {
  await requireOwnedClass(instructorId, classId);
  const rows = await q<RosterSqlRow>(rosterSql(), [classId, now.toISOString()]);
  return sortRoster(rosterRows(rows, now), sort, dir);
}

export async function classDashboard(instructor: { id: string; timeZone: string; dayStartHour: number }, classId: string, now: Date, sort: RosterSortKey, dir: "asc" | "desc") {
  const klass = await requireOwnedClass(instructor.id, classId);
  const today = dayKey(now, instructor.timeZone, instructor.dayStartHour);
  const [roster, weeks, hard] = await Promise.all([
    q<RosterSqlRow>(rosterSql(), [classId, now.toISOString()]),
    q<WeekRetentionRow>(classRetentionWeeklySql(), [classId, today, 12]),
    q<HardCardRow>(hardestCardsSql(), [classId]),
  ]);
  const rows = rosterRows(roster, now);
  const noteDecks = await q<{ id: string; deckId: string }>(`SELECT id, "deckId" FROM "Note" WHERE id = ANY($1::text[])`, [[...new Set(hard.map((h) => h.noteId))]]);
  const deckOf = new Map(noteDecks.map((n) => [n.id, n.deckId]));
  return {
    klass: { id: klass.id, name: klass.name },
    roster: sortRoster(rows, sort, dir),
    behind: fallingBehind(rows, now),
    retention: classRetentionOverTime(weeks, today, 12),
    hardest: hardestCards(hard, { limit: 15 }).map((h) => ({
      ...h,
      deckId: deckOf.get(h.noteId) ?? null,
      text: h.kind ? plainText(renderCard({ kind: h.kind as NoteKind, front: h.front, back: "" }, h.ordinal ?? 0).front) : h.front,
    })),
  };
}
