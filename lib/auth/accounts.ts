// Account creation and credential checks. Framework-light (no next/*) so tests call it directly.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword, passwordProblem, verifyPassword } from "./password";
import { blockedFor, clearCounter, recordFailure } from "./throttle";
import { DEFAULT_LIMITS, keys, policies, type SignInLimits } from "./signin-policy";

export type Role = "STUDENT" | "INSTRUCTOR";
export type SessionUser = { id: string; email: string; name: string; role: Role };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type SignUpResult =
  | { ok: true; user: SessionUser }
  | { ok: false; field: "email" | "password"; message: string };

export async function createAccount(
  db: Db,
  input: { email: string; name: string; password: string; role: Role },
): Promise<SignUpResult> {
  const email = normalizeEmail(input.email);
  const weak = passwordProblem(input.password, email);
  if (weak) return { ok: false, field: "password", message: weak };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email, name: input.name.trim(), passwordHash, role: input.role },
      select: { id: true, email: true, name: true, role: true },
    });
    return { ok: true, user };
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      return { ok: false, field: "email", message: "An account with this email already exists. Sign in instead." };
    }
    throw err;
  }
}

export type SignInResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMs: number };

export type SignInAttempt = {
  email: string;
  password: string;
  /** The client address as lib/auth/client-address.ts decided it, or null when unknown. */
  address: string | null;
  /** The id from a valid device cookie for THIS account (lib/auth/device.ts), or null. */
  deviceId: string | null;
};

/**
 * Checks a password under the throttling rules of lib/auth/signin-policy.ts. A browser that has
 * signed in to this account before only spends its own budget: other people's failures, against
 * the account or from its address, never refuse it.
 */
export async function authenticate(db: Db, input: SignInAttempt, now: Date, limits: SignInLimits = DEFAULT_LIMITS): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const policy = policies(limits);
  const watched = input.deviceId
    ? [{ key: keys.device(input.deviceId), policy: policy.device }]
    : [{ key: keys.account(email), policy: policy.account }, ...(input.address ? [{ key: keys.address(input.address), policy: policy.address }] : [])];
  const wait = await blockedFor(db, watched.map((w) => w.key), now);
  if (wait > 0) {
    // Refused unchecked, but counted: parallel guesses all count, whichever of them saw the block.
    await Promise.all(watched.map((w) => recordFailure(db, w.key, w.policy, now, false)));
    return { ok: false, reason: "locked", retryAfterMs: wait };
  }
  const row = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  // Verify against a dummy hash for unknown emails so timing doesn't reveal which emails exist.
  const ok = await verifyPassword(row?.passwordHash ?? DUMMY_HASH, input.password);
  if (!row || !ok) {
    const counters = await Promise.all(watched.map((w) => recordFailure(db, w.key, w.policy, now)));
    const until = Math.max(0, ...counters.map((c) => (c.blockedUntil?.getTime() ?? 0) - now.getTime()));
    return until > 0 ? { ok: false, reason: "locked", retryAfterMs: until } : { ok: false, reason: "invalid" };
  }
  await clearCounter(db, watched[0].key); // the account's or the device's own count; never the address's
  const { passwordHash: _omit, ...user } = row;
  return { ok: true, user };
}

const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0g3Jcb1x6KQ9oN2Gxd3+Oe9v5kQcJ0q1b3b6tBq9m2Q";
