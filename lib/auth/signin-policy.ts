// Who is throttled how when signing in (OWASP: throttle, don't lock out; trust known devices).
// Framework-free: limits are passed in from lib/env.ts.
import type { Policy } from "./throttle";

export type SignInLimits = { addressMaxFailures: number; addressWindowMinutes: number; accountFreeFailures: number; deviceMaxFailures: number };

export const DEFAULT_LIMITS: SignInLimits = { addressMaxFailures: 50, addressWindowMinutes: 15, accountFreeFailures: 5, deviceMaxFailures: 10 };

export const keys = {
  /** Failures against an account from browsers that have never signed in to it (the attacker's budget). */
  account: (email: string) => `account:${email}`,
  /** Failures from a browser that has signed in to the account before (the owner's own budget). */
  device: (deviceId: string) => `device:${deviceId}`,
  /** Failures across all accounts from one client address. */
  address: (address: string) => `address:${address}`,
};

const MINUTE = 60;

export function policies(limits: SignInLimits): { account: Policy; device: Policy; address: Policy } {
  return {
    // 5 free tries, then 1 s, 2 s, 4 s ... up to 15 minutes between tries; resets after an hour of quiet.
    account: { windowS: 60 * MINUTE, free: limits.accountFreeFailures, baseDelayS: 1, maxDelayS: 15 * MINUTE, sliding: true },
    // The owner's typos: a small budget per window, then a short refusal.
    device: { windowS: 15 * MINUTE, free: limits.deviceMaxFailures, baseDelayS: 15 * MINUTE, maxDelayS: 15 * MINUTE, sliding: false },
    // A classroom behind one address: N failures per window across all accounts, then refusal until the window ends.
    address: {
      windowS: limits.addressWindowMinutes * MINUTE, free: limits.addressMaxFailures,
      baseDelayS: limits.addressWindowMinutes * MINUTE, maxDelayS: limits.addressWindowMinutes * MINUTE, sliding: false,
    },
  };
}
