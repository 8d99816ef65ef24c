// Study-day time for ts-fsrs. ts-fsrs counts elapsed days by UTC calendar date; Anki and the
// optimizer count the student's study days (time zone + rollover hour). Handing ts-fsrs instants
// shifted by (zone offset − rollover) makes "UTC date of the shifted instant" equal the study day,
// so every elapsed-day count inside ts-fsrs is a study-day count. Results are shifted back: a
// minutes-long step keeps its exact length, a days-long interval keeps the wall-clock time (so the
// card falls due on the right study day across DST changes).
import { isValidTimeZone, offsetAt } from "./study-day";

export type StudyClock = { timeZone: string; dayStartHour: number };

export const UTC_MIDNIGHT: StudyClock = { timeZone: "UTC", dayStartHour: 0 };

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const SLOT_MS = 900_000; // zone offsets change on quarter hours (UTC) in every current zone
type ZoneCache = { days: Map<number, number | null>; slots: Map<number, number> };
const caches = new Map<string, ZoneCache>();

/**
 * Offset of the zone from UTC at `t` (ms). Intl costs µs per call, so offsets are cached per UTC
 * day when the day has none of the zone's changes, else per quarter hour.
 */
function zoneOffset(t: number, timeZone: string): number {
  let cache = caches.get(timeZone);
  if (!cache) {
    if (!isValidTimeZone(timeZone)) return 0; // as studyDay: an unknown zone counts as UTC
    caches.set(timeZone, (cache = { days: new Map(), slots: new Map() }));
  }
  const day = Math.floor(t / DAY_MS);
  let whole = cache.days.get(day);
  if (whole === undefined) {
    const start = offsetAt(new Date(day * DAY_MS), timeZone);
    whole = start === offsetAt(new Date((day + 1) * DAY_MS - 1000), timeZone) ? start : null;
    if (cache.days.size > 100_000) cache.days.clear();
    cache.days.set(day, whole);
  }
  if (whole !== null) return whole;
  const slot = Math.floor(t / SLOT_MS);
  let off = cache.slots.get(slot);
  if (off === undefined) {
    off = offsetAt(new Date(slot * SLOT_MS), timeZone);
    if (cache.slots.size > 100_000) cache.slots.clear();
    cache.slots.set(slot, off);
  }
  return off;
}

export function checkClock(clock: StudyClock): StudyClock {
  if (!isValidTimeZone(clock.timeZone)) throw new RangeError(`Unknown time zone "${clock.timeZone}"`);
  if (!Number.isInteger(clock.dayStartHour) || clock.dayStartHour < 0 || clock.dayStartHour > 23) throw new RangeError(`Rollover hour must be 0-23, got ${clock.dayStartHour}`);
  return clock;
}

/** How far `t` moves into study time (ms). */
export function studyShift(t: number, clock: StudyClock): number {
  return zoneOffset(t, clock.timeZone) - clock.dayStartHour * HOUR_MS;
}

/** The instant whose UTC date is `t`'s study day and whose UTC time is its time since the rollover. */
export function toStudyTime(t: Date, clock: StudyClock): Date {
  return new Date(t.getTime() + studyShift(t.getTime(), clock));
}

/** Back from study time, keeping the wall clock (the later instant if it is ambiguous). */
export function fromStudyTime(s: Date, clock: StudyClock, near: number = s.getTime()): Date {
  let t = s.getTime() - studyShift(near, clock);
  t = s.getTime() - studyShift(t, clock);
  return new Date(s.getTime() - studyShift(t, clock));
}

/**
 * `t` moved by whole study days, keeping its wall-clock time (the later instant if it is
 * ambiguous). Adding days × 24 h instead is an hour off across a DST change, and a due time within
 * that hour of the rollover then lands on the neighbouring study day.
 */
export function moveStudyDays(t: Date, days: number, clock: StudyClock): Date {
  return fromStudyTime(new Date(toStudyTime(t, clock).getTime() + days * DAY_MS), clock);
}
