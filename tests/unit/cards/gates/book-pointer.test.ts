// Session 15 (genfix): a card that points at a table, figure, page or chapter of the book, or that
// is a step of a worked example, cannot stand alone. Invented sentences.
import { describe, expect, it } from "vitest";
import { crossReference, workedExampleStep } from "@/lib/cards/gates/book-pointer";
import { standalone } from "@/lib/cards/gates/standalone";
import { clozeAt } from "../pipeline/helpers";

describe("crossReference", () => {
  it.each([
    ["Table 9 lists the melting points of the common metals.", "Table 9"],
    ["What does table 2 show?", "table 2"],
    ["The growth of the guilds is shown in Fig. 4 for three towns.", "Fig. 4"],
    ["The rates for each county are printed on pages 40 to 44.", "pages 40"],
    ["For the earlier charters, see p. 112.", "p. 112"],
    ["The voyage is told at length in the next chapter.", "next chapter"],
    ["A correction may be found for the case just described.", "just described"],
    ["The rule stated above holds for every alloy.", "stated above"],
    ["The map on Plate IV marks every mill on the river.", "Plate IV"],
  ])("finds the pointer in %j", (text, at) => {
    expect(crossReference(text)).toBe(at);
  });
  it.each([
    "The table I built for the workshop was made of oak.",
    "The king sat at the head of the table with his barons.",
    "Water boils at a temperature given above 200 degrees on this old scale.",
    "The pages of the guild kept its records in a locked chest.",
    "The figures of the saints were carved in oak.",
    "In the last chapter of his life he returned to the harbour town.",
  ])("finds none in %j", (text) => {
    expect(crossReference(text)).toBeNull();
  });
});

describe("workedExampleStep", () => {
  it("is arithmetic between numbers", () => {
    expect(workedExampleStep("The correction = 0.0002 × 150 × (300 - 60) = 7.2 degrees.", "", "300", false)).toBe(true);
    expect(workedExampleStep("Its volume will be 50 + 50/273 = 50.18 litres.", "", "50", false)).toBe(true);
  });
  it("is a number drawn with 'therefore' or 'hence'", () => {
    expect(workedExampleStep("The true weight will be 12.6 pounds.", "The true weight will therefore be 12.6 pounds.", "12.6 pounds", false)).toBe(true);
  });
  it("is not a range of years, a date drawn with 'hence', or a fact with numbers", () => {
    expect(workedExampleStep("Vance lived in the harbour town (1743-1794) and in the capital (1794 - 1810).", "", "1794", false)).toBe(false);
    expect(workedExampleStep("The guild was hence dissolved in 1820.", "The guild was hence dissolved in 1820.", "1820", true)).toBe(false);
    expect(workedExampleStep("Water boils at 100 degrees on the centigrade scale.", "Water boils at 100 degrees on the centigrade scale.", "100 degrees", false)).toBe(false);
    expect(workedExampleStep("Two atoms of H combine with one of O to form a molecule whose symbol is H2O.", "Therefore two atoms of H combine with one of O to form a molecule whose symbol is H2O.", "H2O", false)).toBe(false);
    expect(workedExampleStep("Heat gives: 2KCl + H2SO4 = K2SO4 + 2HCl.", "", "2KCl", false)).toBe(false);
  });
});

describe("the standalone gate", () => {
  it("drops a cloze on a sentence that points at a table of the book", () => {
    const { a, c } = clozeAt("The metals differ widely in how they take heat. Table 9 lists the melting points of the common metals.", "last", "melting points");
    expect(standalone(c, a)).toMatch(/another part of the book/);
  });
  it("drops a cloze on a number drawn in a worked example", () => {
    const { a, c } = clozeAt("A scale reads 12.0 pounds and its pan weighs 0.6 pounds more than marked. The true weight will therefore be 12.6 pounds.", "last", "12.6 pounds", "number");
    expect(standalone(c, a)).toMatch(/worked example/);
  });
  it("keeps a plain statement of fact with a number", () => {
    const { a, c } = clozeAt("Water is the commonest liquid on earth. Water boils at 100 degrees on the centigrade scale.", "last", "100 degrees", "number");
    expect(standalone(c, a)).toBeNull();
  });
});
