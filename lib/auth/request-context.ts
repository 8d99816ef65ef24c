import "server-only";
// What the current request says about its client: address (as proxy.ts sanitised it), device
// cookie, user agent. Only server code behind proxy.ts may call this.
import { cookies, headers } from "next/headers";
import { authSecret } from "@/lib/env";
import { cleanAddress } from "./client-address";
import { usesSecureCookies } from "./secure-cookies";
import { DEVICE_COOKIE_MAX_AGE_S, deviceCookieName, newDeviceId, signDeviceToken, verifyDeviceToken } from "./device";

/**
 * proxy.ts leaves exactly one trustworthy value in X-Forwarded-For: the socket address (it strips
 * the client's header and Next fills in the socket's) or the address the trusted proxies saw.
 */
export async function clientAddress(): Promise<string | null> {
  const first = (await headers()).get("x-forwarded-for")?.split(",")[0];
  return first ? cleanAddress(first) : null;
}

export async function userAgent(): Promise<string> {
  return (await headers()).get("user-agent") ?? "";
}

function secret(): string {
  const s = authSecret();
  if (!s) throw new Error("AUTH_SECRET is not set");
  return s;
}

/** The device id from this browser's device cookie (or a token handed in) for `email`, if valid. */
export async function trustedDeviceId(email: string, token?: string): Promise<string | null> {
  const fromCookie = (await cookies()).get(deviceCookieName(email))?.value;
  return verifyDeviceToken(token, email, secret()) ?? verifyDeviceToken(fromCookie, email, secret());
}

export function mintDeviceToken(email: string, deviceId = newDeviceId()): string {
  return signDeviceToken(email, deviceId, secret());
}

/** Marks this browser as trusted for `email` after a successful sign-in. */
export async function rememberDevice(email: string, deviceId: string | null): Promise<void> {
  const secure = usesSecureCookies(await headers()); // as Auth.js decides for its own cookies
  (await cookies()).set(deviceCookieName(email), mintDeviceToken(email, deviceId ?? undefined), {
    httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: DEVICE_COOKIE_MAX_AGE_S,
  });
}
