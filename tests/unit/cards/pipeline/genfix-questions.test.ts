// Session 15 (genfix): question builders on sentences whose parse misleads them. A reason that is
// the predicate of "be" ("is due to the fact that"), a reason phrase that hangs on a noun between
// commas, and a season word that is a verb ("begins to fall"). Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { analyse, candidates } from "./helpers";

const fronts = (text: string) => candidates(text).all.filter((c) => c.kind === "qa").map((c) => `${c.front} → ${c.back}`);

describe("why-questions from a prepositional reason", () => {
  it("asks no 'Why is X?' when the reason is the predicate of 'be' ('is due to the fact that')", () => {
    const qs = fronts("The old harbour clock and the new one disagreed every morning. The discrepancy is due to the fact that the two clocks were set by different observers.");
    expect(qs.filter((q) => /^Why is the discrepancy\?/.test(q))).toEqual([]);
  });
  it("asks no why-question from a reason that hangs on a noun between commas ('the isolation, due to distance, by …')", () => {
    const qs = fronts("The railway reached the upland valleys late in the century. The advance of trade replaces the isolation of the villages, due to distance, by their close union, due to the railways.");
    expect(qs.filter((q) => /^Why does the advance of trade/.test(q))).toEqual([]);
  });
  it("still asks why when the reason phrase closes the clause", () => {
    const qs = fronts("The mill on the river stood idle for a whole year. The mill on the river stopped grinding owing to a long drought in the upland valleys.");
    expect(qs.some((q) => /^Why did the mill on the river stop grinding\?/.test(q))).toBe(true);
  });
});

describe("a season word read as a date", () => {
  const dates = (text: string) => analyse(text).sentences.flatMap((s) => s.entities.filter((e) => e.kind === "date").map((e) => e.text));
  it("is no date when it is the verb after 'to' ('the needle will rise before it begins to fall')", () => {
    expect(dates("Unless the two rods are warm alike, the gauge misleads: for instance, if it be left to cool, the needle will rise before it begins to fall.")).not.toContain("fall");
  });
  it("keeps a capitalised month after 'to' a date ('put off to September')", () => {
    expect(dates("The session was put off to September.").join(" ")).toContain("September");
  });
  it("is still a date as a noun ('in the fall of 1850')", () => {
    expect(dates("The new mill on the river was finished in the fall of 1850.").join(" ")).toMatch(/fall/);
  });
});
