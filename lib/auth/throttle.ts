import type { Db } from "@/lib/db";

// Sign-in rate limiting, stored in Postgres so it holds across restarts and server processes.
// Each failure is counted under the email and under the client address; 5 failures within 15
// minutes lock that key for 15 minutes, doubling for every further burst (capped at 24 h).
export const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const MAX_LOCK_MS = 24 * 60 * 60_000;

export function throttleKeys(email: string, ip: string | null): string[] {
  return ip ? [`email:${email}`, `ip:${ip}`] : [`email:${email}`];
}

/** Milliseconds until the caller may try again, or 0 if no key is locked. */
export async function lockedFor(db: Db, keys: string[], now: Date): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  return rows.reduce((ms, r) => Math.max(ms, r.lockedUntil!.getTime() - now.getTime()), 0);
}

export async function recordFailure(db: Db, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const row = await db.signInThrottle.findUnique({ where: { key } });
    const inWindow = row && now.getTime() - row.windowStart.getTime() < WINDOW_MS;
    const failures = inWindow ? row.failures + 1 : 1;
    const bursts = Math.floor(failures / MAX_FAILURES);
    const lockedUntil = failures % MAX_FAILURES === 0
      ? new Date(now.getTime() + Math.min(WINDOW_MS * 2 ** (bursts - 1), MAX_LOCK_MS))
      : row?.lockedUntil ?? null;
    await db.signInThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart: now, lockedUntil },
      update: { failures, windowStart: inWindow ? row.windowStart : now, lockedUntil },
    });
  }
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email}` } });
}
