// Which client address the sign-in and join limits count against. Framework-free.
//
// A client can put anything in X-Forwarded-For or Forwarded, so those headers are believed only
// as far as trusted reverse proxies wrote them: each proxy appends the address it saw to the
// right-hand end, so with N trusted hops the address the outermost trusted proxy saw is the N-th
// entry from the right. Everything further left was supplied by the client and is ignored.

type HeaderReader = { get(name: string): string | null };

/** Addresses listed in `Forwarded` (RFC 7239 `for=` parameters) or else `X-Forwarded-For`, left to right. */
export function forwardedChain(headers: HeaderReader): string[] {
  const forwarded = headers.get("forwarded");
  if (forwarded) {
    const fors = forwarded.split(",").map((element) => /(?:^|;)\s*for=("?)([^";,]*)\1/i.exec(element.trim())?.[2] ?? "");
    return fors.map(cleanAddress);
  }
  const xff = headers.get("x-forwarded-for");
  return xff ? xff.split(",").map(cleanAddress) : [];
}

/**
 * The client address according to `hops` trusted proxies, or null when there are none (the caller
 * then relies on the socket address). Entries a proxy could not name ("unknown", empty) give null.
 */
export function addressFromProxies(headers: HeaderReader, hops: number): string | null {
  if (hops <= 0) return null;
  const chain = forwardedChain(headers);
  if (chain.length === 0) return null;
  const entry = chain[Math.max(0, chain.length - hops)];
  return entry && entry !== "unknown" ? entry : null;
}

/** Strips quotes, an IPv6 bracket pair and a port, and the IPv4-mapped IPv6 prefix. */
export function cleanAddress(raw: string): string {
  let a = raw.trim().replace(/^"|"$/g, "");
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.toLowerCase();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}
