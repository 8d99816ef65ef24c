import type { Db } from "@/lib/db";

// Failure counters for sign-in (and joining classes), in Postgres so that every app instance shares
// them and they survive restarts. Each failure is ONE statement (INSERT ... ON CONFLICT ... DO
// UPDATE ... RETURNING), so parallel failures are all counted; a read-then-write would lose some.
//
// A counter holds `failures` since `windowStart`. Once it reaches `free`, each further failure
// blocks the key for `baseDelayS * 2^(failures - free)` seconds, capped at `maxDelayS`: an
// exponential delay that ends in a refusal for a while. A `sliding` window restarts at every
// failure (the count only resets after a quiet spell); a fixed one counts N per window.
export type Policy = { windowS: number; free: number; baseDelayS: number; maxDelayS: number; sliding: boolean };

export type Counter = { failures: number; blockedUntil: Date | null };

const IN_WINDOW = `t."windowStart" > $2::timestamp - make_interval(secs => $3::float8)`;
const NEXT_FAILURES = `CASE WHEN ${IN_WINDOW} THEN t.failures + 1 ELSE 1 END`;
const delayFor = (failures: string) =>
  `CASE WHEN ${failures} >= $4 THEN $2::timestamp + make_interval(secs => LEAST($5::float8 * power(2, ${failures} - $4), $6::float8)) END`;

const BUMP_SQL = `
INSERT INTO "SignInThrottle" AS t (key, failures, "windowStart", "lockedUntil")
VALUES ($1, 1, $2::timestamp, CASE WHEN $8::boolean THEN ${delayFor("1")} END)
ON CONFLICT (key) DO UPDATE SET
  failures = ${NEXT_FAILURES},
  "windowStart" = CASE WHEN ${IN_WINDOW} AND NOT $7::boolean THEN t."windowStart" ELSE $2::timestamp END,
  "lockedUntil" = CASE WHEN $8::boolean
    THEN GREATEST(CASE WHEN t."lockedUntil" > $2::timestamp THEN t."lockedUntil" END, ${delayFor(NEXT_FAILURES)})
    ELSE t."lockedUntil" END
RETURNING failures, (extract(epoch FROM "lockedUntil") * 1000)::float8 AS "blockedMs"`;

/**
 * Counts one failure under `key` and returns the counter as it now stands. An attempt refused
 * while blocked is counted too (so every attempt counts, however they interleave) but with
 * `extendBlock` false: retrying during a block does not prolong it.
 */
export async function recordFailure(db: Db, key: string, policy: Policy, now: Date, extendBlock = true): Promise<Counter> {
  const rows = await db.$queryRawUnsafe<{ failures: number; blockedMs: number | null }[]>(
    BUMP_SQL, key, now.toISOString(), policy.windowS, policy.free, policy.baseDelayS, policy.maxDelayS, policy.sliding, extendBlock,
  );
  const row = rows[0];
  return { failures: row.failures, blockedUntil: row.blockedMs == null ? null : new Date(row.blockedMs) };
}

/** Milliseconds until none of `keys` is blocked any more (0 when none is). */
export async function blockedFor(db: Db, keys: string[], now: Date): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.$queryRawUnsafe<{ ms: number | null }[]>(
    `SELECT max(extract(epoch FROM "lockedUntil") * 1000)::float8 AS ms FROM "SignInThrottle" WHERE key = ANY($1::text[]) AND "lockedUntil" > $2::timestamp`,
    keys, now.toISOString(),
  );
  const until = rows[0]?.ms;
  return until == null ? 0 : Math.max(0, Math.ceil(until - now.getTime()));
}

export async function clearCounter(db: Db, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}

export async function failuresOf(db: Db, key: string): Promise<number> {
  return (await db.signInThrottle.findUnique({ where: { key } }))?.failures ?? 0;
}
