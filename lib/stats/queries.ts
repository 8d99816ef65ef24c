// SQL for the student dashboard, as plain strings with $n parameters for pg / $queryRawUnsafe.
// Counts are cast to int and days/instants to text so pg and Prisma both return numbers and strings
// (bigint would come back as string or BigInt, date as a zone-shifted Date). Graded reviews only:
// rating 0 marks a manual reset, not an answer. Instructor queries: queries-class.ts (re-exported).
import { dayDateSql, dayKeySql, dayStartSql, MATURE_DAYS } from "./sql-day";
export * from "./queries-class";

const USER_DAY = ["$2::text", "$3::int"] as const; // the forecast takes tz as $2, rollover hour as $3

/**
 * Cards due per study day, up to (not including) day $4. Overdue days come back as past keys
 * (forecast() folds them into today). New and suspended cards are never "due".
 * $1 userId, $2 timeZone, $3 dayStartHour, $4 untilDay 'YYYY-MM-DD' (today + N), $5 deckIds text[].
 * Rows: { day: string; count: number } (ORDER BY day).
 */
export function dueForecastSql(): string {
  return `SELECT ${dayKeySql('s.due', ...USER_DAY)} AS day, count(*)::int AS count
FROM "CardState" s
WHERE s."userId" = $1 AND s.due < ${dayStartSql("$4::date", ...USER_DAY)}
  AND s.state <> 0 AND NOT s.suspended AND s."deckId" = ANY($5::text[])
GROUP BY 1 ORDER BY 1`;
}

/**
 * Every distinct study day with at least one review, all time (for streaks()). Read from the
 * "ReviewDay" rollup (kept by a trigger on ReviewLog), whose days are already the user's study days.
 * $1 userId. Rows: { day: string } (ORDER BY day).
 */
export function reviewDaysSql(): string {
  return `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM "ReviewDay"
WHERE "userId" = $1 GROUP BY day HAVING sum(reviews) > 0 ORDER BY day`;
}

/**
 * Reviews and seconds spent per study day from day $2 on (for heatmap() and reviewsPerDay()).
 * $1 userId, $2 fromDay 'YYYY-MM-DD', $3 deckIds text[] or NULL for all.
 * Rows: DailyReviewRow = { day: string; reviews: number; seconds: number } (ORDER BY day).
 */
export function dailyReviewsSql(): string {
  return `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(reviews)::int AS reviews, (sum(ms) / 1000.0)::float8 AS seconds
FROM "ReviewDay"
WHERE "userId" = $1 AND day >= $2::date AND ($3::text[] IS NULL OR "deckId" = ANY($3::text[]))
GROUP BY day HAVING sum(reviews) > 0 ORDER BY day`;
}

/**
 * True-retention counts of review-state answers over the last 365 study days ending $2, per deck and
 * disjoint age bucket; young/mature by the interval the card was scheduled with (< 21 / >= 21 days).
 * $1 userId, $2 today 'YYYY-MM-DD'.
 * Rows: RetentionRow = { deckId: string; bucket: RetentionBucket; young: Tally; mature: Tally } (json objects).
 */
export function trueRetentionSql(): string {
  return `WITH x AS (
  SELECT "deckId", $2::date - day AS age, "rTotal", "rPassed", "mTotal", "mPassed"
  FROM "ReviewDay" WHERE "userId" = $1 AND day >= $2::date - 364 AND day <= $2::date AND "rTotal" > 0
)
SELECT "deckId", CASE WHEN age <= 0 THEN 'today' WHEN age = 1 THEN 'yesterday' WHEN age <= 6 THEN 'days2to6'
  WHEN age <= 29 THEN 'days7to29' ELSE 'days30to364' END AS bucket,
  json_build_object('total', sum("rTotal" - "mTotal"), 'passed', sum("rPassed" - "mPassed")) AS young,
  json_build_object('total', sum("mTotal"), 'passed', sum("mPassed")) AS mature
FROM x GROUP BY 1, 2 ORDER BY 1, 2`;
}

/**
 * Card states in the given decks. mature = scheduledDays ≥ 21.
 * $1 userId, $2 deckIds text[]. Rows: CardCountRow = { state; suspended; leech; mature; count }.
 */
export function cardCountsSql(): string {
  return `SELECT s.state, s.suspended, s.leech, (s."scheduledDays" >= ${MATURE_DAYS}) AS mature, count(*)::int AS count
FROM "CardState" s WHERE s."userId" = $1 AND s."deckId" = ANY($2::text[])
GROUP BY 1, 2, 3, 4`;
}

/** Cards in the given decks the user has never answered (no CardState). $1 userId, $2 deckIds text[]. Rows: { count: number }. */
export function unseenCardsSql(): string {
  return `SELECT count(*)::int AS count FROM "Card" c
WHERE c."deckId" = ANY($2::text[])
  AND NOT EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = $1 AND s."cardId" = c.id)`;
}

/**
 * Per source chapter: cards in the given decks and how many this user has at stability ≥ $3 days.
 * Unseen cards count in total. $1 userId, $2 deckIds text[], $3 threshold (MASTERY_STABILITY_DAYS).
 * Rows: ChapterRow = { chapterId: string; title: string; total: number; mastered: number }.
 */
export function chapterMasterySql(): string {
  return `SELECT ch.id AS "chapterId", ch.title, count(*)::int AS total,
  count(*) FILTER (WHERE s.state <> 0 AND s.stability >= $3::float8)::int AS mastered
FROM "Card" c
JOIN "Note" n ON n.id = c."noteId"
JOIN "Chapter" ch ON ch.id = n."chapterId"
LEFT JOIN "CardState" s ON s."userId" = $1 AND s."cardId" = c.id
WHERE c."deckId" = ANY($2::text[])
GROUP BY ch.id, ch.title`;
}

/**
 * Rebuilds "ReviewDay" rows from "ReviewLog", in each user's current study day: the same
 * aggregation the rollup migration backfilled with and its trigger keeps up. With `oneUser`, only
 * user $1 (after a change of time zone or day-start hour); otherwise everyone (bench seeding).
 */
export function reviewDayRebuildSql(oneUser: boolean): string {
  return `INSERT INTO "ReviewDay" ("userId", "deckId", day, reviews, ms, again, "rTotal", "rPassed", "mTotal", "mPassed")
SELECT l."userId", l."deckId", ${dayDateSql("l.review", 'u."timeZone"', 'u."dayStartHour"')},
  count(*), coalesce(sum(l."durationMs"), 0), count(*) FILTER (WHERE l.rating = 1),
  count(*) FILTER (WHERE l.state = 2), count(*) FILTER (WHERE l.state = 2 AND l.rating > 1),
  count(*) FILTER (WHERE l.state = 2 AND l."scheduledDays" >= ${MATURE_DAYS}),
  count(*) FILTER (WHERE l.state = 2 AND l."scheduledDays" >= ${MATURE_DAYS} AND l.rating > 1)
FROM "ReviewLog" l JOIN "User" u ON u.id = l."userId"
WHERE l.rating > 0${oneUser ? ` AND l."userId" = $1` : ""}
GROUP BY 1, 2, 3`;
}
