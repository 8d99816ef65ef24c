// HTTP load and crash test against a production build, loopback only. Starts the launcher
// (scripts/with-db.mjs: embedded PostgreSQL, migrations, supervised `next start` and worker) on
// free ports, seeds a class deck of 400 cards and N students (accounts made in SQL with one shared
// password hash), signs every student in through Auth.js over HTTP, then:
//   1. open loop: every student loads the review screen and answers through the review route
//      handler (POST /api/review/grade with JSON, as the browser sends it), pausing 2.5–7.5 s per card
//      (reveal is client-only), undoing about 1 answer in 20;
//   2. closed loop: 10 students answer with no pause (capacity), beside the in-process grade path
//      (lib/data/review/grade + the next card's view at 10 in flight) on the same database in the
//      same run. Both sides do the same work in the timed window: review pages loaded before it,
//      the same random ratings, an undo (+ view) after about 1 answer in 20. The HTTP side adds
//      what a browser's answer costs: the request over a kept-alive loopback connection, the
//      session lookup, Next's routing and the JSON reply;
//   3. fault run: the closed loop again while the Next server is killed with SIGKILL mid-run (the
//      launcher restarts it); counts how long until the app serves again.
// Then checks every acknowledged answer is in the review log exactly once (undone ones absent),
// no request id twice, and every card state continues its log (reps, last review).
// Run: npm run bench:load -- [--students 200] [--seconds 60] [--closed-seconds 20] (needs `next build`)
import { execSync, spawn } from "node:child_process";
import http from "node:http";
import { gunzipSync } from "node:zlib";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { freePort } from "../scripts/lib/embedded-pg.mjs";
import { percentile } from "./lib-db";

const arg = (name: string, d: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : d; };
const STUDENTS = arg("students", 200), SECONDS = arg("seconds", 60), CLOSED_SECONDS = arg("closed-seconds", 20), IN_FLIGHT = 10;
const FAULTS = arg("faults", 1) !== 0; // --faults 0: capacity only (e.g. while profiling the server)
if (!existsSync(".next/BUILD_ID")) { console.error("Build first: npx next build"); process.exit(2); }

