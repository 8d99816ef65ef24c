// Day keys ("YYYY-MM-DD") are the unit of every daily statistic. dayKeyOf is the TypeScript twin of
// the SQL in queries.ts: ((review AT TIME ZONE 'UTC' AT TIME ZONE tz) - make_interval(hours => h))::date,
// i.e. take the local wall clock and step back the rollover hour. Subtracting on the wall clock (not
// on the instant) is what makes a DST night still roll over at 4 am local, exactly like PostgreSQL.
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, as PostgreSQL would; callers validate zones on save.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The study day an instant belongs to for a user in `timeZone` whose day starts at `dayStartHour`. */
export function dayKeyOf(date: Date, timeZone: string, dayStartHour: number): string {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(date)) if (part.type !== "literal") p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return new Date(wall - dayStartHour * 3_600_000).toISOString().slice(0, 10);
}

function toUtc(key: string): number {
  return Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
}

/** The key `n` days after (or before, if negative) `key`. Pure calendar arithmetic: no zones involved. */
export function addDays(key: string, n: number): string {
  return new Date(toUtc(key) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday (ISO), matching PostgreSQL's date_trunc('week', …). */
export function weekday(key: string): number {
  return (new Date(toUtc(key)).getUTCDay() + 6) % 7;
}

/** The Monday of the week containing `key`. */
export function weekStart(key: string): string {
  return addDays(key, -weekday(key));
}

/** `days` consecutive keys ending with `last` (oldest first). */
export function dayRange(last: string, days: number): string[] {
  return Array.from({ length: Math.max(0, days) }, (_, i) => addDays(last, i - days + 1));
}
