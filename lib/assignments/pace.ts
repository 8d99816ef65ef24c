// Pace of an assignment: how many new cards a day finish it by its due date, and how far behind a
// student is against an even schedule from the start date. Days are the student's whole study days:
// the start and due dates are calendar dates (due date included), "today" is the study day of `now`.
import type { StudyClock } from "@/lib/srs/study-clock";
import { dayNumber, studyToday } from "./study-dates";

export type PaceInput = { total: number; introduced: number; startAt: Date; dueAt: Date; now: Date; clock: StudyClock };

export type Pace = {
  /** New cards a day from today to finish on time (0 when done; all remaining when the due date passed). */
  perDay: number;
  daysLeft: number;
  /** Cards an even pace would have introduced by now. */
  expected: number;
  /** Cards behind that even pace (0 when on or ahead of pace). */
  behindBy: number;
  done: boolean;
};

export function pace({ total, introduced, startAt, dueAt, now, clock }: PaceInput): Pace {
  const remaining = Math.max(0, total - introduced);
  const today = studyToday(now, clock), start = dayNumber(startAt), due = dayNumber(dueAt);
  const span = Math.max(1, due - start + 1);
  const elapsed = Math.min(span, Math.max(0, today - start + 1));
  const daysLeft = Math.max(0, due - today + 1);
  const expected = today < start ? 0 : Math.min(total, Math.ceil((total * elapsed) / span));
  return {
    perDay: remaining === 0 ? 0 : daysLeft === 0 ? remaining : Math.ceil(remaining / daysLeft),
    daysLeft,
    expected,
    behindBy: Math.max(0, expected - introduced),
    done: remaining === 0,
  };
}

export type BudgetAssignment = { id: string; dueAt: Date; perDay: number; remaining: number };

/**
 * Today's new-card budget split over assignments, earliest due first: each gets its pace, the rest of
 * the student's limit goes to the earliest unfinished ones. Returns assignment id -> cards today.
 */
export function newCardBudget(assignments: BudgetAssignment[], limit: number): Map<string, number> {
  const sorted = [...assignments].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id.localeCompare(b.id));
  const out = new Map<string, number>();
  let left = Math.max(0, limit);
  for (const a of sorted) {
    const n = Math.min(left, a.perDay, a.remaining);
    out.set(a.id, n);
    left -= n;
  }
  for (const a of sorted) {
    const extra = Math.min(left, a.remaining - (out.get(a.id) ?? 0));
    out.set(a.id, (out.get(a.id) ?? 0) + extra);
    left -= extra;
  }
  return out;
}
