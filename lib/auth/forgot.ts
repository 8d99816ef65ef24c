// "Forgot password": issues a reset link for an existing account, and answers exactly the same
// for an unknown email (the caller sends the mail after responding, so timing doesn't tell either).
// Requests are counted per email and per address, existing or not, so it can't flood an inbox.
import type { Db } from "@/lib/db";
import { normalizeEmail } from "./accounts";
import { issueResetToken } from "./reset-tokens";
import { blockedFor, recordFailure, type Policy } from "./throttle";

const HOUR = 3600;
const perEmail: Policy = { windowS: HOUR, free: 3, baseDelayS: HOUR, maxDelayS: HOUR, sliding: false };
const perAddress: Policy = { windowS: HOUR, free: 30, baseDelayS: HOUR, maxDelayS: HOUR, sliding: false };

export type ForgotOutcome = { status: "throttled" } | { status: "accepted"; mail: { to: string; token: string } | null };

export async function requestPasswordReset(db: Db, input: { email: string; address: string | null }, now: Date): Promise<ForgotOutcome> {
  const email = normalizeEmail(input.email);
  const counted = [{ key: `forgot-email:${email}`, policy: perEmail }, ...(input.address ? [{ key: `forgot-address:${input.address}`, policy: perAddress }] : [])];
  if (await blockedFor(db, counted.map((c) => c.key), now)) return { status: "throttled" };
  // Counted before anything else happens, so parallel requests cannot slip past the limit.
  await Promise.all(counted.map((c) => recordFailure(db, c.key, c.policy, now)));
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return { status: "accepted", mail: null };
  return { status: "accepted", mail: { to: user.email, token: await issueResetToken(db, user.id, null, now) } };
}
