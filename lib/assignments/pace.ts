// Pace of an assignment: how many new cards a day finish it by its due date, and how far behind a
// student is against an even schedule from the start date. Days are whole study days.
import { DAY_MS } from "./curve";

export type PaceInput = { total: number; introduced: number; startAt: Date; dueAt: Date; now: Date };

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

export function pace({ total, introduced, startAt, dueAt, now }: PaceInput): Pace {
  const remaining = Math.max(0, total - introduced);
  const span = Math.max(1, Math.ceil((dueAt.getTime() - startAt.getTime()) / DAY_MS));
  const elapsed = Math.min(span, Math.max(0, Math.floor((now.getTime() - startAt.getTime()) / DAY_MS) + 1));
  const daysLeft = Math.max(0, Math.ceil((dueAt.getTime() - now.getTime()) / DAY_MS));
  const expected = now < startAt ? 0 : Math.min(total, Math.ceil((total * elapsed) / span));
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
