// Month names (lib/language/months): one definition for every room that reads dates, and a month is a
// month only capitalised, so the verb "may" and the noun "march" in a sentence's opening are not a
// date with no year (lib/cards/candidates/phrase, vagueOpening). Sentences are invented.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { vagueOpening } from "@/lib/cards/candidates/phrase";
import { analyse } from "./helpers";

const vague = (text: string) => vagueOpening(analyse(text).sentences[0]);

describe("a vague opening (a time with no year)", () => {
  it.each([
    "Where it may, the guild stored grain in the hall.",
    "In the march of years, the guild forgot its founders.",
  ])("is not the verb 'may' or the noun 'march': %j", (text) => {
    expect(analyse(text).sentences[0].clause?.opening).toBeTruthy();
    expect(vague(text)).toBe(false);
  });

  it.each([
    "In March, the guild stored grain in the hall.",
    "In May, the guild sold its grain.",
    "During the winter, the guild stored grain in the hall.",
    "In Winter, the guild stored grain in the hall.",
  ])("is a month or a season with no year: %j", (text) => {
    expect(vague(text)).toBe(true);
  });

  it("is not a month with its year", () => {
    expect(vague("In March 1702, the guild stored grain in the hall.")).toBe(false);
  });
});

const root = path.resolve(__dirname, "../../../..");
const files = (p: string): string[] => {
  const full = path.join(root, p);
  return statSync(full).isDirectory() ? readdirSync(full).flatMap((f) => files(path.join(p, f))) : [p];
};

describe("the month names", () => {
  it("are written out once, in lib/language/months.ts", () => {
    const copies = ["lib/cards", "lib/chapters", "lib/language"].flatMap(files)
      .filter((f) => /\.ts$/.test(f) && f !== path.join("lib", "language", "months.ts"))
      .filter((f) => /January\|February\|March/.test(readFileSync(path.join(root, f), "utf8")));
    expect(copies).toEqual([]);
  });
});
