// What came back from calling an action or a route handler, and whether it was a refusal in one of
// the project's conventions: a redirect to sign-in (or away, "?denied="), an `{ ok: false }`
// state, an expected data-layer error (NotFoundError: the same for "missing" and "not yours"), or
// an HTTP 401/403/404.
import { isExpected } from "@/lib/data/errors";

export type Outcome =
  | { kind: "returned"; value: unknown }
  | { kind: "redirect"; to: string }
  | { kind: "threw"; error: unknown };

export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: "returned", value: await call() };
  } catch (error) {
    const digest = (error as { digest?: unknown })?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { kind: "redirect", to: digest.split(";")[2] };
    return { kind: "threw", error };
  }
}

export function isSignInRedirect(o: Outcome): boolean {
  return o.kind === "redirect" && (o.to === "/login" || o.to.startsWith("/login?"));
}

/** A description of the refusal, or null when the call was not refused. */
export function refusal(o: Outcome): string | null {
  if (o.kind === "redirect") return isSignInRedirect(o) || o.to.includes("denied=") ? `redirect to ${o.to}` : null;
  if (o.kind === "threw") return isExpected(o.error) ? `${(o.error as Error).name}: ${(o.error as Error).message}` : null;
  const v = o.value;
  if (v instanceof Response) return [401, 403, 404].includes(v.status) ? `HTTP ${v.status}` : null;
  if (v && typeof v === "object" && "ok" in v && (v as { ok: unknown }).ok === false) return `{ ok: false, message: ${JSON.stringify((v as { message?: unknown }).message)} }`;
  return null;
}

export function describe(o: Outcome): string {
  if (o.kind === "redirect") return `redirect to ${o.to}`;
  if (o.kind === "threw") return `threw ${o.error instanceof Error ? `${o.error.name}: ${o.error.message}` : String(o.error)}`;
  if (o.value instanceof Response) return `HTTP ${o.value.status}`;
  return `returned ${JSON.stringify(o.value)?.slice(0, 300)}`;
}
