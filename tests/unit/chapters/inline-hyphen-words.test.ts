// Session 21: a printed line-end hyphen left inside a joined line ("ware- house"), as a scan export
// that gives each block as one line leaves it, is joined when the join is an English word, even
// when the document repeats the second half on its own. Invented text.
import { describe, expect, it } from "vitest";
import { repairInlineHyphens, wordStats } from "@/lib/chapters/hyphen";

const repair = (s: string) => repairInlineHyphens(s, wordStats(s)).text;

describe("repairInlineHyphens", () => {
  it.each([
    ["a second half the page repeats", "She walked furt- her up the lane with her dog and her basket.", "She walked further up the lane with her dog and her basket."],
    ["two words whose join is a word", "The ware- house stood behind the house by the house of the miller.", "The warehouse stood behind the house by the house of the miller."],
    ["a first half that is no word", "The grain was remar- kable, and it was kable work.", "The grain was remarkable, and it was kable work."],
  ])("joins %s", (_label, input, expected) => {
    expect(repair(input)).toBe(expected);
  });

  it.each([
    ["a compound whose join is no word", "The twice- told story of the twice of it was told.", "The twice-told story of the twice of it was told."],
    ["a prefix that takes a hyphen", "They set a semi- circle of chairs inside the circle of the circle.", "They set a semi-circle of chairs inside the circle of the circle."],
    ["a form the document writes hyphened", "The ware- house and the ware-house yard lay by the house, the house.", "The ware-house and the ware-house yard lay by the house, the house."],
  ])("keeps the hyphen of %s", (_label, input, expected) => {
    expect(repair(input)).toBe(expected);
  });
});
