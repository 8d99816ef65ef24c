// Client side of the "try again" state: resend the same request (same idempotency key) while the
// server says the database is unreachable, with growing pauses, then give up and show the message.
export type MaybeRetry = { ok: boolean; retry?: boolean };

export const RETRY_DELAYS_MS = [500, 1000, 2000, 3000, 5000, 5000, 5000];

export async function retryWhileUnavailable<T extends MaybeRetry>(
  send: () => Promise<T>,
  opts: { delays?: number[]; sleep?: (ms: number) => Promise<void>; onWait?: (attempt: number) => void } = {},
): Promise<T> {
  const delays = opts.delays ?? RETRY_DELAYS_MS;
  const sleep = opts.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  let result = await send();
  for (let i = 0; i < delays.length && !result.ok && result.retry; i++) {
    opts.onWait?.(i + 1);
    await sleep(delays[i]);
    result = await send();
  }
  return result;
}
