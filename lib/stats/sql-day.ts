// SQL fragments for study-day bucketing, shared by the queries. Prisma stores DateTime as
// `timestamp(3)` holding UTC, so a column is first marked as UTC, then shown on the user's wall clock,
// then stepped back by the rollover hour; the date of that is the study day (twin: dayKeyOf in day.ts).
// Arguments are SQL expressions (parameters like '$2::text' or columns like 'u."timeZone"').

/** SQL date: the study day of timestamp expression `ts`. */
export function dayDateSql(ts: string, tz: string, hour: string): string {
  return `((${ts} AT TIME ZONE 'UTC' AT TIME ZONE ${tz}) - make_interval(hours => ${hour}))::date`;
}

/**
 * SQL text 'YYYY-MM-DD' of the study day: text, because drivers turn `date` into a local-time Date.
 * The ::timestamp keeps to_char off its timestamptz overload, which would involve the session zone.
 */
export function dayKeySql(ts: string, tz: string, hour: string): string {
  return `to_char(${dayDateSql(ts, tz, hour)}::timestamp, 'YYYY-MM-DD')`;
}

/**
 * SQL timestamp (UTC, like the columns) at which the study day `day` (a date expression) begins.
 * Comparing `review >= this` keeps range scans on the (userId, review) and (deckId, review) indexes.
 */
export function dayStartSql(day: string, tz: string, hour: string): string {
  return `((((${day}) + make_interval(hours => ${hour})) AT TIME ZONE ${tz}) AT TIME ZONE 'UTC')`;
}

/** SQL text ISO-8601 UTC instant ("2026-11-24T21:05:00.000Z") of a timestamp column, or NULL. */
export function isoSql(ts: string): string {
  return `to_char(${ts}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** Monday (ISO week start) of a SQL date expression, without date_trunc's detour through the session zone. */
export function mondaySql(date: string): string {
  return `((${date}) - (extract(isodow FROM (${date}))::int - 1))`;
}

/** ReviewLog.scheduledDays (the interval the card was scheduled with) at or above which a review is "mature". */
export const MATURE_DAYS = 21;
