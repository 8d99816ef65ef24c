import { describe, expect, it } from "vitest";
import { balanceGroups, combine, verdictOf } from "@/lib/cards/rank/training";

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

describe("combine, one weight per card", () => {
  it("weighs a card labelled by two strict raters as much as one labelled by one, keeping their mean", () => {
    const two = [{ rater: "rater-l", label: "accept" as const }, { rater: "rater-m", label: "reject" as const }];
    expect(combine(two, "accept", 10)).toEqual({ y: 0.5, weight: 20 });
    expect(combine(two, "accept", 10, true)).toEqual({ y: 0.5, weight: 10 });
    expect(combine([two[0]], "accept", 10, true)).toEqual({ y: 1, weight: 10 });
  });

  it("gives a card with a strict and a lenient label the strict weight, not their sum", () => {
    const mixed = [{ rater: "rater-a", label: "accept" as const }, { rater: "rater-e", label: "reject" as const }];
    expect(combine(mixed, "accept", 3, true)).toEqual({ y: 1 / 4, weight: 3 });
  });
});

describe("balanceGroups", () => {
  it("gives every group the same total weight and keeps the grand total", () => {
    const rows = [{ g: "big", weight: 1 }, { g: "big", weight: 1 }, { g: "big", weight: 2 }, { g: "small", weight: 2 }];
    const out = balanceGroups(rows, (r) => r.g);
    const total = (g: string) => out.filter((r) => r.g === g).reduce((s, r) => s + r.weight, 0);
    expect(total("big")).toBeCloseTo(3);
    expect(total("small")).toBeCloseTo(3);
    // Within a group the proportions stay: the row that weighed twice as much still does.
    expect(out[2].weight).toBeCloseTo(2 * out[0].weight);
  });

  it("leaves no rows as no rows", () => {
    expect(balanceGroups([], () => "x")).toEqual([]);
  });
});

describe("verdictOf", () => {
  it("takes the first rater in precedence that labelled the card", () => {
    const ls = [{ rater: "rater-a", label: "accept" as const }, { rater: "rater-e", label: "reject" as const }];
    expect(verdictOf(ls, ["rater-c", "rater-e", "rater-a"])?.label).toBe("reject");
    expect(verdictOf(ls, ["rater-c"])).toBeNull();
  });
});
