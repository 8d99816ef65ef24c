// The sentence-choice features' cost (session 26, perf26): work done once per chapter, not once per
// sentence, with the same values. Invented text.
import { afterEach, describe, expect, it, vi } from "vitest";
import { CHOICE_FEATURES, choiceFeatures } from "@/lib/cards/choice/features";
import { meaningFeatures } from "@/lib/cards/choice/meaning";
import { meanVector, wordVector, wordVectors } from "@/lib/cards/vectors/word-vectors";
import { analyse } from "../pipeline/helpers";

const TEXT = [
  "# The salt roads",
  "The salt roads of Vennor ran from the marshes to the inland markets. The carters paid a toll at every bridge.",
  "## The toll",
  "The council raised the toll in the dry years. The carters took the hill paths instead. The bridges stood empty.",
  "A salter is a person who makes or deals in salt.",
].join("\n\n");

afterEach(() => vi.restoreAllMocks());

describe("choiceFeatures: chapter-wide work once", () => {
  const a = analyse(TEXT);

  it("places each sentence in its section from a table built once, as a scan of the section would", () => {
    choiceFeatures(a); // (warm: the word tables load on first use)
    const indexOf = vi.spyOn(Array.prototype, "indexOf");
    const rows = choiceFeatures(a);
    const scans = indexOf.mock.calls.length;
    indexOf.mockRestore();
    // One scan of the section per sentence made a long section quadratic.
    expect(scans).toBe(0);
    const at = CHOICE_FEATURES.indexOf("section-position");
    a.sentences.forEach((s, i) => {
      const section = a.sections[s.section].sentences;
      const k = section.indexOf(s.sentence.id);
      expect(rows[i][at]).toBe(section.length > 1 && k >= 0 ? k / (section.length - 1) : 0);
    });
    expect(a.sections.length).toBeGreaterThan(1);
  });

  it("copies the chapter's and the paragraph's vectors without an iterator per element", () => {
    meaningFeatures(a);
    const from = vi.spyOn(Float32Array, "from");
    const rows = meaningFeatures(a);
    expect(from).not.toHaveBeenCalled();
    expect(rows.some((r) => r["paragraph-cosine"] > 0)).toBe(true);
  });
});

describe("meanVector", () => {
  it("reads each word's row in place, with the weighted mean a view per word gives", () => {
    const t = wordVectors();
    const words = [{ word: "Salt", weight: 0.5 }, { word: "road", weight: 1 }, { word: "zorbled", weight: 1 }, { word: "toll", weight: 0 }];
    const want = new Float32Array(t.dims);
    let total = 0;
    for (const { word, weight } of words) {
      const v = wordVector(word, t);
      if (!v || weight <= 0) continue;
      for (let k = 0; k < t.dims; k++) want[k] += weight * v[k];
      total += weight;
    }
    for (let k = 0; k < t.dims; k++) want[k] /= total;
    const view = vi.spyOn(Float32Array.prototype, "subarray");
    const got = meanVector(words, t);
    expect(view).not.toHaveBeenCalled();
    expect(got).toEqual(want);
    expect(meanVector([{ word: "zorbled", weight: 1 }], t)).toBeNull();
  });
});
