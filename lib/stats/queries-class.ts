// SQL for the instructor's class dashboard. Each student's days are bucketed in that student's own
// time zone and rollover hour (joined from "User"), so "last 7 days" means their last 7 study days.
// $2 `now` is an ISO string such as new Date().toISOString(); `::timestamp` drops the "Z", giving the
// UTC wall time the columns hold.
import { dayDateSql, dayStartSql, isoSql, mondaySql } from "./sql-day";

const STUDENT_DAY = ["s.tz", "s.h"] as const;

// Enrolled students with their own "today"; the class's decks.
const CLASS_CTES = `students AS (
  SELECT u.id, u.name, u.email, e."joinedAt", u."timeZone" AS tz, u."dayStartHour" AS h,
         ${dayDateSql("$2::timestamp", 'u."timeZone"', 'u."dayStartHour"')} AS today
  FROM "Enrollment" e JOIN "User" u ON u.id = e."userId" WHERE e."classId" = $1
), decks AS (SELECT "deckId" FROM "ClassDeck" WHERE "classId" = $1)`;

/**
 * One row per enrolled student, over the class's decks only. overdue = due before the start of the
 * student's current study day (not suspended, not new). Retention = review-state answers not Again.
 * $1 classId, $2 now (ISO). Rows: RosterSqlRow (ORDER BY name).
 */
export function rosterSql(): string {
  const inDecks = (a: string) => `${a}."deckId" IN (SELECT "deckId" FROM decks)`;
  return `WITH ${CLASS_CTES}
SELECT s.id AS "userId", s.name, s.email, ${isoSql('s."joinedAt"')} AS "joinedAt",
  cs."cardsStudied", cs.overdue, rl."reviews7", rl."ret7Total", rl."ret7Passed", rl."ret30Total", rl."ret30Passed",
  ${isoSql("la.last")} AS "lastReview"
FROM students s
CROSS JOIN LATERAL (
  SELECT count(*) FILTER (WHERE c.state <> 0)::int AS "cardsStudied",
    count(*) FILTER (WHERE c.state <> 0 AND NOT c.suspended AND c.due < ${dayStartSql("s.today", ...STUDENT_DAY)})::int AS overdue
  FROM "CardState" c WHERE c."userId" = s.id AND ${inDecks("c")}
) cs
CROSS JOIN LATERAL (
  SELECT count(*) FILTER (WHERE x.age <= 6)::int AS "reviews7",
    count(*) FILTER (WHERE x.age <= 6 AND x.state = 2)::int AS "ret7Total",
    count(*) FILTER (WHERE x.age <= 6 AND x.state = 2 AND x.rating > 1)::int AS "ret7Passed",
    count(*) FILTER (WHERE x.state = 2)::int AS "ret30Total",
    count(*) FILTER (WHERE x.state = 2 AND x.rating > 1)::int AS "ret30Passed"
  FROM (
    SELECT l.state, l.rating, s.today - ${dayDateSql("l.review", ...STUDENT_DAY)} AS age
    FROM "ReviewLog" l
    WHERE l."userId" = s.id AND l.review >= ${dayStartSql("s.today - 29", ...STUDENT_DAY)} AND ${inDecks("l")} AND l.rating > 0
  ) x
) rl
LEFT JOIN LATERAL (
  -- Newest first on the (userId, review) index, stopping at the first class-deck answer.
  SELECT l.review AS last FROM "ReviewLog" l WHERE l."userId" = s.id AND ${inDecks("l")} AND l.rating > 0
  ORDER BY l.review DESC LIMIT 1
) la ON true
ORDER BY s.name, s.id`;
}

/**
 * Class true retention per ISO week (Monday key) of each student's study days, for the $3 weeks
 * ending with the current one. $1 classId, $2 now (ISO), $3 weeks int.
 * Rows: WeekRetentionRow = { week: string; total: number; passed: number; students: number } (ORDER BY week).
 */
export function classRetentionWeeklySql(): string {
  return `WITH ${CLASS_CTES},
x AS (
  SELECT l."userId", l.rating, ${mondaySql(dayDateSql("l.review", ...STUDENT_DAY))} AS wk
  FROM students s JOIN "ReviewLog" l ON l."userId" = s.id
  WHERE l.review >= ${dayStartSql(`${mondaySql("s.today")} - 7 * ($3::int - 1)`, ...STUDENT_DAY)}
    AND l."deckId" IN (SELECT "deckId" FROM decks) AND l.state = 2 AND l.rating > 0
)
SELECT to_char(wk::timestamp, 'YYYY-MM-DD') AS week, count(*)::int AS total,
  count(*) FILTER (WHERE rating > 1)::int AS passed, count(DISTINCT "userId")::int AS students
FROM x GROUP BY wk ORDER BY wk`;
}

/**
 * Per card of the class's decks, summed over enrolled students: review-state answers since $2 and
 * current lapses/leeches. Cards nobody has reviewed (and no leech) are left out.
 * $1 classId, $2 since (ISO, e.g. 90 days ago). Rows: HardCardRow (front cut to 300 characters).
 */
export function hardestCardsSql(): string {
  return `WITH decks AS (SELECT "deckId" FROM "ClassDeck" WHERE "classId" = $1),
students AS (SELECT "userId" FROM "Enrollment" WHERE "classId" = $1),
logs AS (
  SELECT l."cardId", count(*)::int AS reviews, count(*) FILTER (WHERE l.rating > 1)::int AS passed
  FROM "ReviewLog" l
  WHERE l."deckId" IN (SELECT "deckId" FROM decks) AND l.review >= $2::timestamp
    AND l."userId" IN (SELECT "userId" FROM students) AND l.state = 2 AND l.rating > 0 AND l."cardId" IS NOT NULL
  GROUP BY l."cardId"
), states AS (
  SELECT s."cardId", sum(s.lapses)::int AS lapses, count(*) FILTER (WHERE s.leech)::int AS "leechCount"
  FROM "CardState" s
  WHERE s."deckId" IN (SELECT "deckId" FROM decks) AND s."userId" IN (SELECT "userId" FROM students)
  GROUP BY s."cardId"
)
SELECT c.id AS "cardId", c."noteId", c."deckId", left(n.front, 300) AS front, n.kind::text AS kind, c.ordinal,
  coalesce(st.lapses, 0) AS lapses, coalesce(lg.reviews, 0) AS reviews, coalesce(lg.passed, 0) AS passed,
  coalesce(st."leechCount", 0) AS "leechCount"
FROM "Card" c
JOIN "Note" n ON n.id = c."noteId"
LEFT JOIN logs lg ON lg."cardId" = c.id
LEFT JOIN states st ON st."cardId" = c.id
WHERE c."deckId" IN (SELECT "deckId" FROM decks) AND (lg.reviews > 0 OR st."leechCount" > 0)`;
}
