// Whether this request's cookies must be Secure: Auth.js's own rule (createActionURL), so the
// session, CSRF and trusted-device cookies agree. The scheme of AUTH_URL when it is set, else of
// X-Forwarded-Proto (which Next fills in from the socket when no proxy sent one).
import { authUrl } from "@/lib/env";

export function usesSecureCookies(h: Headers): boolean {
  const configured = authUrl();
  if (configured) return new URL(configured).protocol === "https:";
  return (h.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}