const [webPort, pgPort] = [await freePort(), await freePort()];
const pgDir = `${os.tmpdir()}/lectern-load-pg-${pgPort}`;
const base = `http://127.0.0.1:${webPort}`;
const dbUrl = `postgresql://postgres:postgres@127.0.0.1:${pgPort}/lectern`;
const launcher = spawn(process.execPath, ["scripts/with-db.mjs", "next", "start", "-p", String(webPort), "-H", "127.0.0.1"], {
  env: { ...process.env, DATABASE_URL: "", EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: pgDir, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"], detached: true,
});
const stopAll = () => { try { process.kill(-launcher.pid!, "SIGTERM"); } catch { /* gone */ } };
process.on("exit", stopAll);

async function waitUp(limitMs: number): Promise<number> {
  const t = Date.now();
  while (Date.now() - t < limitMs) {
    if (await fetch(`${base}/login`).then((r) => r.status === 200, () => false)) return Date.now() - t;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not come up");
}
await waitUp(120_000);
process.env.DATABASE_URL = dbUrl;
const db = new pg.Pool({ connectionString: dbUrl, max: 4 }).on("error", () => {});

// ── seed ──
const { hashPassword } = await import("@/lib/auth/password");
const PASSWORD = "load test password";
const hash = await hashPassword(PASSWORD);
const run = randomUUID().slice(0, 8);
await db.query(`INSERT INTO "User"(id, email, name, "passwordHash", role) VALUES ($1, $1 || '@load.test', 'Load teacher', $2, 'INSTRUCTOR')`, [`t-${run}`, hash]);
await db.query(`INSERT INTO "User"(id, email, name, "passwordHash", role) SELECT 's-' || $1 || '-' || g, 's-' || $1 || '-' || g || '@load.test', 'Student ' || g, $2, 'STUDENT' FROM generate_series(1, $3::int) g`, [run, hash, STUDENTS]);
await db.query(`INSERT INTO "Deck"(id, "ownerId", title, "updatedAt", "newPerDay", "reviewsPerDay") VALUES ($1, $2, 'Load deck', now(), 9999, 9999)`, [`d-${run}`, `t-${run}`]);
await db.query(`INSERT INTO "Note"(id, "deckId", kind, front, back, position, "updatedAt") SELECT $1 || '-n' || g, $1, 'BASIC', 'Question ' || g, 'Answer ' || g, g, now() FROM generate_series(1, 400) g`, [`d-${run}`]);
await db.query(`INSERT INTO "Card"(id, "noteId", "deckId", ordinal, position) SELECT n.id || '-c', n.id, n."deckId", 0, n.position * 100 FROM "Note" n WHERE n."deckId" = $1`, [`d-${run}`]);
await db.query(`INSERT INTO "Class"(id, "ownerId", name, "joinCode") VALUES ($1, $2, 'Load class', $1)`, [`k-${run}`, `t-${run}`]);
await db.query(`INSERT INTO "ClassDeck"("classId", "deckId") VALUES ($1, $2)`, [`k-${run}`, `d-${run}`]);
await db.query(`INSERT INTO "Enrollment"(id, "classId", "userId") SELECT 'e-' || u.id, $1, u.id FROM "User" u WHERE u.id LIKE 's-' || $2 || '-%'`, [`k-${run}`, run]);

// ── HTTP client ──
const GRADE = "/api/review/grade", UNDO = "/api/review/undo";
// Both closed loops (HTTP and in-process) answer with the same mix, so they do the same work.
const UNDO_SHARE = 0.05;
const randomRating = () => 1 + Math.floor(Math.random() * 4);

let firstPagesDone = 0; // when the last student's first review page arrived
type Sample = { action: string; ms: number; ok: boolean; at: number; why?: string }; // at: when it was sent (performance.now())
let samples: Sample[] = [];
const acked = new Map<string, string[]>(); // student -> acknowledged request ids, in order
const undoUnknown = new Set<string>(); // acknowledged answers an undo without a reply may have removed

function cookiesOf(res: Response, jar: Map<string, string>) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}
const cookie = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function signIn(email: string): Promise<Map<string, string>> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(jar) },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: "/home" }),
  });
  cookiesOf(res, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email}`);
  return jar;
}

type Card = { cardId: string; version: number | null } | null;
// The view travels in the RSC payload (HTML-escaped in a page) and in the route's JSON reply.
function cardIn(text: string): Card {
  const m = /\\?"card\\?":\{\\?"cardId\\?":\\?"([^"\\]+)\\?"/.exec(text);
  if (!m) return null;
  const v = /\\?"version\\?":(\d+|null)/.exec(text.slice(m.index));
  return { cardId: m[1], version: v && v[1] !== "null" ? Number(v[1]) : null };
}

// why: what a failed call got (HTTP status and message, or the network error), counted in reports.
async function timed<T>(action: string, fn: () => Promise<{ ok: boolean; value: T; why?: string }>): Promise<T | undefined> {
  const t = performance.now();
  try {
    const r = await fn();
    samples.push({ action, ms: performance.now() - t, ok: r.ok, at: t, why: r.ok ? undefined : r.why });
    return r.ok ? r.value : undefined;
  } catch (err) {
    samples.push({ action, ms: performance.now() - t, ok: false, at: t, why: (err as { code?: string }).code ?? String(err).slice(0, 60) });
    return undefined;
  }
}

const loadReview = (jar: Map<string, string>) => timed("review page", async () => {
  const res = await fetch(`${base}/review`, { headers: { cookie: cookie(jar), "sec-fetch-dest": "document" } });
  const text = await res.text();
  return { ok: res.status === 200, value: cardIn(text) };
});

// Grades and undos go through node:http with keep-alive rather than fetch: the load generator shares the 2
// cores with the server, and undici's fetch cost it about 1 ms more CPU per grade. Same request as
// the browser's (gzip accepted, so the server compresses as it does for a browser).
const agent = new http.Agent({ keepAlive: true });
const wire = { replies: 0, gzipped: 0, bytes: 0, resent: 0 }; // grade/undo replies as received, reset per report
// A grade reset on a reused keep-alive socket (the server closing it as it idled: students pause
// longer than Node's 5 s keep-alive) is resent once at once, as Chromium resends such requests;
// counted. Only grades: they are idempotent by request id, an undo is not.
async function callAction(jar: Map<string, string>, path: string, input: unknown): Promise<{ status: number; text: string }> {
  try {
    return await send(jar, path, input);
  } catch (err) {
    if (path !== GRADE || (err as NodeJS.ErrnoException).code !== "ECONNRESET (reused keep-alive socket)") throw err;
    wire.resent++;
    return send(jar, path, input);
  }
}

function send(jar: Map<string, string>, path: string, input: unknown): Promise<{ status: number; text: string }> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, {
      method: "POST", agent,
      headers: { cookie: cookie(jar), accept: "*/*", "accept-encoding": "gzip", "content-type": "application/json", origin: base, "content-length": Buffer.byteLength(body) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const gzip = res.headers["content-encoding"] === "gzip";
        wire.replies++; wire.gzipped += gzip ? 1 : 0; wire.bytes += raw.length;
        resolve({ status: res.statusCode ?? 0, text: (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", (err: NodeJS.ErrnoException) => reject(Object.assign(err, { code: `${err.code}${req.reusedSocket ? " (reused keep-alive socket)" : ""}` })));
    req.end(body);
  });
}

// `first`: the card already on the student's screen (the closed loop loads its pages before timing).
async function student(email: string, jar: Map<string, string>, until: number, pause: boolean, first?: Card) {
  let card = first !== undefined ? first : (await loadReview(jar)) ?? null;
  firstPagesDone = Math.max(firstPagesDone, performance.now());
  const mine = acked.get(email) ?? [];
  acked.set(email, mine);
  while (Date.now() < until && card) {
    if (pause) await new Promise((r) => setTimeout(r, 2500 + Math.random() * 5000));
    if (Date.now() >= until) break;
    const requestId = randomUUID();
    const input = { cardId: card.cardId, rating: randomRating(), expectedVersion: card.version, requestId, durationMs: 3000, deckId: null };
    let next: Card | undefined;
    for (let attempt = 0; attempt < 20 && next === undefined && Date.now() < until + 15_000; attempt++) {
      next = await timed("grade", async () => {
        const r = await callAction(jar, GRADE, input);
        const ok = r.status === 200 && r.text.includes('"ok":true');
        if (ok) mine.push(requestId);
        return { ok, value: cardIn(r.text), why: `${r.status} ${/"message":"([^"]{0,50})/.exec(r.text)?.[1] ?? ""}` };
      });
      if (next === undefined) await new Promise((r) => setTimeout(r, 500)); // the same answer again, as the review screen does
    }
    card = next ?? (await loadReview(jar)) ?? null;
    if (card && Math.random() < UNDO_SHARE) {
      const undone = await timed("undo", async () => {
        const r = await callAction(jar, UNDO, { deckId: null }).catch(() => ({ status: 0, text: "" }));
        const ok = r.status === 200 && r.text.includes("Undid your last answer");
        if (ok) mine.pop();
        // No definite answer (server killed, database gone): the undo may or may not have been
        // applied, so the last acknowledged answer is neither required nor forbidden in the log.
        else if (!(r.status === 200 && r.text.includes("There is nothing to undo"))) {
          const last = mine.pop();
          if (last) undoUnknown.add(last);
        }
        return { ok: r.status === 200 && r.text.includes('"ok":true'), value: cardIn(r.text) };
      });
      if (undone !== undefined) card = undone;
    }
  }
}

function report(title: string, seconds: number) {
  console.log(`\n${title}`);
  for (const action of ["review page", "grade", "undo"]) {
    const s = samples.filter((x) => x.action === action);
    if (!s.length) continue;
    const ms = s.filter((x) => x.ok).map((x) => x.ms).sort((a, b) => a - b);
    const errors = s.length - ms.length;
    console.log(`  ${action.padEnd(12)} ${String(s.length).padStart(6)} calls  ${(ms.length / seconds).toFixed(1).padStart(6)}/s ok  p50 ${percentile(ms, 0.5)?.toFixed(0)} ms  p95 ${percentile(ms, 0.95)?.toFixed(0)} ms  p99 ${percentile(ms, 0.99)?.toFixed(0)} ms  errors ${errors}`);
    const whys = new Map<string, number>();
    for (const x of s) if (!x.ok && x.why) whys.set(x.why, (whys.get(x.why) ?? 0) + 1);
    if (whys.size) console.log(`    errors: ${[...whys].map(([why, n]) => `${n}× ${why}`).join("; ")}`);
  }
  const graded = samples.filter((x) => x.action === "grade" && x.ok).length;
  if (wire.replies) console.log(`  grade/undo replies: ${wire.replies}, ${wire.gzipped} gzipped, ${(wire.bytes / wire.replies).toFixed(0)} bytes each on the wire (body); ${wire.resent} resent after a reset of an idle kept-alive socket`);
  Object.assign(wire, { replies: 0, gzipped: 0, bytes: 0, resent: 0 });
  samples = [];
  return graded / seconds;
}

console.log(`HTTP load (Node ${process.version}, ${os.cpus().length} cores, production build, loopback): ${STUDENTS} students`);
const emails = Array.from({ length: STUDENTS }, (_, g) => `s-${run}-${g + 1}@load.test`);
const jars = new Map<string, Map<string, string>>();
let t = performance.now();
for (let i = 0; i < emails.length; i += 4) await Promise.all(emails.slice(i, i + 4).map(async (e) => jars.set(e, await signIn(e))));
console.log(`  signed in ${jars.size} students over HTTP in ${((performance.now() - t) / 1000).toFixed(1)} s`);

// CPU seconds per process tree (utime + stime, and reaped children's), so each grade's cost can be
// split between the app server, PostgreSQL and this load generator (which shares the 2 cores).
const TICK_S = 0.01; // USER_HZ on Linux
function cpuByTree(): { app: number; postgres: number; worker: number; bench: number } {
  const procs = new Map<number, { ppid: number; cpu: number; cmd: string }>();
  for (const dir of readdirSync("/proc")) {
    if (!/^\d+$/.test(dir)) continue;
    try {
      const stat = readFileSync(`/proc/${dir}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      procs.set(Number(dir), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_S, cmd: readFileSync(`/proc/${dir}/cmdline`, "utf8") });
    } catch { /* exited meanwhile */ }
  }
  const tree = (root: number): number => [...procs].reduce((sum, [pid, p]) => sum + (p.ppid === root ? tree(pid) : 0), procs.get(root)?.cpu ?? 0);
  const out = { app: 0, postgres: 0, worker: 0, bench: (process.cpuUsage().user + process.cpuUsage().system) / 1e6 };
  for (const [pid, p] of procs) {
    if (p.ppid !== launcher.pid) continue;
    if (/postgres/.test(p.cmd)) out.postgres += tree(pid);
    else if (/worker/.test(p.cmd)) out.worker += tree(pid);
    else out.app += tree(pid);
  }
  return out;
}
const cpuPerGrade = (before: ReturnType<typeof cpuByTree>, after: ReturnType<typeof cpuByTree>, grades: number) =>
  (Object.keys(after) as (keyof typeof after)[]).map((k) => `${k} ${(((after[k] - before[k]) * 1000) / Math.max(1, grades)).toFixed(2)} ms`).join(", ");

