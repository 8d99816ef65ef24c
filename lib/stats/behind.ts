// Who is falling behind in a class, and why. Retention only counts with enough reviews behind it, so
// one failed card in a quiet week doesn't flag a student.
import type { RosterRow } from "./roster";

export type BehindThresholds = {
  /** Flag when more than this many cards are overdue. */
  maxOverdue: number;
  /** Flag when this many whole days have passed since the last review (or since joining). */
  inactiveDays: number;
  /** Flag when 30-day true retention is below this… */
  minRetention: number;
  /** …measured over at least this many review-state answers. */
  minRetentionReviews: number;
};

export const DEFAULT_BEHIND: BehindThresholds = { maxOverdue: 50, inactiveDays: 7, minRetention: 0.75, minRetentionReviews: 20 };

type BehindInput = Pick<RosterRow, "overdue" | "daysInactive" | "neverReviewed" | "retention30" | "retention30Reviews"> & { waiting?: number | null };

/** Human-readable reasons, empty when the student is on track. */
export function behindReasons(r: BehindInput, t: BehindThresholds = DEFAULT_BEHIND): string[] {
  const reasons: string[] = [];
  if (r.overdue > t.maxOverdue) reasons.push(`${r.overdue} cards overdue`);
  // A quiet student with nothing due and nothing new to learn is done, not behind.
  const idle = r.waiting === undefined || r.waiting === null || r.waiting > 0;
  if (idle && r.daysInactive !== null && r.daysInactive >= t.inactiveDays) {
    const days = `${r.daysInactive} day${r.daysInactive === 1 ? "" : "s"}`;
    reasons.push(r.neverReviewed ? `No reviews in ${days} since joining` : `Inactive for ${days}`);
  }
  if (r.retention30 !== null && r.retention30Reviews >= t.minRetentionReviews && r.retention30 < t.minRetention) {
    reasons.push(`30-day retention ${Math.round(r.retention30 * 100)}% (below ${Math.round(t.minRetention * 100)}%)`);
  }
  return reasons;
}

/** Whole days from an ISO instant to now (never negative: clock skew), or null if unknown. */
export function inactiveDays(since: string | null, now: Date): number | null {
  return since ? Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 86_400_000)) : null;
}

export type BehindStudent = { userId: string; name: string; email: string; reasons: string[]; reason: string };

/**
 * Students needing attention, most reasons first. Takes roster rows (built by rosterRows with the
 * same `now`); `now` is used to recompute inactivity so a cached roster doesn't go stale.
 */
export function fallingBehind(rows: RosterRow[], now: Date, t: BehindThresholds = DEFAULT_BEHIND): BehindStudent[] {
  return rows
    .map((r) => {
      const reasons = behindReasons({ ...r, daysInactive: inactiveDays(r.lastActive ?? r.joinedAt, now) }, t);
      return { userId: r.userId, name: r.name, email: r.email, reasons, reason: reasons.join("; ") };
    })
    .filter((s) => s.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name));
}
