// Worker settings from the environment. Defaults are sized for a 2-core machine shared with the web
// server: one job of each type at a time (JOB_CONCURRENCY), overridable per type with
// JOB_CONCURRENCY_<NAME> (e.g. JOB_CONCURRENCY_PROCESS_SOURCE=2).
export interface WorkerConfig {
  concurrencyFor(name: string): number;
  leaseSeconds: number;
  maintenanceSeconds: number;
  pollMs: number;
}

function positiveInt(value: string | undefined, fallback: number, label: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${label} must be a whole number of at least 1 (got "${value}").`);
  return n;
}

export function workerConfig(env: Record<string, string | undefined>): WorkerConfig {
  const base = positiveInt(env.JOB_CONCURRENCY, 1, "JOB_CONCURRENCY");
  const leaseSeconds = positiveInt(env.JOB_LEASE_SECONDS, 30, "JOB_LEASE_SECONDS");
  if (leaseSeconds < 3) throw new Error("JOB_LEASE_SECONDS must be at least 3.");
  return {
    concurrencyFor(name) {
      const key = `JOB_CONCURRENCY_${name.toUpperCase().replace(/-/g, "_")}`;
      return positiveInt(env[key], base, key);
    },
    leaseSeconds,
    maintenanceSeconds: positiveInt(env.JOB_MAINTENANCE_SECONDS, 10, "JOB_MAINTENANCE_SECONDS"),
    pollMs: positiveInt(env.JOB_POLL_MS, 1000, "JOB_POLL_MS"),
  };
}