if (SECONDS > 0) {
  const openCpu = cpuByTree();
  await Promise.all(emails.map((e) => student(e, jars.get(e)!, Date.now() + SECONDS * 1000, true)));
  console.log(`  CPU per acknowledged grade in the open loop (page loads included): ${cpuPerGrade(openCpu, cpuByTree(), samples.filter((x) => x.action === "grade" && x.ok).length)}`);
  // All N students open the review screen in the same second, so the first grades queue behind 200
  // page renders; the steady state is shown apart (the table above still counts every grade).
  const steady = samples.filter((x) => x.action === "grade" && x.ok && x.at > firstPagesDone).map((x) => x.ms).sort((a, b) => a - b);
  const opened = samples.filter((x) => x.action === "review page").reduce((m, x) => Math.min(m, x.at), Infinity);
  console.log(`  grades sent after every student's first review page had loaded (${((firstPagesDone - opened) / 1000).toFixed(1)} s in): ${steady.length}, p50 ${percentile(steady, 0.5)?.toFixed(0)} ms  p95 ${percentile(steady, 0.95)?.toFixed(0)} ms  p99 ${percentile(steady, 0.99)?.toFixed(0)} ms`);
  report(`Open loop: ${STUDENTS} students pausing 2.5–7.5 s per card for ${SECONDS} s`, SECONDS);
}

