// The floor18 rule's bookkeeping shared by scripts/floor-curve.ts and scripts/word-floor.ts
// (scripts/lib/floor-rule.ts), and the floor's column list both fitters read (scripts/lib/floor-data.ts
// floorColumns). Invented rows.
import { describe, expect, it } from "vitest";
import { addChapter, admissible, aer, emptyKept, recall, value } from "../../../scripts/lib/floor-rule";
import { floorColumns } from "../../../scripts/lib/floor-data";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { EXTRA_FEATURES, FLOOR_FEATURE_NAMES } from "@/lib/cards/floor";

describe("the kept-card tally", () => {
  it("counts verdicts, value and the facts the kept cards cover (each fact once)", () => {
    const t = emptyKept();
    addChapter(t, 5, 4, [{ verdict: "accept", facts: ["f1"] }, { verdict: "reject", facts: [] }, { verdict: "edit", facts: ["f1", "f2"] }, { verdict: null, facts: [] }]);
    expect(t).toEqual({ shown: 5, kept: 4, a: 1, e: 1, r: 1, un: 1, covered: 2, gold: 4 });
    expect(value(t)).toBe(0);
    expect(recall(t)).toBe(0.5);
    expect(aer(t)).toBe("33.3 / 33.3 / 33.3");
  });

  it("admits a rule within 2 points of the base's pooled recall and 5 of each set's", () => {
    const at = (covered: number) => ({ ...emptyKept(), covered, gold: 100 });
    expect(admissible(at(48), at(50), [{ tally: at(46), base: 0.5 }])).toBe(true);
    expect(admissible(at(47), at(50), [{ tally: at(50), base: 0.5 }])).toBe(false);
    expect(admissible(at(50), at(50), [{ tally: at(44), base: 0.5 }])).toBe(false);
    // A set with no must-know list (recall NaN) never fails.
    expect(admissible(at(50), at(50), [{ tally: emptyKept(), base: NaN }])).toBe(true);
  });
});

describe("floorColumns", () => {
  it("is every ranker feature, then the extras in the floor vector's order", () => {
    const extra = EXTRA_FEATURES[0];
    expect(floorColumns([extra])).toEqual([...FEATURE_NAMES.keys(), FLOOR_FEATURE_NAMES.indexOf(extra)]);
  });

  it("throws on a misspelled feature rather than read column -1", () => {
    expect(() => floorColumns(["no-such-feature"])).toThrow(/unknown floor feature/);
  });
});
