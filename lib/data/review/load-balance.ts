import "server-only";
// Load balancing and Easy Days on the grade path: after the scheduler has picked a review interval,
// move the due day within the fuzz range (lib/srs/load-balance) using the reviews already due per
// study day for this student in the decks sharing the preset (one indexed range query on
// CardState(userId, due)). Only review-state outcomes within Anki's 90-day limit are touched.
import { schedulerFor } from "@/lib/srs/scheduler";
import { balanceInterval, fuzzRange, isNormalWeek, MAX_LOAD_BALANCE_INTERVAL } from "@/lib/srs/load-balance";
import { seededRandom } from "@/lib/optimizer/random";
import type { DeckOptions, MemoryState } from "@/lib/srs/types";
import { moveStudyDays, type StudyClock } from "@/lib/srs/study-clock";
import { qPrepared, ts } from "../pg";

const DAY_MS = 86_400_000;

export type BalanceSettings = { presetId: string | null; loadBalance: boolean | null; easyDays: number[] | null };

/** The columns readForGrade adds (LEFT JOIN "DeckPreset" lp ON lp.id = d."presetId"). */
export const BALANCE_COLUMNS = `d."presetId", lp."loadBalance", lp."easyDays"`;
export const BALANCE_JOIN = `LEFT JOIN "DeckPreset" lp ON lp.id = d."presetId"`;

function seedOf(cardId: string, reps: number): number {
  let h = 2166136261 ^ reps;
  for (let i = 0; i < cardId.length; i++) h = Math.imul(h ^ cardId.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Reviews due per study day (offset from today) in the preset's decks, and today's weekday (0 = Monday). */
async function dueCounts(userId: string, presetId: string, cardId: string, now: Date, from: Date, to: Date) {
  const rows = await qPrepared<{ day: number | null; n: number; weekday: number }>(
    `WITH u AS (SELECT "timeZone" AS tz, "dayStartHour" AS h FROM "User" WHERE id = $1),
          t AS (SELECT ((($3::timestamp AT TIME ZONE 'UTC') AT TIME ZONE u.tz) - make_interval(hours => u.h))::date AS today, u.* FROM u)
     SELECT x.day, x.n, (extract(isodow FROM t.today)::int - 1) AS weekday FROM t LEFT JOIN (
       SELECT ((((s.due AT TIME ZONE 'UTC') AT TIME ZONE t.tz) - make_interval(hours => t.h))::date - t.today) AS day, count(*)::int AS n
       FROM "CardState" s JOIN "Deck" d ON d.id = s."deckId", t
       WHERE s."userId" = $1 AND s.due >= $4::timestamp AND s.due < $5::timestamp AND s.state = 2 AND NOT s.suspended
         AND d."presetId" = $2 AND s."cardId" <> $6
       GROUP BY 1) x ON true`,
    [userId, presetId, ts(now), ts(from), ts(to), cardId],
  );
  const counts = new Map<number, number>();
  for (const r of rows) if (r.day !== null) counts.set(r.day, r.n);
  return { counts, weekday: rows[0]?.weekday ?? 0 };
}

/**
 * The scheduled state with its due day moved by load balancing / Easy Days, or unchanged when the
 * preset uses neither, the card is not going to review, fuzz is off, or the range is a single day.
 */
export async function balanceDue(userId: string, cardId: string, settings: BalanceSettings, next: MemoryState, options: DeckOptions, now: Date, clock: StudyClock): Promise<MemoryState> {
  const easyDays = settings.easyDays ?? [];
  if (!settings.presetId || (!settings.loadBalance && isNormalWeek(easyDays))) return next;
  if (next.state !== 2 || options.enableFuzz === false || next.scheduledDays > MAX_LOAD_BALANCE_INTERVAL + 10) return next;
  // The interval before fuzz: the centre of the range the scheduler's own fuzz drew from.
  const plain = schedulerFor({ ...options, enableFuzz: false }).next_interval(next.stability, next.elapsedDays);
  const { min, max } = fuzzRange(plain, next.elapsedDays, options.maximumInterval);
  if (max <= min || min > MAX_LOAD_BALANCE_INTERVAL) return next;
  const shift = (day: number) => new Date(now.getTime() + day * DAY_MS);
  const { counts, weekday } = await dueCounts(userId, settings.presetId, cardId, now, shift(min - 1), shift(max + 1));
  const chosen = balanceInterval({
    min, max, dueOn: (d) => counts.get(d) ?? 0, todayWeekday: weekday, balanceLoad: !!settings.loadBalance,
    easyDays: isNormalWeek(easyDays) ? [1, 1, 1, 1, 1, 1, 1] : easyDays, random: seededRandom(seedOf(cardId, next.reps)),
  });
  if (chosen === null || chosen === next.scheduledDays) return next;
  // Move by whole study days from the scheduler's own due time, keeping its wall-clock time (24-hour
  // steps would be an hour off across a DST change, a study day off near the rollover).
  return { ...next, due: moveStudyDays(next.due, chosen - next.scheduledDays, clock), scheduledDays: chosen };
}
