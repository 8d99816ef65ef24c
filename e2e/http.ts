// Raw HTTP against the production server, from a chosen loopback address (any 127.x.y.z reaches
// a server on 127.0.0.1 on Linux), so address-based limits can be exercised without touching the
// address the browser tests use. Also a tiny cookie jar and the database the server uses.
import http from "node:http";
import pg from "pg";

const base = new URL(process.env.BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`);

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; from?: string; port?: number } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: base.hostname, port: opts.port ?? base.port, path, method: opts.method ?? "GET", headers: opts.headers, localAddress: opts.from,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

export class Jar {
  private cookies = new Map<string, string>();
  take(reply: Reply) {
    for (const line of reply.headers["set-cookie"] ?? []) {
      const [pair, ...attrs] = line.split(";");
      const [name, value] = [pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1).trim()];
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a.trim()));
      if (expired || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return reply;
  }
  header(): string { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "); }
  get(name: string) { return this.cookies.get(name); }
  names() { return [...this.cookies.keys()]; }
  copy(): Jar { const j = new Jar(); for (const [k, v] of this.cookies) j.cookies.set(k, v); return j; }
}

export type SignInReply = { ok: boolean; code: string | null; location: string };

/** Signs in through Auth.js's credentials endpoint, as a browser without JavaScript would. */
export async function signInHttp(email: string, password: string, opts: { jar?: Jar; from?: string; headers?: Record<string, string>; port?: number } = {}): Promise<SignInReply> {
  const jar = opts.jar ?? new Jar();
  const csrf = jar.take(await send("/api/auth/csrf", { headers: { cookie: jar.header() }, from: opts.from, port: opts.port }));
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, callbackUrl: "/home" }).toString();
  const reply = jar.take(await send("/api/auth/callback/credentials", {
    method: "POST", from: opts.from, port: opts.port, body,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), ...opts.headers },
  }));
  const location = String(reply.headers.location ?? "");
  const url = new URL(location, base);
  const failed = url.pathname === "/login" && url.searchParams.has("error");
  return { ok: reply.status >= 300 && reply.status < 400 && !failed, code: url.searchParams.get("code"), location };
}

/** The database of the server under test (started by scripts/with-db.mjs for the e2e run). */
export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL || `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT}/lectern`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { return await fn(client); } finally { await client.end(); }
}

/** A loopback address of its own for one test. */
export function loopback(): string {
  return `127.0.${1 + Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
}
