// One-time password reset links: 32 random bytes in the link, only their SHA-256 in the database,
// valid 24 hours, used at most once (a conditional UPDATE claims the token, so two tabs racing
// with the same link cannot both succeed). Issuing a new link withdraws the user's older ones.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { hashPassword, passwordProblem } from "./password";
import { clearCounter } from "./throttle";
import { keys } from "./signin-policy";

export const RESET_VALID_MS = 24 * 60 * 60_000;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export async function issueResetToken(db: Db, userId: string, issuedById: string | null, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.passwordResetToken.deleteMany({ where: { userId, usedAt: null } }),
    db.passwordResetToken.create({ data: { userId, issuedById, tokenHash: digest(token), expiresAt: new Date(now.getTime() + RESET_VALID_MS), createdAt: now } }),
  ]);
  return token;
}

/** Whether a link can still be used (to show the form or explain that it expired). */
export async function resetTokenUsable(db: Db, token: string, now: Date): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: digest(token) }, select: { usedAt: true, expiresAt: true } });
  return !!row && !row.usedAt && row.expiresAt > now;
}

export type ResetResult = { ok: true; email: string } | { ok: false; field: "password" | "token"; message: string };

/** Sets the new password and ends every session of the user; the link then stops working. */
export async function resetPassword(db: Db, token: string, password: string, now: Date): Promise<ResetResult> {
  const expired = { ok: false, field: "token", message: "This reset link has expired or was already used. Ask for a new one." } as const;
  if (!token || token.length > 100) return expired;
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: digest(token) }, select: { id: true, user: { select: { id: true, email: true } } } });
  if (!row) return expired;
  const weak = passwordProblem(password, row.user.email);
  if (weak) return { ok: false, field: "password", message: weak };
  const passwordHash = await hashPassword(password);
  const done = await db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return false;
    await tx.user.update({ where: { id: row.user.id }, data: { passwordHash } });
    await tx.authSession.deleteMany({ where: { userId: row.user.id } });
    return true;
  });
  if (!done) return expired;
  await clearCounter(db, keys.account(row.user.email));
  return { ok: true, email: row.user.email };
}
