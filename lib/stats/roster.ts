// The instructor's class roster: one row per enrolled student, sortable and exportable as CSV.
import { behindReasons, DEFAULT_BEHIND, inactiveDays, type BehindThresholds } from "./behind";

/** One row of rosterSql. Timestamps are ISO-8601 UTC strings ("2026-11-24T21:05:00.000Z"). */
export type RosterSqlRow = {
  userId: string;
  name: string;
  email: string;
  joinedAt: string;
  cardsStudied: number;
  reviews7: number;
  ret7Total: number;
  ret7Passed: number;
  ret30Total: number;
  ret30Passed: number;
  overdue: number;
  lastReview: string | null;
  /** Cards due now plus class cards never studied; absent in older callers = assume some. */
  waiting?: number;
};

export type RosterRow = {
  userId: string;
  name: string;
  email: string;
  joinedAt: string;
  cardsStudied: number;
  reviews7: number;
  retention7: number | null;
  retention30: number | null;
  /** Review-state answers behind retention30, so the UI can grey out thin samples. */
  retention30Reviews: number;
  overdue: number;
  lastActive: string | null;
  neverReviewed: boolean;
  /** Whole days since the last review (or since joining if none); null if neither is known. */
  daysInactive: number | null;
  /** Cards waiting for the student (due now, or never studied); null when not known. */
  waiting: number | null;
  behind: boolean;
  reasons: string[];
};

const ratio = (passed: number, total: number) => (Number(total) > 0 ? Number(passed) / Number(total) : null);

export function rosterRows(rows: RosterSqlRow[], now: Date, t: BehindThresholds = DEFAULT_BEHIND): RosterRow[] {
  return rows.map((r) => {
    const base = {
      userId: r.userId,
      name: r.name,
      email: r.email,
      joinedAt: r.joinedAt,
      cardsStudied: Number(r.cardsStudied),
      reviews7: Number(r.reviews7),
      retention7: ratio(r.ret7Passed, r.ret7Total),
      retention30: ratio(r.ret30Passed, r.ret30Total),
      retention30Reviews: Number(r.ret30Total),
      overdue: Number(r.overdue),
      lastActive: r.lastReview,
      neverReviewed: r.lastReview === null,
      daysInactive: inactiveDays(r.lastReview ?? r.joinedAt, now),
      waiting: r.waiting === undefined ? null : Number(r.waiting),
    };
    const reasons = behindReasons(base, t);
    return { ...base, behind: reasons.length > 0, reasons };
  });
}

export type RosterSortKey = "name" | "email" | "cardsStudied" | "reviews7" | "retention7" | "retention30" | "overdue" | "lastActive" | "behind";

/** Sorted copy. Missing values (no retention data, never active) go last in either direction; ties by name. */
export function sortRoster(rows: RosterRow[], key: RosterSortKey, dir: "asc" | "desc" = "asc"): RosterRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const value = (r: RosterRow): string | number | null => (key === "behind" ? Number(r.behind) : r[key]);
  return [...rows].sort((a, b) => {
    const va = value(a), vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      return sign * (typeof va === "string" && typeof vb === "string" ? va.localeCompare(vb) : Number(va) - Number(vb));
    }
    return a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId);
  });
}
