// The English-word threshold of mostlyForeign (foreign-quotes.ts), on INVENTED text: a lower-case word
// counts as English from MIN_ENGLISH_COUNT SUBTLEX uses, not one use fewer.
import { describe, expect, it } from "vitest";
import { englishLexicon } from "@/lib/chapters/english-lexicon";
import { MIN_ENGLISH_COUNT, mostlyForeign } from "@/lib/chapters/foreign-quotes";

describe("mostlyForeign: the SUBTLEX count that makes a word English", () => {
  const counts = englishLexicon().counts;
  it.each([
    ["Quod extends patiently", "one use under the threshold", MIN_ENGLISH_COUNT - 1, true],
    ["Quod consequently facilitate", "at the threshold", MIN_ENGLISH_COUNT, false],
  ])("%s: words %s", (text, _, uses, foreign) => {
    const lower = text.split(" ").slice(1);
    for (const w of lower) expect(counts.get(w)).toBe(uses);
    expect(mostlyForeign(text)).toBe(foreign);
  });

  it("states the threshold", () => expect(MIN_ENGLISH_COUNT).toBe(50));
});
