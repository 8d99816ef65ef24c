// CI guard of card quality on held-out books: runs the evaluation's ci subset (held-out books,
// this checkout's generator, labels of the raters baseline.json names: the independent raters rater-c and rater-d) and compares with tests/fixtures/labels/baseline.json.
// After a deliberate change, label the new top cards and re-record: npm run eval:cards -- --record
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baselineProblems, type BaselineFigures } from "@/lib/cards/eval";
import { dirs, evaluate } from "../../../scripts/lib/cards-eval";

describe("baselineProblems", () => {
  const recorded: BaselineFigures = { acceptRate: 0.6, labelled: 40, cards: 40 };

  it("passes within 5 points and fails beyond", () => {
    expect(baselineProblems({ acceptRate: 0.56, labelled: 40, cards: 40 }, recorded)).toEqual([]);
    expect(baselineProblems({ acceptRate: 0.54, labelled: 40, cards: 40 }, recorded)).toEqual([expect.stringMatching(/54\.0% is more than 5 points below the recorded 60\.0%/)]);
  });

  it("fails when too few of the top cards are labelled for the figure to mean anything", () => {
    expect(baselineProblems({ acceptRate: 0.9, labelled: 20, cards: 40 }, recorded)).toEqual([expect.stringMatching(/only 20 of 40/)]);
  });
});

describe("held-out card quality", () => {
  it("has not dropped more than 5 points below the recorded baseline", () => {
    const baseline = JSON.parse(readFileSync(path.join(dirs.labels, "baseline.json"), "utf8")) as { rater: string; top: number; heldOut: BaselineFigures };
    const { heldOut } = evaluate({ subset: "ci", top: baseline.top, rater: baseline.rater });
    expect(heldOut.chapters).toBeGreaterThanOrEqual(3);
    expect(baselineProblems(heldOut, baseline.heldOut)).toEqual([]);
  }, 60_000);
});