// Statements per grade: every statement outside an explicit transaction commits one, so the
// database's commit counter over the closed loop, per acknowledged grade, counts round trips.
const commits = async () => Number((await db.query<{ n: string }>(`SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()`)).rows[0].n);
const closed = emails.slice(0, IN_FLIGHT);
// Each student's review page is loaded before the clock starts: what is timed on both sides is
// answer + next card (and the occasional undo), not page renders.
const firstCards = await Promise.all(closed.map((e) => loadReview(jars.get(e)!)));
samples = [];
const commitsBefore = await commits();
const cpuBefore = cpuByTree();
const closedUntil = Date.now() + CLOSED_SECONDS * 1000;
await Promise.all(closed.map((e, i) => student(e, jars.get(e)!, closedUntil, false, firstCards[i] ?? null)));
const closedGrades = samples.filter((x) => x.action === "grade" && x.ok).length;
const cpuAfter = cpuByTree();
const httpRate = report(`Closed loop over HTTP: ${IN_FLIGHT} students, no pause, ${CLOSED_SECONDS} s`, CLOSED_SECONDS);
console.log(`  CPU per acknowledged grade (undos and retries included): ${cpuPerGrade(cpuBefore, cpuAfter, closedGrades)}`);
await new Promise((r) => setTimeout(r, 1000)); // pg_stat_database is updated about once a second
console.log(`  database commits per acknowledged grade (each autocommitted statement is one; includes the worker's polling): ${((await commits() - commitsBefore) / Math.max(1, closedGrades)).toFixed(1)}`);

