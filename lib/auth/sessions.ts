// Server-side sessions: the session JWT carries a random session id, and a request is signed in
// only while that row exists, so deleting rows ends sessions at once (sign out everywhere,
// password change or reset, removal from a class), even for a copied cookie.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { qPrepared, ts } from "@/lib/data/pg";

/** last-seen is written at most this often, so most requests cost one indexed read and no write. */
export const TOUCH_EVERY_MS = 5 * 60_000;

export async function createSession(db: Db, userId: string, userAgent: string, now: Date): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.authSession.create({ data: { id, userId, userAgent: userAgent.slice(0, 300), createdAt: now, lastSeenAt: now } });
  return id;
}

/** True when the session exists and belongs to the user; refreshes last-seen when it is stale. */
export async function checkSession(db: Db, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const row = await db.authSession.findUnique({ where: { id: sessionId }, select: { userId: true, lastSeenAt: true } });
  if (!row || row.userId !== userId) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.authSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return true;
}

export type SessionUser = { id: string; email: string; name: string; role: "STUDENT" | "INSTRUCTOR"; timeZone: string; dayStartHour: number };

/**
 * checkSession and the user's row in one statement on the hot path's pool (every page and action
 * asks): the user when session `sessionId` exists and belongs to them, else null.
 */
export async function sessionUser(userId: string, sessionId: string, now: Date): Promise<SessionUser | null> {
  const [row] = await qPrepared<SessionUser & { lastSeenAt: Date }>(
    `SELECT u.id, u.email, u.name, u.role, u."timeZone", u."dayStartHour", s."lastSeenAt"
     FROM "AuthSession" s JOIN "User" u ON u.id = s."userId" WHERE s.id = $1 AND s."userId" = $2`,
    [sessionId, userId],
  );
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await qPrepared(`UPDATE "AuthSession" SET "lastSeenAt" = $2 WHERE id = $1`, [sessionId, ts(now)]);
  }
  const { lastSeenAt: _seen, ...user } = row;
  return user;
}

export async function endSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  return (await db.authSession.deleteMany({ where: { id: sessionId, userId } })).count > 0;
}

/** Ends every session of the user except `keep` (the one making the request, if any). */
export async function endOtherSessions(db: Db, userId: string, keep: string | null): Promise<number> {
  const where = keep ? { userId, id: { not: keep } } : { userId };
  return (await db.authSession.deleteMany({ where })).count;
}

export type SessionView = { id: string; device: string; lastSeenAt: Date; createdAt: Date; current: boolean };

export async function listSessions(db: Db, userId: string, currentId: string | null): Promise<SessionView[]> {
  const rows = await db.authSession.findMany({ where: { userId }, orderBy: { lastSeenAt: "desc" } });
  return rows.map((r) => ({ id: r.id, device: describeUserAgent(r.userAgent), lastSeenAt: r.lastSeenAt, createdAt: r.createdAt, current: r.id === currentId }));
}

/** "Chrome on Windows"-style label; enough to recognise one's own devices. */
export function describeUserAgent(ua: string): string {
  const browser = /Edg\//.test(ua) ? "Edge" : /Firefox\//.test(ua) ? "Firefox" : /Chrome\/|Chromium\//.test(ua) ? "Chrome"
    : /Safari\//.test(ua) ? "Safari" : /curl\//i.test(ua) ? "curl" : "Unknown browser";
  const os = /Android/.test(ua) ? "Android" : /iPhone|iPad/.test(ua) ? "iOS" : /Windows/.test(ua) ? "Windows"
    : /Mac OS X|Macintosh/.test(ua) ? "macOS" : /CrOS/.test(ua) ? "ChromeOS" : /Linux/.test(ua) ? "Linux" : "an unknown system";
  return `${browser} on ${os}`;
}
