// SQL for the instructor's class dashboard. Review counts come from the "ReviewDay" rollup (kept by
// a trigger on ReviewLog, one row per student, deck and study day in that student's own time zone),
// so a class with millions of logs aggregates a few thousand small rows.
import { dayDateSql, dayStartSql, isoSql, mondaySql } from "./sql-day";

// Each student's "today" and the instant it began are computed once per student here, not per row.
const CLASS_CTES = `local AS (
  SELECT u.id, u.name, u.email, e."joinedAt", u."timeZone" AS tz, u."dayStartHour" AS h,
         ${dayDateSql("$2::timestamp", 'u."timeZone"', 'u."dayStartHour"')} AS today
  FROM "Enrollment" e JOIN "User" u ON u.id = e."userId" WHERE e."classId" = $1
), students AS MATERIALIZED (
  SELECT local.*, ${dayStartSql("local.today", "local.tz", "local.h")} AS "dayStart" FROM local
), decks AS (SELECT cd."deckId" FROM "ClassDeck" cd JOIN "Deck" d ON d.id = cd."deckId" AND d."deletedAt" IS NULL WHERE cd."classId" = $1)`;

/**
 * One row per enrolled student, over the class's decks only. overdue = due before the start of the
 * student's current study day (not suspended, not new). Retention = review-state answers not Again,
 * over the student's last 7 and 30 study days. waiting = cards due now plus class cards never studied
 * (inactivity only matters when something is waiting).
 * $1 classId, $2 now (ISO; `::timestamp` drops the "Z", giving the UTC wall time the columns hold).
 * Rows: RosterSqlRow (ORDER BY name).
 */
export function rosterSql(): string {
  return `WITH ${CLASS_CTES},
cards AS (
  SELECT c."userId", count(*) FILTER (WHERE c.state <> 0)::int AS "cardsStudied",
    count(*) FILTER (WHERE c.state <> 0 AND NOT c.suspended AND c.due < s."dayStart")::int AS overdue,
    count(*) FILTER (WHERE c.state <> 0 AND NOT c.suspended AND c.due <= $2::timestamp)::int AS "dueNow"
  FROM "CardState" c JOIN students s ON s.id = c."userId"
  WHERE c."deckId" IN (SELECT "deckId" FROM decks) GROUP BY c."userId"
), days AS (
  SELECT r."userId",
    sum(r.reviews) FILTER (WHERE r.day > s.today - 7)::int AS "reviews7",
    sum(r."rTotal") FILTER (WHERE r.day > s.today - 7)::int AS "ret7Total",
    sum(r."rPassed") FILTER (WHERE r.day > s.today - 7)::int AS "ret7Passed",
    sum(r."rTotal")::int AS "ret30Total", sum(r."rPassed")::int AS "ret30Passed"
  FROM "ReviewDay" r JOIN students s ON s.id = r."userId"
  WHERE r."deckId" IN (SELECT "deckId" FROM decks) AND r.day > s.today - 30 AND r.day <= s.today
  GROUP BY r."userId"
)
SELECT s.id AS "userId", s.name, s.email, ${isoSql('s."joinedAt"')} AS "joinedAt",
  coalesce(cards."cardsStudied", 0) AS "cardsStudied", coalesce(cards.overdue, 0) AS overdue,
  coalesce(days."reviews7", 0) AS "reviews7", coalesce(days."ret7Total", 0) AS "ret7Total", coalesce(days."ret7Passed", 0) AS "ret7Passed",
  coalesce(days."ret30Total", 0) AS "ret30Total", coalesce(days."ret30Passed", 0) AS "ret30Passed",
  ${isoSql("la.last")} AS "lastReview",
  coalesce(cards."dueNow", 0) + greatest(0, (SELECT count(*) FROM "Card" WHERE "deckId" IN (SELECT "deckId" FROM decks))::int
    - coalesce(cards."cardsStudied", 0)) AS waiting
FROM students s
LEFT JOIN cards ON cards."userId" = s.id
LEFT JOIN days ON days."userId" = s.id
LEFT JOIN LATERAL (
  SELECT l.review AS last FROM "ReviewLog" l
  WHERE l."userId" = s.id AND l."deckId" IN (SELECT "deckId" FROM decks) AND l.rating > 0
  ORDER BY l.review DESC LIMIT 1
) la ON true
ORDER BY s.name, s.id`;
}

/**
 * Class true retention per week (Monday key) of the students' own study days, for the $3 weeks
 * ending with the week of $2. $1 classId, $2 today 'YYYY-MM-DD', $3 weeks int.
 * Rows: WeekRetentionRow = { week: string; answers: number; total: number; passed: number; students: number } (ORDER BY week).
 * answers counts every answer (new and learning cards too); total/passed only review-state answers.
 */
export function classRetentionWeeklySql(): string {
  return `SELECT to_char(${mondaySql("r.day")}, 'YYYY-MM-DD') AS week, sum(r.reviews)::int AS answers, sum(r."rTotal")::int AS total,
  sum(r."rPassed")::int AS passed, count(DISTINCT r."userId") FILTER (WHERE r."rTotal" > 0)::int AS students
FROM "ReviewDay" r
WHERE r."deckId" IN (SELECT cd."deckId" FROM "ClassDeck" cd JOIN "Deck" d ON d.id = cd."deckId" AND d."deletedAt" IS NULL WHERE cd."classId" = $1)
  AND r."userId" IN (SELECT "userId" FROM "Enrollment" WHERE "classId" = $1)
  AND r.day >= ${mondaySql("$2::date")} - 7 * ($3::int - 1) AND r.day <= $2::date
GROUP BY 1 ORDER BY 1`;
}

/**
 * Per card of the class's decks, summed over enrolled students' current scheduling state: answers
 * (reps), lapses and leeches. passed = reps - lapses. Only cards with a lapse or a leech are returned.
 * $1 classId. Rows: HardCardRow (front cut to 300 characters).
 */
export function hardestCardsSql(): string {
  return `WITH st AS (
  SELECT s."cardId", sum(s.lapses)::int AS lapses, sum(s.reps)::int AS reps, count(*) FILTER (WHERE s.leech)::int AS "leechCount"
  FROM "CardState" s
  WHERE s."deckId" IN (SELECT cd."deckId" FROM "ClassDeck" cd JOIN "Deck" d ON d.id = cd."deckId" AND d."deletedAt" IS NULL WHERE cd."classId" = $1)
    AND s."userId" IN (SELECT "userId" FROM "Enrollment" WHERE "classId" = $1) AND s.reps > 0
  GROUP BY s."cardId"
)
SELECT c.id AS "cardId", c."noteId", left(n.front, 300) AS front, n.kind::text AS kind, c.ordinal,
  st.lapses, st.reps AS reviews, greatest(st.reps - st.lapses, 0) AS passed, st."leechCount"
FROM st JOIN "Card" c ON c.id = st."cardId" JOIN "Note" n ON n.id = c."noteId"
WHERE st.lapses > 0 OR st."leechCount" > 0`;
}