// The in-process reference: the grade path as the action runs it after auth, same database.
const { gradeCard } = await import("@/lib/data/review/grade");
const { getStudyView } = await import("@/lib/data/review/session");
const { undoLastReview } = await import("@/lib/data/review/undo");
const inProcess = emails.slice(IN_FLIGHT, 2 * IN_FLIGHT);
let inProcessGrades = 0;
const viewerOf = (email: string) => ({ id: email.replace("@load.test", ""), timeZone: "UTC", dayStartHour: 4 });
const firstViews = await Promise.all(inProcess.map((email) => getStudyView(viewerOf(email), new Date(), null)));
const refCommitsBefore = await commits();
const refCpuBefore = cpuByTree();
const refUntil = Date.now() + CLOSED_SECONDS * 1000;
await Promise.all(inProcess.map(async (email, i) => {
  const viewer = viewerOf(email);
  const mine = acked.get(email) ?? [];
  acked.set(email, mine);
  let view = firstViews[i];
  while (Date.now() < refUntil && view.card) {
    const requestId = randomUUID();
    const r = await gradeCard(viewer.id, { cardId: view.card.cardId, rating: randomRating() as 1 | 2 | 3 | 4, expectedVersion: view.card.version, requestId, durationMs: 3000 }, new Date());
    if (r.status === "ok") { inProcessGrades++; mine.push(requestId); }
    view = await getStudyView(viewer, new Date(), null); // the route's reply carries the next card too
    if (view.card && Math.random() < UNDO_SHARE) {
      if (await undoLastReview(viewer.id, new Date())) mine.pop();
      view = await getStudyView(viewer, new Date(), null);
    }
  }
}));
const refRate = inProcessGrades / CLOSED_SECONDS;
console.log(`  in-process CPU per grade (the grade path runs in "bench" here): ${cpuPerGrade(refCpuBefore, cpuByTree(), inProcessGrades)}`);
await new Promise((r) => setTimeout(r, 1000));
console.log(`  in-process database commits per grade (HTTP adds the session lookup): ${((await commits() - refCommitsBefore) / Math.max(1, inProcessGrades)).toFixed(1)}`);
console.log(`  in-process grade + next view: ${refRate.toFixed(1)}/s at ${IN_FLIGHT} in flight  →  HTTP keeps ${(httpRate / refRate).toFixed(2)}× of it`);

