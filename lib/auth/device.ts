// OWASP "device cookies": after a successful sign-in the browser gets a signed, long-lived cookie
// naming the account and a random device id. Failures from a browser holding a valid one are
// counted against that device only, so an attacker elsewhere cannot lock the owner out.
// Framework-free: the secret is passed in.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;
const PREFIX = "lectern-device-";

/** One cookie per account, so a shared computer can be trusted for several students. */
export function deviceCookieName(email: string): string {
  return PREFIX + createHash("sha256").update(email).digest("hex").slice(0, 16);
}

export function newDeviceId(): string {
  return randomBytes(16).toString("base64url");
}

function mac(payload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`device:${payload}`).digest();
}

export function signDeviceToken(email: string, deviceId: string, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ e: email, d: deviceId })).toString("base64url");
  return `${payload}.${mac(payload, secret).toString("base64url")}`;
}

/** The device id in a token signed for this email, or null for anything forged, altered or foreign. */
export function verifyDeviceToken(token: string | undefined | null, email: string, secret: string): string | null {
  if (!token || token.length > 400) return null;
  const [payload, sig] = token.split(".");
  if (!payload || !sig) return null;
  const given = Buffer.from(sig, "base64url");
  const expected = mac(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { e, d } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { e?: unknown; d?: unknown };
    return e === email && typeof d === "string" && d.length > 0 ? d : null;
  } catch {
    return null;
  }
}
