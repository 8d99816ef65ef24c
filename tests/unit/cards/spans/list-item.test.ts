// listItem (lib/cards/spans/list.ts): one item of an enumeration, and a long run of commas with no
// closing "and" — a table or a JSON file read as one sentence — answered at once. Before the item's
// leading spaces were given to one side only, the FIRST pattern backtracked through every split of
// them (2^items steps): a 2.7 KB upload of that shape kept the card generator busy for minutes.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { listItem } from "@/lib/cards/spans/list";

const at = (text: string, span: string) => {
  const start = text.indexOf(span);
  return listItem(text, start, start + span.length);
};

describe("listItem", () => {
  it("finds the first, a middle and the last item of a list of three or more", () => {
    const text = "The mill ground wheat, barley, rye and oats for the whole valley.";
    expect(at(text, "wheat")).toBe(true);
    expect(at(text, "barley")).toBe(true);
    expect(at(text, "oats")).toBe(true);
    expect(at(text, "the whole valley")).toBe(false);
  });

  it("answers on a long comma run with no closing conjunction", { timeout: 60_000 }, () => {
    // In a child process with a time limit: a regression would never return (2^120 steps), and a
    // synchronous loop cannot be stopped by the test runner's own timeout.
    const script = `
      import { listItem } from "./lib/cards/spans/list.ts";
      const rows = Array.from({ length: 120 }, (_, i) => '"' + (170 + (i % 9)) + '"').join(", ");
      const text = "Pages, " + rows + " end here.";
      console.log(listItem(text, 0, 5));`;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout.trim()).toBe("false");
  });
});
