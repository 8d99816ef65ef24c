// Changing one's password: the current password is checked under the same throttling as sign-in
// (a stolen session cannot try passwords freely), and every OTHER session of the user ends.
import type { Db } from "@/lib/db";
import { authenticate } from "./accounts";
import { hashPassword, passwordProblem } from "./password";
import type { SignInLimits } from "./signin-policy";

export type ChangeResult = { ok: true; endedSessions: number } | { ok: false; field: "current" | "password"; message: string };

export async function changePassword(
  db: Db,
  user: { id: string; email: string },
  input: { current: string; next: string; sessionId: string; address: string | null; deviceId: string | null },
  now: Date,
  limits?: SignInLimits,
): Promise<ChangeResult> {
  const weak = passwordProblem(input.next, user.email);
  if (weak) return { ok: false, field: "password", message: weak };
  const check = await authenticate(db, { email: user.email, password: input.current, address: input.address, deviceId: input.deviceId }, now, limits);
  if (!check.ok) {
    const message = check.reason === "locked" ? "Too many wrong passwords. Wait a few minutes and try again." : "That is not your current password.";
    return { ok: false, field: "current", message };
  }
  const passwordHash = await hashPassword(input.next);
  const [, ended] = await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash } }),
    db.authSession.deleteMany({ where: { userId: user.id, id: { not: input.sessionId } } }),
  ]);
  return { ok: true, endedSessions: ended.count };
}
