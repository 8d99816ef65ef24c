// The study day: like Anki, a day runs from a rollover hour (default 4 am) in the student's own time
// zone to the same hour the next day, so a late-night session still counts for "today".
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of an instant in a time zone. */
function wallClock(date: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { y: parts.year, m: parts.month, d: parts.day, h: parts.hour, min: parts.minute, s: parts.second };
}

/** Offset of the zone from UTC at an instant, in ms. */
export function offsetAt(date: Date, timeZone: string): number {
  const w = wallClock(date, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant when the wall clock in `timeZone` shows y-m-d h:00 (the later one if ambiguous, first valid if skipped). */
export function zonedInstant(y: number, m: number, d: number, h: number, timeZone: string): Date {
  const naive = Date.UTC(y, m - 1, d, h);
  let t = naive - offsetAt(new Date(naive), timeZone);
  t = naive - offsetAt(new Date(t), timeZone); // second pass settles DST transitions
  return new Date(t);
}

function keyOf(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export type StudyDay = { start: Date; end: Date; key: string };

export function studyDay(now: Date, timeZone: string, dayStartHour: number): StudyDay {
  const tz = isValidTimeZone(timeZone) ? timeZone : "UTC";
  const w = wallClock(now, tz);
  // Calendar date of the study day: the local date, minus one if before the rollover hour.
  const local = new Date(Date.UTC(w.y, w.m - 1, w.d));
  if (w.h < dayStartHour) local.setUTCDate(local.getUTCDate() - 1);
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return {
    key: keyOf(y, m, d),
    start: zonedInstant(y, m, d, dayStartHour, tz),
    end: zonedInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), dayStartHour, tz),
  };
}

/** The study-day key ("YYYY-MM-DD") an instant belongs to. */
export function dayKey(date: Date, timeZone: string, dayStartHour: number): string {
  return studyDay(date, timeZone, dayStartHour).key;
}
