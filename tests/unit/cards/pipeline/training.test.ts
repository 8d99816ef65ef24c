import { describe, expect, it } from "vitest";
import { combine, verdictOf } from "@/lib/cards/rank/training";

describe("combine", () => {
  const lenientAccept = [{ rater: "rater-a", label: "accept" as const }, { rater: "rater-b", label: "accept" as const }];
  const strictReject = { rater: "rater-c", label: "reject" as const };

  it("lets a strict rater outweigh lenient ones by the strict weight", () => {
    expect(combine([...lenientAccept, strictReject], "accept", 1)).toEqual({ y: 2 / 3, weight: 3 });
    expect(combine([...lenientAccept, strictReject], "accept", 3)).toEqual({ y: 2 / 5, weight: 5 });
    expect(combine([...lenientAccept, strictReject], "accept", Infinity)).toEqual({ y: 0, weight: 1 });
    expect(combine(lenientAccept, "accept", Infinity)).toEqual({ y: 1, weight: 2 });
  });

  it("values an edit by the target and counts each rater once", () => {
    const edit = [{ rater: "rater-d", label: "edit" as const }, { rater: "rater-d", label: "accept" as const }];
    expect(combine(edit, "accept", 1)).toEqual({ y: 0, weight: 1 });
    expect(combine(edit, "usable", 1)).toEqual({ y: 1, weight: 1 });
    expect(combine(edit, "graded", 1)).toEqual({ y: 0.5, weight: 1 });
    expect(combine([], "graded", 1)).toBeNull();
  });
});

describe("verdictOf", () => {
  it("takes the first rater in precedence that labelled the card", () => {
    const ls = [{ rater: "rater-a", label: "accept" as const }, { rater: "rater-e", label: "reject" as const }];
    expect(verdictOf(ls, ["rater-c", "rater-e", "rater-a"])?.label).toBe("reject");
    expect(verdictOf(ls, ["rater-c"])).toBeNull();
  });
});
