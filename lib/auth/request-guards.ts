// Checks proxy.ts makes on headers alone, before the app parses a body. Framework-free (Headers).
import { addressFromProxies } from "./client-address";

/**
 * Matches next.config.js `serverActions.bodySizeLimit` and `proxyClientMaxBodySize`. A larger
 * declared Content-Length gets a 413 page before any action or route parses the body (Next's proxy
 * plumbing still receives it, keeping at most that many bytes; only a reverse proxy in front can
 * refuse without receiving it).
 */
export const MAX_BODY_BYTES = 101 * 1024 * 1024;

/**
 * A state-changing request from another site. Mirrors Next's own server-action check (Origin host
 * equal to X-Forwarded-Host or Host; a missing or "null" Origin is left to Next), which answers a
 * mismatch with a 500 rather than the 403 it is.
 */
export function isForeignOrigin(method: string, headers: Headers): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let host: string;
  try { host = new URL(origin).host.toLowerCase(); } catch { return true; }
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim().toLowerCase();
  return host !== forwardedHost && host !== headers.get("host")?.toLowerCase();
}

export function isOversize(headers: Headers, limit = MAX_BODY_BYTES): boolean {
  const length = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(length) && length > limit;
}

/**
 * Request headers with a client address nobody outside the trusted proxies chose. With no trusted
 * hops the client's X-Forwarded-For / Forwarded / X-Real-IP are dropped and Next fills in
 * X-Forwarded-For from the socket; otherwise X-Forwarded-For is replaced by the one address the
 * outermost trusted proxy saw. lib/auth/request-context.ts reads it.
 */
export function withTrustedAddress(headers: Headers, hops: number): Headers {
  const out = new Headers(headers);
  const address = addressFromProxies(headers, hops);
  for (const name of ["x-forwarded-for", "forwarded", "x-real-ip"]) out.delete(name);
  if (address) out.set("x-forwarded-for", address);
  return out;
}