if (!FAULTS) {
  await db.end();
  stopAll();
  await new Promise((r) => setTimeout(r, 5000)); // a profiled server writes its profile on exit
  rmSync(pgDir, { recursive: true, force: true });
  process.exit(0);
}

// ── fault: kill -9 the Next server mid-run ──
// The launcher's children are the app server ("next-server" once Next renames itself), the worker
// and the embedded PostgreSQL.
const nextPid = () => Number(execSync(`pgrep -P ${launcher.pid} || true`, { encoding: "utf8" }).trim().split("\n")
  .find((pid) => { const cmd = pid ? readFileSync(`/proc/${pid}/cmdline`, "utf8") : ""; return /next/.test(cmd) && !/worker|postgres/.test(cmd); }) ?? 0);
const faultRun = Promise.all(closed.map((e) => student(e, jars.get(e)!, Date.now() + CLOSED_SECONDS * 1000, false)));
await new Promise((r) => setTimeout(r, (CLOSED_SECONDS * 1000) / 3));
const victim = nextPid();
let backIn = NaN;
if (victim) {
  process.kill(victim, "SIGKILL");
  backIn = await waitUp(30_000);
}
await faultRun;
report(`Fault run: Next server (pid ${victim || "not found"}) killed with SIGKILL mid-run; serving again after ${(backIn / 1000).toFixed(1)} s`, CLOSED_SECONDS);

// ── fault: kill -9 the embedded PostgreSQL mid-run (the launcher starts it again) ──
const pgPid = () => Number(execSync(`pgrep -P ${launcher.pid} || true`, { encoding: "utf8" }).trim().split("\n")
  .find((pid) => pid && /postgres/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"))) ?? 0);
const pgFault = Promise.all(closed.map((e) => student(e, jars.get(e)!, Date.now() + CLOSED_SECONDS * 1000, false)));
await new Promise((r) => setTimeout(r, (CLOSED_SECONDS * 1000) / 3));
const pgVictim = pgPid();
let pgBackIn = NaN;
if (pgVictim) {
  process.kill(pgVictim, "SIGKILL");
  await new Promise((r) => setTimeout(r, 200));
  pgBackIn = 200 + (await waitUp(30_000).catch(() => NaN));
}
await pgFault;
report(`Fault run: PostgreSQL (pid ${pgVictim || "not found"}) killed with SIGKILL mid-run; pages serving again after ${(pgBackIn / 1000).toFixed(1)} s`, CLOSED_SECONDS);

// ── consistency ──
const ids = [...[...acked.values()].flat(), ...undoUnknown];
const logs = (await db.query<{ requestId: string; n: string }>(`SELECT "requestId", count(*) AS n FROM "ReviewLog" WHERE "requestId" = ANY($1) GROUP BY 1`, [ids])).rows;
const required = ids.length - undoUnknown.size, kept = logs.filter((l) => undoUnknown.has(l.requestId)).length;
const missing = required - (logs.length - kept), twice = logs.filter((l) => Number(l.n) > 1).length;
const extra = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "ReviewLog" l WHERE l."deckId" = $1 AND NOT (l."requestId" = ANY($2))`, [`d-${run}`, ids])).rows[0].n;
const bad = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "CardState" s WHERE s."deckId" = $1 AND (s.reps <> (SELECT count(*) FROM "ReviewLog" l WHERE l."cardId" = s."cardId" AND l."userId" = s."userId")
   OR s."lastReview" IS DISTINCT FROM (SELECT max(review) FROM "ReviewLog" l WHERE l."cardId" = s."cardId" AND l."userId" = s."userId"))`, [`d-${run}`])).rows[0].n;
if (undoUnknown.size) console.log(`\n${undoUnknown.size} undo(s) got no definite reply during the faults: ${undoUnknown.size - kept} applied, ${kept} not (either is consistent)`);
console.log(`\nConsistency: ${required} acknowledged answers; missing from the log ${missing}; logged twice ${twice}; logged without an acknowledgement (reply lost) ${extra}; card states disagreeing with their log ${bad}`);
console.log("Figures from a shared 2-core machine: compare within one run, not across runs.");
await db.end();
stopAll();
await new Promise((r) => setTimeout(r, 2000));
rmSync(pgDir, { recursive: true, force: true });
process.exit(missing || twice || Number(bad) ? 1 : 0);
