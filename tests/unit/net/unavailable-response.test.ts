import { describe, expect, it } from "vitest";
import { withUnavailable } from "@/lib/actions/unavailable-response";

describe("withUnavailable", () => {
  it("answers 503 with Retry-After while the database is unreachable", async () => {
    const h = withUnavailable(async () => { throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }); });
    const r = await h();
    expect(r.status).toBe(503);
    expect(r.headers.get("retry-after")).toBe("2");
    expect(await r.text()).toMatch(/try again/);
  });

  it("passes answers and other errors through", async () => {
    expect((await withUnavailable(async () => new Response("ok"))()).status).toBe(200);
    await expect(withUnavailable(async () => { throw new Error("bug"); })()).rejects.toThrow("bug");
  });
});
