import "server-only";
// The student dashboard: a handful of index-friendly SQL aggregations (lib/stats/queries.ts) run in
// parallel, then lib/stats's pure functions shape them for the charts.
import {
  addDays, cardCounts, cardCountsSql, chapterMastery, chapterMasterySql, dailyReviewsSql, dueForecastSql, forecast, heatmap,
  MASTERY_STABILITY_DAYS, reviewDaysSql, reviewsPerDay, streaks, trueRetention, trueRetentionSql, unseenCardsSql,
  type CardCountRow, type ChapterRow, type DailyReviewRow, type RetentionRow,
} from "@/lib/stats";
import { dayKey } from "@/lib/srs/study-day";
import { q } from "../pg";
import { studyableDeckIds } from "../access";

type Viewer = { id: string; timeZone: string; dayStartHour: number };

export async function studentDashboard(viewer: Viewer, now: Date) {
  const today = dayKey(now, viewer.timeZone, viewer.dayStartHour);
  const deckIds = await studyableDeckIds(viewer.id);
  const user = [viewer.id, viewer.timeZone, viewer.dayStartHour];
  const [due, days, daily, retention, counts, unseen, chapters, decks] = await Promise.all([
    q<{ day: string; count: number }>(dueForecastSql(), [...user, addDays(today, 30), deckIds]),
    q<{ day: string }>(reviewDaysSql(), [viewer.id]),
    q<DailyReviewRow>(dailyReviewsSql(), [viewer.id, addDays(today, -364), null]),
    q<RetentionRow>(trueRetentionSql(), [viewer.id, today]),
    q<CardCountRow>(cardCountsSql(), [viewer.id, deckIds]),
    q<{ count: number }>(unseenCardsSql(), [viewer.id, deckIds]),
    q<ChapterRow>(chapterMasterySql(), [viewer.id, deckIds, MASTERY_STABILITY_DAYS]),
    q<{ id: string; title: string }>(`SELECT id, title FROM "Deck" WHERE id = ANY($1::text[])`, [deckIds]),
  ]);
  const forecastDays = forecast(due, today, 30);
  const deckTitle = new Map(decks.map((d) => [d.id, d.title]));
  const retentionTable = trueRetention(retention);
  return {
    today,
    dueToday: forecastDays[0]?.count ?? 0,
    forecast: forecastDays,
    streaks: streaks(days.map((d) => d.day), today),
    heatmap: heatmap(daily, today, 365),
    perDay: reviewsPerDay(daily, today, 30),
    retention: { overall: retentionTable.overall, decks: retentionTable.decks.map((d) => ({ ...d, title: deckTitle.get(d.deckId) ?? "Deleted deck" })) },
    counts: cardCounts(counts, unseen[0]?.count ?? 0),
    chapters: chapterMastery(chapters),
  };
}

export type StudentDashboard = Awaited<ReturnType<typeof studentDashboard>>;
