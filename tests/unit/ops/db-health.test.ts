import { beforeEach, describe, expect, it, vi } from "vitest";
import { databaseReachable, markDatabaseDown, resetDatabaseHealth } from "@/lib/ops/db-health";

describe("databaseReachable", () => {
  beforeEach(() => resetDatabaseHealth());
  const ok = () => Promise.resolve();
  const fail = () => Promise.reject(new Error("ECONNREFUSED"));

  it("probes once, then answers from the cache for two seconds while the database is up", async () => {
    const probe = vi.fn(ok);
    expect(await databaseReachable(probe, 10_000)).toBe(true);
    expect(await databaseReachable(probe, 11_999)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it("answers down without a probe right after a pool reports a lost connection", async () => {
    const probe = vi.fn(ok);
    await databaseReachable(probe, 10_000);
    markDatabaseDown(10_100);
    expect(await databaseReachable(probe, 10_200)).toBe(false);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it("re-probes every half second while down, and comes back up when a probe succeeds", async () => {
    markDatabaseDown(10_000);
    const failing = vi.fn(fail);
    expect(await databaseReachable(failing, 10_499)).toBe(false);
    expect(failing).not.toHaveBeenCalled();
    expect(await databaseReachable(failing, 10_500)).toBe(false);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(await databaseReachable(ok, Date.now() + 600)).toBe(true);
  });

  it("shares one probe among concurrent requests", async () => {
    let release!: () => void;
    const probe = vi.fn(() => new Promise<void>((r) => (release = r)));
    const answers = [databaseReachable(probe, 10_000), databaseReachable(probe, 10_000)];
    release();
    expect(await Promise.all(answers)).toEqual([true, true]);
    expect(probe).toHaveBeenCalledTimes(1);
  });
});
