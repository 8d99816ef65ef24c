import { describe, expect, it } from "vitest";
import { leechOutcome } from "@/lib/srs/leech";

describe("leechOutcome", () => {
  const suspend = { leechThreshold: 8, leechAction: "SUSPEND" as const };
  it.each([
    [7, true, false], [8, true, true], [9, true, false], [11, true, false], [12, true, true], [16, true, true],
    [8, false, false], // not a lapse now: never re-flags on a later Good
  ])("with %i lapses (lapsed now: %s) flags a leech: %s", (lapses, lapsedNow, leech) => {
    expect(leechOutcome(lapses, lapsedNow, suspend)).toEqual({ leech, suspend: leech });
  });

  it("only tags when the deck says so, and can be switched off", () => {
    expect(leechOutcome(8, true, { leechThreshold: 8, leechAction: "TAG_ONLY" })).toEqual({ leech: true, suspend: false });
    expect(leechOutcome(50, true, { leechThreshold: 0, leechAction: "SUSPEND" })).toEqual({ leech: false, suspend: false });
  });
});
