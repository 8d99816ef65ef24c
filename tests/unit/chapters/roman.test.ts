// The shared roman numeral reader (lib/chapters/roman): the value of a numeral in its standard form only.
import { describe, expect, it } from "vitest";
import { romanValue } from "@/lib/chapters/roman";

describe("romanValue", () => {
  it.each([["I", 1], ["iv", 4], ["IX", 9], ["X", 10], ["XIV", 14], ["xl", 40], ["MCMXXIV", 1924]])("reads %s as %i", (numeral, value) => {
    expect(romanValue(numeral)).toBe(value);
  });
  it.each(["IIII", "VX", "IC", "14", "", "Ivy"])("refuses %j (not a numeral in its standard form)", (text) => {
    expect(romanValue(text)).toBeNull();
  });
});
