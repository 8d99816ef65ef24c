// The session cookie's claims, decoded once per token string per process. Decoding the JWE (key
// derivation, SHA digest of the key id, AES-CBC and HMAC) cost about a tenth of the server's CPU
// per grade under load: the proxy decoded it, then Auth.js's auth() decoded it again and encoded a
// fresh one that a server action throws away. A student sends the same cookie on every request
// until it is renewed (at most once a day), so the claims are kept here; expiry is still checked on
// every use, and revocation is the AuthSession row, which lib/auth/session.ts reads per request.
// Shared by proxy.ts and the app (bundled apart, one process), hence globalThis.
import { decode } from "next-auth/jwt";

export const SESSION_COOKIES = { secure: "__Secure-authjs.session-token", plain: "authjs.session-token" } as const;

type Claims = Record<string, unknown> & { exp?: number };
const MAX_TOKENS = 5000;
const CLOCK_TOLERANCE_S = 15; // as Auth.js's decode (jose jwtDecrypt clockTolerance)
const KEY = Symbol.for("lectern.sessionTokens");

function cache(): Map<string, Claims> {
  const g = globalThis as unknown as Record<symbol, Map<string, Claims> | undefined>;
  return (g[KEY] ??= new Map());
}

const live = (claims: Claims, nowMs: number) => typeof claims.exp !== "number" || claims.exp + CLOCK_TOLERANCE_S > nowMs / 1000;

/**
 * The claims of session token `token` read from cookie `cookieName` (the JWE's salt), or null when it
 * does not decode with `secret` or has expired. Keyed by secret, name and token: a token only ever
 * decodes to one payload, so an identical string is the only thing that can hit.
 */
export async function decodeSessionToken(token: string, cookieName: string, secret: string, nowMs = Date.now()): Promise<Claims | null> {
  const tokens = cache();
  const key = `${secret}\u0000${cookieName}\u0000${token}`;
  const hit = tokens.get(key);
  if (hit) {
    if (!live(hit, nowMs)) { tokens.delete(key); return null; }
    tokens.delete(key); // most recently used last, so the oldest go first
    tokens.set(key, hit);
    return hit;
  }
  const claims = (await decode({ token, secret, salt: cookieName }).catch(() => null)) as Claims | null;
  if (!claims || !live(claims, nowMs)) return null; // failures are not kept: garbage must not evict real sessions
  tokens.set(key, claims);
  if (tokens.size > MAX_TOKENS) tokens.delete(tokens.keys().next().value!);
  return claims;
}

/** The cookie's value, joined from Auth.js's chunks (`name.0`, `name.1`, …) when it was too long for one cookie. */
export function sessionCookieValue(cookies: { name: string; value: string }[], name: string): string | null {
  const whole = cookies.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .map((c) => ({ c, i: c.name.startsWith(`${name}.`) ? Number(c.name.slice(name.length + 1)) : NaN }))
    .filter((x) => Number.isInteger(x.i))
    .sort((a, b) => a.i - b.i);
  return chunks.length ? chunks.map((x) => x.c.value).join("") : null;
}

/** For tests: forget every decoded token. */
export function clearSessionTokens(): void {
  cache().clear();
}
