// Server-side sessions: the session JWT carries a random session id, and a request is signed in
// only while that row exists, so deleting rows ends sessions at once (sign out everywhere,
// password change or reset, removal from a class), even for a copied cookie.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";

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
