// Telling "the database cannot be reached right now" apart from every other failure, so that
// actions can answer "try again" (and the review screen can retry by itself) instead of a bare 500.
// Framework-free: inspects the error, its `code`, and its `cause` chain.

// Connection-level codes from Node (sockets), PostgreSQL SQLSTATE (class 08 connection exceptions,
// 57P01-57P03 shutdown / cannot connect now) and Prisma (P1001 cannot reach, P1017 server closed the
// connection, P2024 pool timeout).
const CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN",
  "08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03",
  "P1001", "P1002", "P1017", "P2024",
]);
const MESSAGES = [
  /Connection terminated/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Client has encountered a connection error/i,
  /timeout exceeded when trying to connect/i,
  /Can't reach database server/i,
  /Server has closed the connection/i,
  /connect ECONNREFUSED/i,
];

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; originalCode?: unknown };
  if (typeof e.code === "string" && CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && CODES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && MESSAGES.some((m) => m.test(e.message as string))) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true; // AggregateError (IPv4 + IPv6)
  return isDatabaseUnavailable(e.cause, depth + 1);
}

export const RETRY_AFTER_SECONDS = 2;
export const UNAVAILABLE_MESSAGE = "Lectern cannot reach its database right now. Nothing was lost; try again in a few seconds.";
