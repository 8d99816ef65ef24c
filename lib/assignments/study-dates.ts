// Assignment dates are calendar dates (stored as UTC midnight). Each student lives them in their own
// study days (time zone + rollover hour, lib/srs/study-day.ts): the exam day of "12 March" begins at
// the student's rollover hour on 12 March in their zone, and "today" is their current study day.
// In study time (lib/srs/study-clock.ts) a calendar date's UTC midnight IS the start of that study
// day, so both conversions go through study time, whose zone offsets are cached (a class's readiness
// converts dates for every student; Intl costs µs per call).
import { fromStudyTime, toStudyTime, type StudyClock } from "@/lib/srs/study-clock";
import { DAY_MS } from "./curve";

/** Day number (days since 1970-01-01) of a calendar date stored as UTC midnight. */
export const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY_MS);

/** Day number of the student's current study day. */
export function studyToday(now: Date, clock: StudyClock): number {
  return dayNumber(toStudyTime(now, clock));
}

/** The instant the student's study day for this calendar date begins (their rollover hour, their zone). */
export function studyDayStart(date: Date, clock: StudyClock): Date {
  return fromStudyTime(new Date(dayNumber(date) * DAY_MS), clock);
}
