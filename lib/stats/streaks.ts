// Review streaks over study-day keys. A streak is a run of consecutive days with at least one review.
// Today not being reviewed yet doesn't break the current streak (the day isn't over), so "current"
// counts back from today if reviewed today, else from yesterday.
import { addDays, daysBetween } from "./day";

export type Streaks = { current: number; longest: number; reviewedToday: boolean };

export function streaks(reviewDays: string[], today: string): Streaks {
  // Days after today can only come from clock skew between the server and the reviewer; ignore them.
  const days = [...new Set(reviewDays)].filter((d) => d <= today).sort();
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && daysBetween(days[i - 1], days[i]) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const set = new Set(days);
  const reviewedToday = set.has(today);
  let current = 0;
  for (let d = reviewedToday ? today : addDays(today, -1); set.has(d); d = addDays(d, -1)) current++;
  return { current, longest, reviewedToday };
}
