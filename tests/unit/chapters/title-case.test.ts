// Chapter titles OCR'd in capitals are shown in title case, keeping acronyms the prose uses.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { findAcronyms, titleCase } from "@/lib/chapters/title-case";

const acronyms = findAcronyms("The NEP was adopted by the RSFSR in 1921, and later by the USSR as a whole.\nTHE summer months were hot and long, and the harvest was poor.");

describe("titleCase", () => {
  it.each([
    ["LESSONS OF OCTOBER", "Lessons of October"],
    ["THE UNION AND THE REPUBLICS", "The Union and the Republics"],
    ["NEP AND THE RSFSR", "NEP and the RSFSR"],
    ["THE BALANCE-SHEET", "The Balance-Sheet"],
    ["PART III", "Part III"],
    ["MANŒUVRING FOR POSITION", "Manœuvring for Position"],
    ["(a) THE CITY SOVIETS", "(a) The City Soviets"],
    ["THE SUMMER", "The Summer"],
    ["Already in Title Case", "Already in Title Case"],
  ])("%s -> %s", (input, expected) => {
    expect(titleCase(input, acronyms)).toBe(expected);
  });

  it("learns acronyms only from prose, not from lines in capitals or tags", () => {
    expect([...acronyms].sort()).toEqual(["NEP", "RSFSR", "USSR"]);
  });

  it("is applied to chapter titles", () => {
    const doc = cleanDocument("CHAPTER 5\n\nNEP AND THE PEASANTS\n\nUnder NEP the peasants could sell their grain on the market again.");
    expect(doc.chapters[0].title).toBe("NEP and the Peasants");
  });
});
