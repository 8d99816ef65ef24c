// "Can this process reach its database?", answered from a cache so that the proxy can turn page
// loads into a friendly 503 during an outage at the cost of one probe per couple of seconds.
// The pools mark the database down as soon as a connection is lost, so pages answer 503 from the
// next request on; while down the probe is retried every half second, so pages come back at once.
// Framework-free: the probe is passed in. Kept on globalThis: the proxy and the app's pools are
// bundled separately but run in one process.

type Health = { down: boolean; checkedAt: number; pending: Promise<boolean> | null };
const KEY = Symbol.for("lectern.databaseHealth");
const UP_TTL_MS = 2000;
const DOWN_TTL_MS = 500;

function health(): Health {
  const g = globalThis as unknown as Record<symbol, Health | undefined>;
  return (g[KEY] ??= { down: false, checkedAt: 0, pending: null });
}

/** A pool lost a connection or a query could not reach the server. */
export function markDatabaseDown(now = Date.now()): void {
  const h = health();
  h.down = true;
  h.checkedAt = now;
}

/** Whether the database answered its latest probe; probes again when that answer is stale. */
export async function databaseReachable(probe: () => Promise<unknown>, now = Date.now()): Promise<boolean> {
  const h = health();
  if (now - h.checkedAt < (h.down ? DOWN_TTL_MS : UP_TTL_MS)) return !h.down;
  h.pending ??= probe().then(() => true, () => false).then((ok) => {
    h.down = !ok;
    h.checkedAt = Date.now();
    h.pending = null;
    return ok;
  });
  return h.pending;
}

/** For tests: forget the cached answer. */
export function resetDatabaseHealth(): void {
  Object.assign(health(), { down: false, checkedAt: 0, pending: null });
}
