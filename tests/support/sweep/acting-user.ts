// Stand-ins for the request scope that Next.js gives a server action: who is signed in (the
// `auth()` and `sessionClaims()` of auth.ts), request headers and cookies, cache revalidation, `after`, and the job
// launcher. The sweep test mocks those modules with these, so actions run unchanged in vitest and
// the session check (lib/auth/session.ts, against the AuthSession table) is the real one.
import { CredentialsSignin } from "@auth/core/errors";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/accounts";
import { createSession } from "@/lib/auth/sessions";

type Acting = { userId: string; sid: string } | null;
let acting: Acting = null;

/** Signs `userId` in with a fresh server-side session (null: an anonymous visitor); returns the session id. */
export async function actAs(userId: string | null): Promise<string | null> {
  if (!userId) { acting = null; return null; }
  const sid = await createSession(db(), userId, "vitest security sweep", new Date());
  acting = { userId, sid };
  return sid;
}

/** Switches to a session made earlier with actAs, without writing anything. */
export function resume(session: Acting): void {
  acting = session;
}

export function actingSession(): Acting {
  return acting;
}

/** The shape Next's redirect() throws; our stand-ins throw the same, so callers see one convention. */
export function redirectError(url: string): Error & { digest: string } {
  return Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
}

/** Replaces "@/auth": auth() reads the acting session; signIn checks the password as auth.ts does. */
export function authModule() {
  return {
    auth: async () => (acting ? { user: { id: acting.userId }, sid: acting.sid, expires: "" } : null),
    sessionClaims: async () => (acting ? { uid: acting.userId, sid: acting.sid } : null),
    signIn: async (_provider: string, creds: { email: string; password: string; redirectTo?: string }) => {
      const r = await authenticate(db(), { email: creds.email, password: creds.password, address: null, deviceId: null }, new Date());
      if (!r.ok) throw new CredentialsSignin();
      throw redirectError(creds.redirectTo ?? "/");
    },
    signOut: async (opts?: { redirectTo?: string }) => {
      if (acting) await db().authSession.deleteMany({ where: { id: acting.sid, userId: acting.userId } });
      throw redirectError(opts?.redirectTo ?? "/");
    },
    handlers: {
      GET: async () => new Response(null, { status: 404 }),
      POST: async () => new Response(null, { status: 404 }),
    },
  };
}

/** Replaces "next-auth" (whose ESM build cannot resolve "next/server" outside Next): its error classes. */
export async function nextAuthModule() {
  const { AuthError, CredentialsSignin } = await import("@auth/core/errors");
  return { AuthError, CredentialsSignin, default: () => { throw new Error("NextAuth() is replaced by the sweep's auth stand-in"); } };
}

/** Replaces "next/headers": a plain request from 127.0.0.1 with an empty cookie jar. */
export function headersModule() {
  const jar = new Map<string, string>();
  return {
    headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-for": "127.0.0.1", "user-agent": "vitest security sweep" }),
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar.has(name),
      set: (name: string, value: string) => { jar.set(name, value); },
      delete: (name: string) => { jar.delete(name); },
    }),
  };
}

/** Every job an action asked to start, so a refused action can be shown to have started none. */
export const spawnedJobs: { script: string; args: string[] }[] = [];

/** Replaces the queue's enqueue and cancel (pg-boss): recorded, so refusals are seen to enqueue nothing. */
export function queueModule() {
  return {
    enqueueJob: async (script: string, args: string[]) => { spawnedJobs.push({ script, args }); return `job-${spawnedJobs.length}`; },
    cancelQueuedJobs: async () => 0,
  };
}

export function spawnJobModule() {
  return { spawnJob: (script: string, args: string[]) => { spawnedJobs.push({ script, args }); } };
}
