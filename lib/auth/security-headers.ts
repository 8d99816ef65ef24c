// Security headers set by proxy.ts on every response it lets through or writes itself.
// Framework-free so the policy is unit-tested and the same string goes to the browser and to Next
// (Next reads the nonce from the request's Content-Security-Policy header and puts it on its own
// inline scripts during server rendering; pages are rendered per request, see app/layout.tsx).

/** A fresh nonce per request: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts only from our origin or carrying this request's nonce ('strict-dynamic' lets those load
 * Next's chunks). Styles allow inline attributes: React `style={...}` props (charts, progress bars)
 * are attributes a nonce cannot cover, and inline styles cannot run code. In development React needs
 * eval for its error overlay.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY", // frame-ancestors for browsers without CSP level 2
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

export function applySecurityHeaders(headers: Headers, csp: string): void {
  headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) headers.set(k, v);
}
