// One general-English word list for the whole app: read once, shared by the OCR repair and the
// card ranker's rarity.
import { describe, expect, it } from "vitest";
import { englishLexicon } from "@/lib/chapters/english-lexicon";
import { isEnglishWord, rarity } from "@/lib/cards/rank/frequency";

describe("englishLexicon", () => {
  it("is built once and shared", () => {
    expect(englishLexicon()).toBe(englishLexicon());
  });

  it("counts lower-case words, the commonest first", () => {
    const { counts, topCount } = englishLexicon();
    expect(counts.get("the")).toBeGreaterThan(counts.get("harbour") ?? 0);
    expect(Math.max(...counts.values())).toBe(topCount);
    expect([...counts.keys()].some((w) => w !== w.toLowerCase())).toBe(false);
  });

  it("gives the ranker its rarity: near 0 for a common word, 1 for an unknown one", () => {
    expect(rarity("the")).toBeLessThan(0.1);
    expect(rarity("Qzxvbrt")).toBe(1);
    expect(isEnglishWord("Harbour")).toBe(true);
    expect(isEnglishWord("qzxvbrt")).toBe(false);
  });
});
