import { describe, expect, it } from "vitest";
import { workerConfig } from "@/lib/jobs/worker-config";

describe("workerConfig", () => {
  it("runs one job of each type at a time by default (2-core machine)", () => {
    const c = workerConfig({});
    expect(c.concurrencyFor("process-source")).toBe(1);
    expect(c.leaseSeconds).toBe(30);
  });

  it("takes a base concurrency and per-type overrides by upper-snake name", () => {
    const c = workerConfig({ JOB_CONCURRENCY: "2", JOB_CONCURRENCY_PROCESS_SOURCE: "3" });
    expect(c.concurrencyFor("process-source")).toBe(3);
    expect(c.concurrencyFor("optimize")).toBe(2);
  });

  it("refuses values that are not whole numbers of at least 1, naming the variable", () => {
    expect(() => workerConfig({ JOB_CONCURRENCY: "0" })).toThrow(/JOB_CONCURRENCY must be/);
    expect(() => workerConfig({ JOB_CONCURRENCY_OPTIMIZE: "1.5" }).concurrencyFor("optimize")).toThrow(/JOB_CONCURRENCY_OPTIMIZE/);
    expect(() => workerConfig({ JOB_LEASE_SECONDS: "2" })).toThrow(/at least 3/);
  });
});
