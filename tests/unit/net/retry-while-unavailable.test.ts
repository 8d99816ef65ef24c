import { describe, expect, it } from "vitest";
import { retryWhileUnavailable } from "@/lib/net/retry-while-unavailable";

const noSleep = async () => {};

describe("retryWhileUnavailable", () => {
  it("resends while the answer is 'try again' and returns the first real answer", async () => {
    const answers = [{ ok: false, retry: true }, { ok: false, retry: true }, { ok: true }];
    const waits: number[] = [];
    let sent = 0;
    const r = await retryWhileUnavailable(async () => answers[sent++], { sleep: noSleep, onWait: (n) => waits.push(n) });
    expect(r).toEqual({ ok: true });
    expect(sent).toBe(3);
    expect(waits).toEqual([1, 2]);
  });

  it("does not resend a refusal that is not a retry", async () => {
    let sent = 0;
    const r = await retryWhileUnavailable(async () => (sent++, { ok: false, message: "conflict" }), { sleep: noSleep });
    expect(r).toEqual({ ok: false, message: "conflict" });
    expect(sent).toBe(1);
  });

  it("gives up after its delays and returns the last 'try again'", async () => {
    const slept: number[] = [];
    let sent = 0;
    const r = await retryWhileUnavailable(async () => (sent++, { ok: false, retry: true }), { delays: [10, 20], sleep: async (ms) => void slept.push(ms) });
    expect(r).toEqual({ ok: false, retry: true });
    expect(sent).toBe(3);
    expect(slept).toEqual([10, 20]);
  });
});
